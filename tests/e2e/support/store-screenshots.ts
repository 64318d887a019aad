import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_META_KEY, SETTINGS_VERSION } from '../../../lib/settings-fields.ts';
import type { Tab } from './driver.ts';
import { launchChromium, type ChromiumExtension } from './launch-chromium.ts';
import { pointOf, readCard, waitForCard, waitForNoCard, type CardState, type TextTarget } from './page-probes.ts';
import { REPO_ROOT } from './paths.ts';
import { pollFor } from './poll-for.ts';
import { isBrowserServiceRequest } from './request-log.ts';
import { NEWS_PAGE, PLACE_PAGE, popupFrame, promoTile } from './store-pages.ts';
import { startTestServer, type TestServer } from './test-server.ts';

// The Chrome Web Store listing images, taken from the real Chromium build
// (.output/chrome-mv3) on local pages: real marks, real cards, the real popup.
// `npm run screenshots` (scripts/screenshots.mjs) writes them to
// store/screenshots/; tests/e2e/store-screenshots.chromium.test.ts runs the
// same code into a temporary folder. Runs under Node 24's type stripping as
// well as under Vitest, so this file and its imports use only erasable syntax.

/** One file the generator writes, with its exact pixel size. */
export interface StoreImage {
  file: string;
  width: number;
  height: number;
}

export const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

const SCREEN = { width: 1280, height: 800 };
const SHOTS = ['1-card', '2-place', '3-popup'] as const;

/** Every file {@link makeStoreScreenshots} writes. */
export const STORE_IMAGES: readonly StoreImage[] = [
  ...SHOTS.flatMap((shot) => THEMES.map((theme) => ({ file: `${shot}-${theme}.png`, ...SCREEN }))),
  { file: 'promo-440x280.png', width: 440, height: 280 },
];

const POPUP_WIDTH = 360;
/** Where the article pages appear to come from (see {@link serveSite}). */
const SITE = 'http://harbour-ledger.example';
const POPUP_MAX_HEIGHT = SCREEN.height - 24;

/** Adapts a Playwright page to the harness's probes (which only evaluate in the page). */
function probe(page: Page): Tab {
  return { evaluate: (fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg) } as unknown as Tab;
}

/** Minimal typing of `chrome.storage` in the service worker. */
interface StorageGlobal {
  chrome: { storage: { sync: { set(items: object): Promise<void> } } };
}

/** Writes the default settings with `theme`, as the popup would (value and version metadata). */
async function setTheme(extension: ChromiumExtension, theme: Theme): Promise<void> {
  const items = { [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme }, [SETTINGS_META_KEY]: { v: SETTINGS_VERSION } };
  await extension.serviceWorker.evaluate((stored) => (globalThis as unknown as StorageGlobal).chrome.storage.sync.set(stored), items);
}

async function openPage(extension: ChromiumExtension, url: string, theme: Theme, size = SCREEN): Promise<Page> {
  const page = await extension.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** Waits until the content script painted `count` soft marks. */
function waitForMarks(page: Page, count: number): Promise<unknown> {
  return pollFor(
    () => page.evaluate(() => CSS.highlights.get('fact-notes-soft')?.size ?? 0),
    (size) => size >= count,
    `${count} marks on the page`,
    10_000,
  );
}

/** Waits out the card's entrance animation, then checks it is whole, on screen and uncovered. */
async function settledCard(page: Page, entity: string): Promise<CardState> {
  await waitForCard(probe(page), entity, 3000);
  let last = '';
  const card = await pollFor(
    () => readCard(probe(page)),
    (state) => last === (last = JSON.stringify(state.rect)),
    'the card to settle',
    3000,
  );
  const { rect } = card;
  const viewport = page.viewportSize() ?? SCREEN;
  if (!card.isUncovered || !rect || rect.left < 0 || rect.top < 0 || rect.right > viewport.width || rect.bottom > viewport.height) {
    throw new Error(`The ${entity} card is clipped or covered: ${JSON.stringify(card)}`);
  }
  return card;
}

async function hoverCard(page: Page, target: TextTarget, entity: string): Promise<void> {
  const point = await pointOf(probe(page), target);
  await page.mouse.move(point.x - 40, point.y + 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await settledCard(page, entity);
}

async function pinCard(page: Page, target: TextTarget, entity: string): Promise<void> {
  const point = await pointOf(probe(page), target);
  await page.mouse.click(point.x, point.y);
  await settledCard(page, entity);
}

/** Scrolls the card's body with the mouse wheel, as a reader would, until `selector` is near its top. */
async function scrollCardTo(page: Page, selector: string): Promise<void> {
  const at = await page.evaluate((wanted) => {
    const root = document.querySelector('fact-notes-ui')?.shadowRoot;
    const body = root?.querySelector('.fn-body');
    const target = root?.querySelector(wanted);
    if (!body || !target) return `no ${wanted} in the card`;
    const box = body.getBoundingClientRect();
    // Whatever comes before the target scrolls fully out of sight.
    const before = target.previousElementSibling?.getBoundingClientRect().bottom ?? target.getBoundingClientRect().top - 8;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, delta: Math.ceil(before - box.top) + 1 };
  }, selector);
  if (typeof at === 'string') throw new Error(at);
  await page.mouse.move(at.x, at.y, { steps: 2 });
  await page.mouse.wheel(0, at.delta);
  let last = -1;
  await pollFor(
    () => page.evaluate(() => document.querySelector('fact-notes-ui')?.shadowRoot?.querySelector('.fn-body')?.scrollTop ?? 0),
    (top) => top > 0 && last === (last = top),
    'the card to scroll',
    3000,
  );
}

async function closeCard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, SCREEN.height - 2);
  await waitForNoCard(probe(page), 2000);
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/**
 * The popup, whole: rendered in a tab as tall as its content (the page must be
 * in front while the popup asks it for mentions), shown in the frame scaled to
 * fit the screenshot's height if it is taller.
 */
async function popupImage(
  extension: ChromiumExtension,
  front: Page,
  theme: Theme,
): Promise<{ png: Buffer; width: number; height: number }> {
  const popup = await extension.newPage();
  try {
    await popup.setViewportSize({ width: POPUP_WIDTH, height: SCREEN.height });
    await popup.emulateMedia({ colorScheme: theme });
    await popup.goto(`${extension.baseUrl}popup.html`);
    await pollFor(() => popup.evaluate(() => document.querySelector('.popup') !== null), Boolean, 'the popup to render', 10_000);
    await front.bringToFront();
    await pollFor(
      () => popup.evaluate(() => document.querySelectorAll('.page-mentions button').length),
      (count) => count === 4,
      'the popup to list the page’s four entities',
      10_000,
    );
    await pollFor(
      () => popup.evaluate(() => getComputedStyle(document.body).colorScheme),
      (scheme) => scheme === theme,
      `a ${theme} popup`,
      5000,
    );
    const fullHeight = await popup.evaluate(() => document.documentElement.scrollHeight);
    await popup.setViewportSize({ width: POPUP_WIDTH, height: fullHeight });
    const png = await popup.screenshot();
    const scale = Math.min(1, POPUP_MAX_HEIGHT / fullHeight);
    return { png, width: Math.round(POPUP_WIDTH * scale), height: Math.round(fullHeight * scale) };
  } finally {
    await popup.close();
  }
}

async function shoot(page: Page, outDir: string, file: string): Promise<string> {
  const target = path.join(outDir, file);
  await page.screenshot({ path: target });
  return target;
}

async function themedShots(extension: ChromiumExtension, server: TestServer, outDir: string, theme: Theme): Promise<string[]> {
  await setTheme(extension, theme);
  const written: string[] = [];
  const news = await openPage(extension, `${SITE}/news.html`, theme);
  try {
    await waitForMarks(news, 4);
    await hoverCard(news, { path: ['#lead'], text: 'Steve Witkoff' }, 'witkoff');
    written.push(await shoot(news, outDir, `1-card-${theme}.png`));
    await closeCard(news);

    const place = await openPage(extension, `${SITE}/place.html`, theme);
    try {
      await waitForMarks(place, 2);
      await pinCard(place, { path: ['#town'], text: 'Volchansk' }, 'volchansk');
      await scrollCardTo(place, '.fn-facts');
      await settledCard(place, 'volchansk');
      written.push(await shoot(place, outDir, `2-place-${theme}.png`));
    } finally {
      await place.close();
    }

    await news.bringToFront();
    const backdrop = await news.screenshot();
    const popup = await popupImage(extension, news, theme);
    const frame = await openPage(
      extension,
      server.serveHtml(`/store/popup-${theme}.html`, popupFrame(dataUrl(backdrop), dataUrl(popup.png), popup)),
      theme,
    );
    try {
      await frame.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
      written.push(await shoot(frame, outDir, `3-popup-${theme}.png`));
    } finally {
      await frame.close();
    }
  } finally {
    await news.close();
  }
  return written;
}

async function promo(extension: ChromiumExtension, server: TestServer, outDir: string): Promise<string> {
  await setTheme(extension, 'light');
  const icon = await fs.readFile(path.join(REPO_ROOT, 'public/icon/128.png'));
  const page = await openPage(extension, server.serveHtml('/store/promo.html', promoTile(dataUrl(icon))), 'light', {
    width: 440,
    height: 280,
  });
  try {
    await waitForMarks(page, 4);
    await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
    return await shoot(page, outDir, 'promo-440x280.png');
  } finally {
    await page.close();
  }
}

/**
 * The article pages, under a made-up site name so the popup's site switch reads
 * like a real site's rather than 127.0.0.1. Playwright answers these requests
 * itself, from memory: none of them reaches the network or even the proxy.
 */
async function serveSite(extension: ChromiumExtension): Promise<void> {
  const pages: Record<string, string> = { '/news.html': NEWS_PAGE, '/place.html': PLACE_PAGE };
  await extension.context.route(`${SITE}/**`, (route) => {
    const body = pages[new URL(route.request().url()).pathname];
    return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ contentType: 'text/html; charset=utf-8', body });
  });
}

/**
 * A fresh profile that loads the build from the command line leaves the command without its
 * suggested key, so the popup would say "no shortcut set"; a reader who installs from the
 * store gets Alt+Shift+N, and that is what the listing shows (set as chrome://extensions/shortcuts does).
 */
async function assignShortcut(extension: ChromiumExtension): Promise<void> {
  const admin = await extension.context.newPage();
  try {
    await admin.goto('chrome://extensions');
    await admin.evaluate((extensionId) => {
      const chrome = (globalThis as unknown as { chrome: { developerPrivate: { updateExtensionCommand(update: object): Promise<void> } } })
        .chrome;
      return chrome.developerPrivate.updateExtensionCommand({ extensionId, commandName: 'next-mention', keybinding: 'Alt+Shift+N' });
    }, extension.extensionId);
  } finally {
    await admin.close();
  }
}

/** Takes every {@link STORE_IMAGES} file into `outDir` (created if missing); returns the paths written. */
export async function makeStoreScreenshots(outDir: string): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const server = await startTestServer();
  let extension: ChromiumExtension | undefined;
  try {
    extension = await launchChromium({ server, collectErrors: false });
    await serveSite(extension);
    await assignShortcut(extension);
    const written: string[] = [];
    for (const theme of THEMES) written.push(...(await themedShots(extension, server, outDir, theme)));
    written.push(await promo(extension, server, outDir));
    const outside = server.requests.filter((request) => request.via === 'proxy' && !isBrowserServiceRequest(request));
    if (outside.length > 0) throw new Error(`The screenshot pages reached for the network: ${outside.map((r) => r.url).join(', ')}`);
    return written;
  } finally {
    await extension?.close();
    await server.close();
  }
}
