import { mkdtempSync, readFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { pointOf, readCard, waitForBadge, waitForCard, waitForHost } from './support/page-probes.ts';
import { CORPUS_DIR, REPO_ROOT } from './support/paths.ts';
import { pollFor } from './support/poll-for.ts';
import { useChromium } from './support/use-browser.ts';

// The README's card picture: a card over a real corpus page (bbc-1, served
// with scripts blocked and remote loads refused, so unstyled) with one
// paragraph naming all four entities added at the top of the article body.
// Taken on every run (a card that fails to show fails here); written to docs/
// only with FACT_NOTES_SCREENSHOTS=1, so tests never rewrite tracked files.
const ANCHOR = '<div class="story-body__inner" property="articleBody">';
const PARAGRAPH = `<p id="added">US envoy Steve Witkoff met Kremlin aide Yury Ushakov in Moscow; they spoke of Donetsk and of the fighting around Volchansk.</p>`;

describe('Chromium: card screenshot over a corpus page', () => {
  const session = useChromium();

  it('shows a hovered card, visible and uncovered', async () => {
    const driver = chromiumDriver(await session());
    const source = readFileSync(path.join(CORPUS_DIR, 'bbc-1.html'), 'utf8');
    expect(source).toContain(ANCHOR);
    const url = driver.server.serveHtml('/corpus-with-mentions/bbc-1.html', source.replace(ANCHOR, ANCHOR + PARAGRAPH), { scripts: false });
    const tab = await driver.openTab(url);
    try {
      await waitForHost(tab);
      await waitForBadge(tab, '4');
      await tab.evaluate(() => document.getElementById('added')!.scrollIntoView({ block: 'center' }));
      await tab.move(await pointOf(tab, { path: ['#added'], text: 'Steve Witkoff' }));
      await waitForCard(tab, 'witkoff');
      // Wait out the entrance animation so the picture shows the card at rest.
      let last = '';
      const card = await pollFor(
        () => readCard(tab),
        (state) => last === (last = JSON.stringify(state.rect)),
        'the card to settle',
        3000,
      );
      expect(card).toMatchObject({ isOpen: true, isInTopLayer: true, isUncovered: true, name: 'Steve Witkoff' });
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'fact-notes-shot-')), 'card.png');
      await tab.screenshot(file);
      expect(readFileSync(file).length).toBeGreaterThan(10_000);
      if (process.env.FACT_NOTES_SCREENSHOTS === '1') await copyFile(file, path.join(REPO_ROOT, 'docs/card-screenshot.png'));
    } finally {
      await tab.close();
    }
  });
});
