// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountUiHost } from '../../../lib/session/ui-host';

describe('mountUiHost', () => {
  it('adds one open-shadow host as the last child of <html>, with styles inside it', () => {
    const run = new AbortController();
    const { shadow, container } = mountUiHost('.x{color:red}', run.signal);
    const host = document.documentElement.lastElementChild!;
    expect(host.localName).toBe('fact-notes-ui');
    expect(host.shadowRoot).toBe(shadow);
    expect(host.attributes).toHaveLength(0);
    expect(shadow.querySelector('style')!.textContent).toContain('.x{color:red}');
    expect(container.getRootNode()).toBe(shadow);
    run.abort();
  });

  it('comes back when the page removes it, and leaves for good on abort', async () => {
    const run = new AbortController();
    mountUiHost('', run.signal);
    document.querySelector('fact-notes-ui')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelectorAll('fact-notes-ui')).toHaveLength(1);
    run.abort();
    expect(document.querySelector('fact-notes-ui')).toBeNull();
  });
});
