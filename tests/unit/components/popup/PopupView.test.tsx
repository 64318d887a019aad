// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps, type TabState } from '../../../../components/popup/PopupView';
import { DEFAULT_SETTINGS, type Settings } from '../../../../lib/settings-fields';
import { byName, click, mount, nameOf } from './render';
import { stubI18n } from './stub-i18n';

const entities = [
  { id: 'witkoff', name: 'Steve Witkoff', kind: 'person' },
  { id: 'ushakov', name: 'Yury Ushakov', kind: 'person' },
  { id: 'donetsk', name: 'Donetsk', kind: 'place' },
  { id: 'volchansk', name: 'Volchansk', kind: 'place' },
] as const;
const counts = { witkoff: 3, ushakov: 0, donetsk: 1, volchansk: 2 };
const ready: TabState = { kind: 'ready', site: 'example.com', counts };

function view(overrides: Partial<PopupViewProps> = {}, settings: Partial<Settings> = {}) {
  const props: PopupViewProps = {
    settings: { ...DEFAULT_SETTINGS, ...settings },
    tab: ready,
    entities,
    shortcut: 'Alt+Shift+N',
    isFirefox: false,
    onChange: vi.fn(),
    onSiteToggle: vi.fn(),
    onEntityToggle: vi.fn(),
    onReveal: vi.fn(),
    onOpenArticle: vi.fn(),
    onOpenShortcuts: vi.fn(),
    onOpenPacks: vi.fn(),
    ...overrides,
  };
  return { root: mount(<PopupView {...props} />), props };
}

beforeEach(() => stubI18n());

describe('PopupView controls', () => {
  it('labels every control and names every group', () => {
    const { root } = view();
    const controls = [...root.querySelectorAll('input, button, summary')];
    expect(controls.length).toBeGreaterThan(15);
    for (const control of controls) expect(nameOf(control), control.outerHTML).not.toBe('');
    for (const fieldset of root.querySelectorAll('fieldset')) {
      expect(fieldset.querySelector(':scope > legend')?.textContent?.trim()).toBeTruthy();
    }
    expect([...root.querySelectorAll('[role="switch"]')].map(nameOf)).toEqual(['Mark mentions', 'On example.com']);
  });

  it('shows the current settings as checked controls', () => {
    const { root } = view({}, { markMode: 'first', theme: 'dark', disabledEntities: ['donetsk'] });
    const checked = [...root.querySelectorAll<HTMLInputElement>('input:checked')].map(nameOf);
    expect(checked).toEqual([
      'Mark mentions',
      'On example.com',
      'First of each',
      'Hover or click',
      'Soft',
      'Dark',
      'Steve Witkoff Person',
      'Yury Ushakov Person',
      'Volchansk Place',
    ]);
  });

  it.each([
    ['Every mention', { markMode: 'all' }, { markMode: 'first' }],
    ['First of each', { markMode: 'first' }, {}],
    ['Click only', { openOn: 'click' }, {}],
    ['Hover or click', { openOn: 'hover-and-click' }, { openOn: 'click' }],
    ['Underline', { highlightStyle: 'underline' }, {}],
    ['None', { highlightStyle: 'none' }, {}],
    ['Dark', { theme: 'dark' }, {}],
    ['Light', { theme: 'light' }, {}],
    ['System', { theme: 'system' }, { theme: 'light' }],
  ] as const)('choosing "%s" calls onChange with %o', (name, patch, start) => {
    const { root, props } = view({}, start);
    click(byName(root, 'input[type=radio]', name));
    expect(props.onChange).toHaveBeenCalledExactlyOnceWith(patch);
  });

  it('turns everything off and on', () => {
    const { root, props } = view();
    click(byName(root, 'input', 'Mark mentions'));
    expect(props.onChange).toHaveBeenCalledWith({ isEnabled: false });
  });

  it('turns the current site off, and a listed site back on', () => {
    const { root, props } = view({}, { disabledSites: ['other.org'] });
    click(byName(root, 'input', 'On example.com'));
    expect(props.onSiteToggle).toHaveBeenCalledWith('example.com', false);
    click(byName(root, 'button', 'Turn on other.org'));
    expect(props.onSiteToggle).toHaveBeenLastCalledWith('other.org', true);
  });

  it('turns one entity off and another back on', () => {
    const { root, props } = view({}, { disabledEntities: ['volchansk'] });
    click(byName(root, 'input', 'Yury Ushakov Person'));
    click(byName(root, 'input', 'Volchansk Place'));
    expect(props.onEntityToggle).toHaveBeenNthCalledWith(1, 'ushakov', false);
    expect(props.onEntityToggle).toHaveBeenNthCalledWith(2, 'volchansk', true);
  });

  it('says that cards stay reachable when highlights are off', () => {
    const { root } = view({}, { highlightStyle: 'none' });
    const group = byName(root, 'input', 'None').closest('fieldset')!;
    const hint = root.querySelector(`#${group.getAttribute('aria-describedby')}`);
    expect(hint?.textContent).toContain('keyboard shortcut');
  });

  it('lists the sites turned off, or says there are none', () => {
    expect(view({}, { disabledSites: ['a.org', 'b.net'] }).root.querySelector('.site-list')?.textContent).toBe('a.orgTurn onb.netTurn on');
    expect(view().root.querySelector('.disabled-sites')?.textContent).toContain('None yet.');
  });
});

describe('PopupView page list', () => {
  const listText = (root: Element) => root.querySelector('.page-mentions')!.textContent;

  it('lists entities found with their counts, in summary order, and reveals the chosen one', () => {
    const { root, props } = view();
    const buttons = [...root.querySelectorAll<HTMLElement>('.mention-button')];
    expect(buttons.map(nameOf)).toEqual([
      'Steve Witkoff, mentions: 3. Show on the page',
      'Donetsk, mentions: 1. Show on the page',
      'Volchansk, mentions: 2. Show on the page',
    ]);
    expect(buttons.map((button) => button.querySelector('.mention-count')!.textContent)).toEqual(['3', '1', '2']);
    click(buttons[2]!);
    expect(props.onReveal).toHaveBeenCalledExactlyOnceWith('volchansk');
  });

  it('says how to reach the mentions from the keyboard and what a screen reader hears, naming the shortcut', () => {
    const hintOf = (root: Element) =>
      root.querySelector(`#${root.querySelector('.mention-list')!.getAttribute('aria-describedby')}`)?.textContent;
    expect(hintOf(view().root)).toMatch(
      /^Choose a name .* On the page, Alt\+Shift\+N walks through every mention .* a screen reader announces/,
    );
    for (const shortcut of ['', false, null] as const) {
      const hint = hintOf(view({ shortcut }).root);
      expect(hint).toMatch(/^Choose a name .*screen reader announces/);
      expect(hint).not.toMatch(/Alt|walks/);
    }
    expect(
      view({ tab: { ...ready, counts: { witkoff: 0, ushakov: 0, donetsk: 0, volchansk: 0 } } }).root.querySelector('#page-mentions-hint'),
    ).toBeNull();
  });

  it('leaves out entities turned off', () => {
    const { root } = view({}, { disabledEntities: ['witkoff'] });
    expect([...root.querySelectorAll('.mention-name')].map((name) => name.textContent)).toEqual(['Donetsk', 'Volchansk']);
  });

  it('says so when nothing is mentioned', () => {
    const { root } = view({ tab: { ...ready, counts: { witkoff: 0, ushakov: 0, donetsk: 0, volchansk: 0 } } });
    expect(listText(root)).toContain('The article’s people and places aren’t mentioned here.');
  });

  it('says plainly when the page cannot be read, and offers no site switch', () => {
    const { root } = view({ tab: { kind: 'unavailable' } });
    expect(listText(root)).toContain('Fact Notes can’t read this page (browser pages and extension stores are off limits).');
    expect(root.querySelectorAll('[role="switch"]')).toHaveLength(1);
    expect(root.querySelector('.mention-button')).toBeNull();
  });

  it('shows a loading line until the tab answers', () => {
    expect(listText(view({ tab: { kind: 'loading' } }).root)).toContain('Looking at this page…');
  });

  it('says when marking is off everywhere or on this site', () => {
    expect(listText(view({}, { isEnabled: false }).root)).toContain('Fact Notes is off.');
    expect(listText(view({}, { disabledSites: ['example.com'] }).root)).toContain('Fact Notes is off for this site.');
  });
});

describe('PopupView footer', () => {
  it('opens the article and, in Chromium, the shortcut settings', () => {
    const { root, props } = view();
    expect(root.querySelector('kbd')?.textContent).toBe('Alt+Shift+N');
    click(byName(root, 'button', 'Read the article'));
    click(byName(root, 'button', 'Change shortcut'));
    expect(props.onOpenArticle).toHaveBeenCalledOnce();
    expect(props.onOpenShortcuts).toHaveBeenCalledOnce();
  });

  it('opens the article packs page', () => {
    const { root, props } = view();
    click(byName(root, 'button', 'Article packs…'));
    expect(props.onOpenPacks).toHaveBeenCalledOnce();
  });

  it('in Firefox, tells where shortcuts are changed instead', () => {
    const { root } = view({ isFirefox: true, shortcut: '' });
    expect(root.textContent).toContain('Firefox: Add-ons → ⚙ → Manage Extension Shortcuts');
    expect(root.textContent).toContain('no shortcut set');
    expect(() => byName(root, 'button', 'Change shortcut')).toThrow();
  });

  it('says the shortcut is unavailable where the browser has none (Firefox for Android)', () => {
    const { root } = view({ isFirefox: true, shortcut: false });
    expect(root.textContent).toContain('Next mention');
    expect(root.textContent).toContain('not available in this browser');
    expect(root.textContent).not.toContain('Manage Extension Shortcuts');
    expect(() => byName(root, 'button', 'Change shortcut')).toThrow();
  });
});
