import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import { TextContext } from '../../../../components/popup/text';
import { t } from '../../../../lib/i18n';

let container: HTMLElement | null = null;

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

/** Renders into a fresh element of the happy-dom document, with the popup's texts from lib/i18n; unmounted after each test. */
export function mount(node: ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  void act(() => render(<TextContext.Provider value={t}>{node}</TextContext.Provider>, container!));
  return container;
}

/** The accessible name a control gets from aria-label, its <label>, or its own text. */
export function nameOf(element: Element): string {
  const aria = element.getAttribute('aria-label');
  if (aria) return aria;
  const label = element.closest('label') ?? (element as HTMLInputElement).labels?.[0];
  return (label ?? element).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The control whose accessible name is `name`; throws if there is not exactly one. */
export function byName(root: Element, selector: string, name: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>(selector)].filter((element) => nameOf(element) === name);
  if (found.length !== 1) throw new Error(`${found.length} ${selector} named "${name}"`);
  return found[0]!;
}

/** Clicks inside act(), so Preact has re-rendered when it returns. */
export function click(element: HTMLElement): void {
  void act(() => element.click());
}
