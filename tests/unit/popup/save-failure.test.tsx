// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { popupController } from '../../../entrypoints/popup/popup-controller';
import { usePopupState } from '../../../entrypoints/popup/use-popup-state';

// The popup shows a change at once; when storage refuses it (storage.sync's
// quota), the controls must go back to what is stored, with a warning and no error.

type PopupState = ReturnType<typeof usePopupState>;
let state: PopupState | undefined;
// Hands each render's state to the test through a callback, as a parent component would get it.
function Probe({ onState }: { onState: (next: PopupState) => void }) {
  onState(usePopupState());
  return null;
}

const container = document.createElement('div');
// Lets storage answer and the popup re-render; fake timers make that an exact point, not a guess at a delay.
const settle = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(1000);
  });

beforeEach(() => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  vi.spyOn(popupController, 'readActiveTab').mockResolvedValue(null);
  vi.spyOn(popupController, 'readShortcut').mockResolvedValue('');
});

afterEach(() => {
  render(null, container);
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('popup settings writes', () => {
  it('goes back to the stored value after a write hits the quota, warning once and logging no error', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'light', markMode: 'first' }, settings$: { v: 2 } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(() => render(<Probe onState={(next) => (state = next)} />, container));
    await settle();
    expect(state?.settings).toMatchObject({ theme: 'light', markMode: 'first' });

    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await act(() => state!.change({ theme: 'dark' }));
    await act(() => state!.toggleSite('example.com', false));
    await settle();
    expect(state?.settings).toMatchObject({ theme: 'light', markMode: 'first', disabledSites: [] });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/Could not save settings to storage\.sync \(QUOTA_BYTES_PER_ITEM/);
    expect(error).not.toHaveBeenCalled();
  });
});
