import type { Point, Tab } from '../support/driver.ts';
import { pollFor } from '../support/poll-for.ts';

// Driving the popup page (opened in a tab) by what a user sees: controls are
// found by their accessible name, the same way a screen reader names them
// (aria-label, else the text of their <label>, else their own text).

/** The storage API of an extension page, in either browser. */
interface StorageGlobal {
  browser?: { storage: { sync: { clear(): Promise<void>; set(items: object): Promise<void> } } };
  chrome: { storage: { sync: { clear(): Promise<void>; set(items: object): Promise<void> } } };
}

type Found = { point: Point; checked: boolean | null } | string;

// Runs in the popup; serialized, so it carries its helpers inside.
function findControl({ name, scroll }: { name: string; scroll: boolean }): Found {
  const nameOf = (element: Element) =>
    element.getAttribute('aria-label') ?? ((element.closest('label') ?? element).textContent ?? '').replace(/\s+/g, ' ').trim();
  const matches = [...document.querySelectorAll('input, button, summary')].filter((element) => nameOf(element) === name);
  if (matches.length !== 1) return `${matches.length} controls named "${name}"`;
  const control = matches[0] as HTMLElement;
  // Visually hidden radios: the user clicks their visible text.
  const target = control.classList.contains('visually-hidden') ? (control.nextElementSibling as HTMLElement) : control;
  if (scroll) target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  return {
    point: { x: box.left + box.width / 2, y: box.top + box.height / 2 },
    checked: control instanceof HTMLInputElement ? control.checked : null,
  };
}

async function find(popup: Tab, name: string, scroll = false): Promise<{ point: Point; checked: boolean | null }> {
  const found = await popup.evaluate(findControl, { name, scroll });
  if (typeof found === 'string') throw new Error(`popup: ${found}`);
  return found;
}

/** Clicks the popup control named `name` with the real mouse (the popup must be the front tab). */
export async function clickControl(popup: Tab, name: string): Promise<void> {
  await popup.click((await find(popup, name, true)).point);
}

/**
 * Activates a control while the popup tab is behind the page: the popup reads
 * the *active* tab (no `tabs` permission), so controls about the page only
 * exist then, and a background tab takes no real input in every engine.
 */
export async function clickControlBehind(popup: Tab, name: string): Promise<void> {
  await find(popup, name);
  await popup.evaluate((wanted) => {
    const nameOf = (element: Element) =>
      element.getAttribute('aria-label') ?? ((element.closest('label') ?? element).textContent ?? '').replace(/\s+/g, ' ').trim();
    const control = [...document.querySelectorAll<HTMLElement>('input, button, summary')].find((element) => nameOf(element) === wanted);
    control?.click();
  }, name);
}

/** Whether the checkbox, switch or radio named `name` is checked. */
export async function isChecked(popup: Tab, name: string): Promise<boolean | null> {
  return (await find(popup, name)).checked;
}

/** Waits until a control named `name` exists (e.g. the site switch, once the tab answered). */
export function waitForControl(popup: Tab, name: string, timeoutMs = 3000): Promise<unknown> {
  return pollFor(
    () => popup.evaluate(findControl, { name, scroll: false }),
    (found) => typeof found !== 'string',
    `the popup control "${name}"`,
    timeoutMs,
  );
}

/** The accessible names of the "On this page" buttons. */
export function pageListNames(popup: Tab): Promise<string[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('.page-mentions button')].map((button) => button.getAttribute('aria-label') ?? ''),
  );
}

/** Visible text of the popup. */
export function popupText(popup: Tab): Promise<string> {
  return popup.evaluate(() => document.body.innerText);
}

/** Loads the popup page in `tab` (moz-extension:// navigations may never report done under BiDi, so poll). */
export async function loadPopup(tab: Tab, url: string): Promise<void> {
  tab.goto(url).catch(() => undefined);
  await pollFor(() => tab.evaluate(() => document.querySelector('.popup') !== null), Boolean, 'the popup to render', 10_000);
}

/** Clears the extension's settings from one of its pages, as a fresh install has them. */
export function clearSettings(extensionPage: Tab): Promise<void> {
  return extensionPage.evaluate(() => {
    const scope = globalThis as unknown as StorageGlobal;
    const api = scope.browser ?? scope.chrome;
    return api.storage.sync.clear();
  });
}

/** Writes a raw settings value (valid or not) from one of the extension's pages. */
export function writeSettings(extensionPage: Tab, value: unknown): Promise<void> {
  return extensionPage.evaluate((settings) => {
    const scope = globalThis as unknown as StorageGlobal;
    const api = scope.browser ?? scope.chrome;
    return api.storage.sync.set({ settings });
  }, value);
}
