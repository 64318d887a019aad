#!/usr/bin/env node
// `npm run screenshots`: builds the Chromium extension and takes the Chrome Web
// Store images (1280×800 screenshots in light and dark, the 440×280 promo tile)
// into store/screenshots/, or into the folder given with --out. The pages are
// served from 127.0.0.1 and nothing is fetched from the network. The work is
// done by tests/e2e/support/store-screenshots.ts (run here by Node 24's type
// stripping), which tests/e2e/store-screenshots.chromium.test.ts also runs.
// FACT_NOTES_SKIP_BUILD=1 reuses the existing .output/chrome-mv3.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outDir = path.resolve(outIndex > 0 && process.argv[outIndex + 1] ? process.argv[outIndex + 1] : path.join(ROOT, 'store/screenshots'));
const started = Date.now();

if (process.env.FACT_NOTES_SKIP_BUILD !== '1') {
  const built = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const { makeStoreScreenshots } = await import('../tests/e2e/support/store-screenshots.ts');
const written = await makeStoreScreenshots(outDir);
for (const file of written) console.log(`wrote ${path.relative(process.cwd(), file)}`);
console.log(`${written.length} images in ${((Date.now() - started) / 1000).toFixed(1)} s`);
