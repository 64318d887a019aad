#!/usr/bin/env node
// Renders assets/icon/icon.svg to public/icon/{16,32,48,128}.png with Debian's
// Chromium (WXT adds those files to the manifest; 128.png is also the icon to
// upload to the Chrome Web Store). Run after changing the SVG.
//
// 16, 32 and 48 are the SVG as drawn (full-bleed). 128 follows the Chrome Web
// Store's icon guideline: 96×96 artwork centred with 16 px of transparent
// padding on each side, so the artwork (the SVG's drawn bounds, without the
// SVG's own margin) is fitted into the middle 96 px box.
// tests/unit/icons.test.ts checks the 128 px result.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(ROOT, 'assets/icon/icon.svg'), 'utf8');
const ICONS = [
  { size: 16, artwork: 16 },
  { size: 32, artwork: 32 },
  { size: 48, artwork: 48 },
  { size: 128, artwork: 96 },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const { size, artwork } of ICONS) {
    const padding = (size - artwork) / 2;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${artwork}px;height:${artwork}px;margin:${padding}px}</style>${svg}`,
    );
    if (artwork < size) {
      // Padded icon: crop the viewBox to what is drawn, so the artwork fills the box exactly.
      await page.evaluate(() => {
        const root = document.querySelector('svg');
        const box = root.getBBox();
        root.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
      });
    }
    await page.screenshot({ path: path.join(ROOT, `public/icon/${size}.png`), omitBackground: true });
  }
} finally {
  await browser.close();
}
