#!/usr/bin/env node
// `npm run dev` / `npm run dev:firefox`: builds the extension, serves the demo
// page on 127.0.0.1 and opens a browser with the extension loaded on it.
// Flags: --firefox, --headless. Without a display it runs headless, reports
// what the extension found on the demo page, and keeps serving it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_DIR = path.join(ROOT, 'demo');
const isFirefox = process.argv.includes('--firefox');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const isHeadless = process.argv.includes('--headless') || !hasDisplay;
const target = isFirefox
  ? {
      name: 'Firefox',
      binary: process.env.FACT_NOTES_FIREFOX ?? '/usr/bin/firefox-esr',
      build: '.output/firefox-mv2',
      wxtArgs: ['build', '-b', 'firefox'],
    }
  : { name: 'Chromium', binary: process.env.FACT_NOTES_CHROMIUM ?? '/usr/bin/chromium', build: '.output/chrome-mv3', wxtArgs: ['build'] };
const buildDir = path.join(ROOT, target.build);

const built = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), target.wxtArgs, { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const server = await serveDemo(Number(process.env.PORT ?? 5180));
const demoUrl = `http://127.0.0.1:${server.address().port}/`;
console.log(`
Demo page:  ${demoUrl}
Build:      ${buildDir}
Load it by hand:
  Chromium: chrome://extensions → Developer mode → Load unpacked → ${path.join(ROOT, '.output/chrome-mv3')}
  Firefox:  about:debugging → This Firefox → Load Temporary Add-on… → ${path.join(ROOT, '.output/firefox-mv2/manifest.json')}
After a code change: run this again (or npm run build) and reload the extension.
`);
if (!hasDisplay && !process.argv.includes('--headless')) {
  console.log(
    `No display (DISPLAY is unset), so ${target.name} runs headless; open the demo page in your own browser with the build loaded as above.`,
  );
}

if (!fs.existsSync(target.binary)) {
  console.log(
    `${target.name} not found at ${target.binary}. Install it with: apt-get install -y chromium firefox-esr (as root), or run npm run dev, which does`,
  );
} else {
  const browser = isFirefox ? await openFirefox() : await openChromium();
  if (isHeadless) await report(browser);
  else {
    console.log(`${target.name} is open on the demo page. Close it or press Ctrl+C to stop.`);
    browser.onClose(() => shutdown(browser));
  }
  process.once('SIGINT', () => shutdown(browser));
  process.once('SIGTERM', () => shutdown(browser));
}
if (isHeadless) console.log(`Serving ${demoUrl} until Ctrl+C.`);

/** Serves demo/ (index.html at /) on `port`, or on any free port if that one is taken. */
async function serveDemo(port) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
  };
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(DEMO_DIR, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(DEMO_DIR + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  for (const candidate of [port, 0]) {
    const error = await new Promise((resolve) => {
      server.once('error', resolve);
      server.listen(candidate, '127.0.0.1', () => resolve(undefined));
    });
    if (!error) return server;
    if (error.code !== 'EADDRINUSE') throw error;
  }
  throw new Error('No free port for the demo server.');
}

/** Chromium with the build loaded (playwright-core persistent context). */
async function openChromium() {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fact-notes-dev-'));
  const isRoot = process.getuid?.() === 0;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: target.binary,
    headless: isHeadless,
    viewport: null,
    // Quiet on a closed network: no sync, updates or background fetches.
    args: [
      `--disable-extensions-except=${buildDir}`,
      `--load-extension=${buildDir}`,
      ...(isRoot ? ['--no-sandbox'] : []),
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  return {
    page,
    badge: () =>
      worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.action.getBadgeText({ tabId: tab.id });
      }),
    onClose: (listener) => context.on('close', listener),
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Firefox with the build installed as a temporary add-on (puppeteer-core over WebDriver BiDi). */
async function openFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: target.binary,
    headless: isHeadless,
    defaultViewport: null,
    args: ['--remote-allow-system-access'], // needed by installExtension
  });
  await browser.installExtension(buildDir);
  const [page] = await browser.pages();
  await page.goto(demoUrl);
  return {
    page,
    badge: undefined, // needs a tab on the extension's origin; the e2e harness does that
    onClose: (listener) => browser.on('disconnected', listener),
    close: () => browser.close().catch(() => {}),
  };
}

/** Headless: says whether the extension found the demo's mentions. */
async function report(browser) {
  try {
    // The marks, not the <fact-notes-ui> host: the host comes only with the first card (issue 10).
    const marks = () =>
      browser.page.evaluate(() =>
        [...CSS.highlights.keys()]
          .filter((name) => name.startsWith('fact-notes'))
          .map((name) => ({ name, size: CSS.highlights.get(name).size })),
      );
    const isPainted = (list) => list.some(({ size }) => size > 0);
    let found = await marks();
    for (const started = Date.now(); !isPainted(found) && Date.now() - started < 10_000; found = await marks()) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!isPainted(found)) throw new Error('no mention was painted within 10 s');
    const names = found.map(({ name, size }) => `${name} (${size})`);
    const badge = browser.badge ? `, badge ${JSON.stringify(await browser.badge())}` : '';
    console.log(`${target.name} (headless): mentions painted, highlights [${names.join(', ')}]${badge}.`);
  } catch (error) {
    console.log(`${target.name} (headless): the content script did not show up on the demo page (${error.message.split('\n')[0]}).`);
  }
  await browser.close();
}

async function shutdown(browser) {
  await browser.close();
  server.close();
  server.closeAllConnections();
  process.exit(0);
}
