import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePng, pngSize } from '../support/png.ts';
import { REPO_ROOT } from './support/paths.ts';
import { STORE_IMAGES, THEMES } from './support/store-screenshots.ts';

// `npm run screenshots` on a fresh clone: the script itself (on the build the e2e
// global setup just made, so FACT_NOTES_SKIP_BUILD=1) writes every Chrome Web
// Store image into a temporary folder, never into store/.
const OUT = mkdtempSync(path.join(os.tmpdir(), 'fact-notes-store-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** Share of pixels that differ between two decoded PNGs of one size. */
function differingShare(a: Uint8Array, b: Uint8Array): number {
  const one = decodePng(a);
  const other = decodePng(b);
  let differing = 0;
  for (let i = 0; i < one.rgba.length; i += 4) {
    if (one.rgba.subarray(i, i + 4).some((value, channel) => value !== other.rgba[i + channel])) differing++;
  }
  return differing / (one.width * one.height);
}

describe('Chromium: store screenshots (npm run screenshots)', () => {
  it('writes every listing image at its exact size, light and dark apart', () => {
    const run = spawnSync('npm', ['run', '--silent', 'screenshots', '--', '--out', OUT], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, FACT_NOTES_SKIP_BUILD: '1' },
      timeout: 50_000,
    });
    expect(run.status, `${run.stdout}${run.stderr}${run.error?.message ?? ''}`).toBe(0);
    expect(readdirSync(OUT).sort()).toEqual(STORE_IMAGES.map((image) => image.file).sort());
    for (const image of STORE_IMAGES) {
      const bytes = new Uint8Array(readFileSync(path.join(OUT, image.file)));
      expect({ file: image.file, ...pngSize(bytes) }).toEqual(image);
    }
    const shots = new Set(STORE_IMAGES.map((image) => image.file.match(/^(.+)-(?:light|dark)\.png$/)?.[1]).filter(Boolean));
    expect(shots.size).toBeGreaterThanOrEqual(3);
    for (const shot of shots) {
      const [light, dark] = THEMES.map((theme) => new Uint8Array(readFileSync(path.join(OUT, `${shot}-${theme}.png`))));
      // Dark is a different picture, not a few changed pixels: most of the page changes colour.
      expect(differingShare(light!, dark!), `${shot}: light vs dark`).toBeGreaterThan(0.5);
    }
  });
});
