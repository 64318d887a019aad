// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportState } from '../../../../components/options/ImportPanel';
import { OptionsView, type OptionsViewProps } from '../../../../components/options/OptionsView';
import { describeProblem } from '../../../../lib/pack/messages';
import type { PackProblem } from '../../../../lib/pack/problems';
import type { StoredPack } from '../../../../lib/pack/pack-store';
import { byName, click, mount, nameOf } from '../popup/render';
import { stubI18n } from '../popup/stub-i18n';

const builtIn: StoredPack = {
  id: 'built-in',
  enabled: true,
  isBuiltIn: true,
  importedAt: null,
  bytes: 0,
  title: 'Talks in Moscow',
  entityCount: 4,
  problems: [],
};
const ferry: StoredPack = {
  id: 'harbour-ferry',
  enabled: false,
  isBuiltIn: false,
  importedAt: 1_700_000_000_000,
  bytes: 12_697,
  title: 'Port Mellick council cuts winter ferries',
  entityCount: 4,
  problems: [],
};
const notJson: PackProblem = { path: '(root)', code: 'not-json', params: { detail: 'Unexpected end of JSON input' } };
const damaged: StoredPack = { ...ferry, id: 'broken-pack', enabled: true, bytes: 9, title: null, entityCount: null, problems: [notJson] };
const textless: StoredPack = {
  ...damaged,
  id: 'lost-pack',
  bytes: 0,
  problems: [{ path: 'pack:lost-pack', code: 'stored-text-missing', params: { id: 'lost-pack' } }],
};

function view(overrides: Partial<OptionsViewProps> = {}) {
  const props: OptionsViewProps = {
    packs: [builtIn, ferry],
    storeProblems: [],
    importState: { kind: 'idle' },
    locale: 'en-US',
    describeProblem: (problem) => describeProblem(problem, 'en'),
    onFile: vi.fn(),
    onReplace: vi.fn(),
    onKeepStored: vi.fn(),
    onToggle: vi.fn(),
    onExport: vi.fn(),
    onRemove: vi.fn(),
    ...overrides,
  };
  return { root: mount(<OptionsView {...props} />), props };
}

const rowOf = (root: Element, title: string) =>
  [...root.querySelectorAll('.pack')].find((row) => row.querySelector('.pack-title')?.textContent === title)!;
const textOf = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (root: Element) => root.querySelector('[role="status"]');
const withState = (importState: ImportState) => view({ importState });

beforeEach(() => stubI18n());

describe('OptionsView structure', () => {
  it('has one h1, a heading per section and per pack, and labels every control', () => {
    const { root } = view({ packs: [builtIn, ferry, damaged] });
    expect([...root.querySelectorAll('h1')].map(textOf)).toEqual(['Article packs']);
    expect([...root.querySelectorAll('h2')].map(textOf)).toEqual(['Import a pack', 'Stored packs']);
    expect([...root.querySelectorAll('h3')].map(textOf)).toEqual([
      'Talks in Moscow',
      'Port Mellick council cuts winter ferries',
      'Pack broken-pack',
    ]);
    const controls = [...root.querySelectorAll('input, button')];
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) expect(nameOf(control), control.outerHTML).not.toBe('');
    expect(new Set(controls.map(nameOf)).size).toBe(controls.length);
  });

  it('offers a real, labelled file input inside the drop zone and a polite live region', () => {
    const { root } = view();
    const input = byName(root, 'input', 'Pack file') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.json');
    expect(input.closest('.drop-zone')).not.toBeNull();
    expect(status(root)).not.toBeNull();
  });
});

describe('choosing a file', () => {
  const fileOf = (name: string) => new File(['{}'], name, { type: 'application/json' });

  it('hands the picked file to onFile', () => {
    const { root, props } = view();
    const input = byName(root, 'input', 'Pack file') as HTMLInputElement;
    const file = fileOf('harbour-ferry.pack.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    void act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(props.onFile).toHaveBeenCalledExactlyOnceWith(file);
  });

  it('hands a dropped file to onFile and keeps the browser from opening it', () => {
    const { root, props } = view();
    const zone = root.querySelector('.drop-zone')!;
    const file = fileOf('dropped.pack.json');
    const over = new Event('dragover', { bubbles: true, cancelable: true });
    Object.defineProperty(over, 'dataTransfer', { value: { dropEffect: 'none' } });
    void act(() => void zone.dispatchEvent(over));
    expect(over.defaultPrevented).toBe(true);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    void act(() => void zone.dispatchEvent(drop));
    expect(drop.defaultPrevented).toBe(true);
    expect(props.onFile).toHaveBeenCalledExactlyOnceWith(file);
  });

  it('ignores a drop without files', () => {
    const { root, props } = view();
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [] } });
    void act(() => void root.querySelector('.drop-zone')!.dispatchEvent(drop));
    expect(props.onFile).not.toHaveBeenCalled();
  });
});

describe('import results in the live region', () => {
  it('says what was imported', () => {
    const { root } = withState({ kind: 'imported', file: 'a.json', title: 'Port Mellick council cuts winter ferries', entityCount: 4 });
    expect(textOf(status(root))).toBe('Imported “Port Mellick council cuts winter ferries”. Entities: 4.');
  });

  it('lists every problem as path: message', () => {
    const quote: PackProblem = { path: 'entities[0].facts[0].quote', code: 'quote-not-verbatim', params: { paragraph: 2 } };
    const { root } = withState({ kind: 'invalid', file: 'bad.pack.json', problems: [notJson, quote] });
    expect(textOf(status(root)?.querySelector('p'))).toBe('bad.pack.json was not imported. Problems found:');
    expect([...status(root)!.querySelectorAll('li')].map(textOf)).toEqual([
      '(root): the file is not JSON: Unexpected end of JSON input',
      'entities[0].facts[0].quote: not found verbatim in paragraph 2',
    ]);
  });

  it('asks inline before replacing a stored pack, and reports either answer', () => {
    const { root, props } = withState({ kind: 'exists', file: 'a.json', id: 'harbour-ferry', title: 'Port Mellick' });
    expect(textOf(status(root))).toContain('A pack with id harbour-ferry (Port Mellick) is already stored. Replace it?');
    click(byName(root, 'button', 'Replace'));
    click(byName(root, 'button', 'Keep the stored one'));
    expect(props.onReplace).toHaveBeenCalledOnce();
    expect(props.onKeepStored).toHaveBeenCalledOnce();
  });

  it('says why a file was not stored', () => {
    expect(textOf(status(withState({ kind: 'too-large', file: 'big.json', limit: 1024 * 1024 }).root))).toBe(
      'big.json was not imported: a pack file may be at most 1 MB.',
    );
    expect(textOf(status(withState({ kind: 'storage-failed', file: 'a.json', detail: 'QUOTA_BYTES quota exceeded' }).root))).toBe(
      'a.json could not be stored, nothing was changed: QUOTA_BYTES quota exceeded',
    );
    expect(textOf(status(withState({ kind: 'read-failed', file: 'a.json' }).root))).toBe('a.json could not be read.');
    expect(textOf(status(withState({ kind: 'idle' }).root))).toBe('');
  });
});

describe('the list of packs', () => {
  it('shows each pack’s title, id, entity count and size; the built-in one says where it comes from', () => {
    const { root } = view();
    const facts = (title: string) => [...rowOf(root, title).querySelectorAll('.pack-facts span')].map(textOf);
    expect(facts(ferry.title!)).toEqual(['harbour-ferry', 'Entities: 4', 'Size: 12.4 KB']);
    expect(facts('Talks in Moscow')).toEqual(['built-in', 'Entities: 4', 'Comes with Fact Notes']);
  });

  it('switches a pack off and on through its labelled switch', () => {
    const { root, props } = view();
    const onSwitch = byName(root, 'input', `Mark mentions of “${ferry.title!}”`) as HTMLInputElement;
    expect(onSwitch.getAttribute('role')).toBe('switch');
    expect(onSwitch.checked).toBe(false);
    expect((byName(root, 'input', 'Mark mentions of “Talks in Moscow”') as HTMLInputElement).checked).toBe(true);
    click(onSwitch);
    expect(props.onToggle).toHaveBeenCalledExactlyOnceWith('harbour-ferry', true);
  });

  it('exports any pack with text, the built-in one too', () => {
    const { root, props } = view();
    click(byName(root, 'button', `Export “${ferry.title!}”`));
    click(byName(root, 'button', 'Export “Talks in Moscow”'));
    expect(vi.mocked(props.onExport).mock.calls).toEqual([['harbour-ferry'], ['built-in']]);
  });

  it('asks inline before removing; Cancel keeps the pack', () => {
    const { root, props } = view();
    click(byName(root, 'button', `Remove “${ferry.title!}”`));
    expect(textOf(rowOf(root, ferry.title!))).toContain(`Remove “${ferry.title!}”? Its notes will no longer show on any page.`);
    click(byName(root, 'button', 'Cancel'));
    expect(props.onRemove).not.toHaveBeenCalled();
    expect(root.textContent).not.toContain('Its notes will no longer show');
    click(byName(root, 'button', `Remove “${ferry.title!}”`));
    click(byName(root, 'button', 'Remove it'));
    expect(props.onRemove).toHaveBeenCalledExactlyOnceWith('harbour-ferry');
  });

  it('moves focus to Cancel when it asks, and back to Remove on Cancel', async () => {
    const { root } = view();
    click(byName(root, 'button', `Remove “${ferry.title!}”`));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(nameOf(document.activeElement!)).toBe('Cancel');
    click(byName(root, 'button', 'Cancel'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(nameOf(document.activeElement!)).toBe(`Remove “${ferry.title!}”`);
  });

  it('never offers to remove the built-in pack', () => {
    const { root } = view();
    expect(() => byName(root, 'button', 'Remove “Talks in Moscow”')).toThrow();
  });

  it('shows a damaged pack as damaged and skipped with its problems, without a switch, still removable and exportable', () => {
    const { root, props } = view({ packs: [builtIn, damaged, textless] });
    const row = rowOf(root, 'Pack broken-pack');
    expect(textOf(row)).toContain('Damaged, skipped');
    expect(textOf(row.querySelector('.problem-list'))).toBe('(root): the file is not JSON: Unexpected end of JSON input');
    expect(row.querySelector('input[role="switch"]')).toBeNull();
    click(byName(root, 'button', 'Export “Pack broken-pack”'));
    expect(props.onExport).toHaveBeenCalledWith('broken-pack');
    // No text, nothing to export; removal still offered.
    expect(() => byName(root, 'button', 'Export “Pack lost-pack”')).toThrow();
    click(byName(root, 'button', 'Remove “Pack lost-pack”'));
    click(byName(root, 'button', 'Remove it'));
    expect(props.onRemove).toHaveBeenCalledWith('lost-pack');
  });

  it('reports damage of the stored list itself above the packs', () => {
    const problem: PackProblem = { path: 'packs:list.packs[1]', code: 'stored-duplicate', params: { id: 'harbour-ferry' } };
    const { root } = view({ storeProblems: [problem] });
    const box = root.querySelector('.store-problems');
    expect(textOf(box?.querySelector('p'))).toBe('Part of the stored list of packs is damaged and was skipped:');
    expect([...box!.querySelectorAll('li')].map(textOf)).toEqual([
      'packs:list.packs[1]: pack "harbour-ferry" is listed twice; the first entry counts',
    ]);
  });
});
