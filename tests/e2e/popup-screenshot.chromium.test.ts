import { mkdtempSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { waitForHost } from './support/page-probes.ts';
import { pollFor } from './support/poll-for.ts';
import { REPO_ROOT } from './support/paths.ts';
import { loadPopup, pageListNames } from './suites/popup-controls.ts';

// The README's popup picture. Taken on every run (so a broken popup fails here);
// written to docs/ only with FACT_NOTES_SCREENSHOTS=1, so tests never rewrite tracked files.
const PAGE = `<!doctype html><title>Briefing</title>
<p>Steve Witkoff met Yury Ushakov in Moscow. Witkoff later spoke of the Donetsk People’s Republic.</p>
<p>Artillery exchanges near Volchansk reportedly intensified.</p>`;

describe('Chromium: popup screenshot', () => {
  const session = useChromium({ collectErrors: false });

  it('shows the page’s mentions and every setting', async () => {
    const current = await session();
    const driver = chromiumDriver(current);
    const page = await driver.openTab(driver.server.serveHtml('/briefing.html', PAGE));
    await waitForHost(page);
    const popup = await driver.openTab();
    await current.extension.context.pages().at(-1)!.setViewportSize({ width: 360, height: 760 });
    await loadPopup(popup, `${current.extension.baseUrl}popup.html`);
    // The popup reads the active tab: the briefing must be in front while it asks.
    await page.bringToFront();
    const names = await pollFor(
      () => pageListNames(popup),
      (list) => list.length === 4,
      'the page list',
      5000,
    );
    expect(names.join(' ')).toContain('Steve Witkoff');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'fact-notes-shot-')), 'popup.png');
    await popup.screenshot(file);
    if (process.env.FACT_NOTES_SCREENSHOTS === '1') await copyFile(file, path.join(REPO_ROOT, 'docs/popup.png'));
  });
});
