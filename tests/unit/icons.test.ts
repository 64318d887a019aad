import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alphaAt, decodePng, pngSize } from '../support/png.ts';

// The Chrome Web Store's icon guideline: the 128×128 icon is 96×96 artwork
// centred in 16 px of transparent padding. scripts/make-icons.mjs draws it.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => new Uint8Array(readFileSync(path.join(ROOT, file)));
const PADDING = 16;
const ARTWORK = 96;
// Rounded corners keep the corners clear, but each side of the artwork must
// reach the box's edge to within this many pixels (so it is truly 96 px).
const REACH = 2;

describe('extension icons', () => {
  it('come in the manifest sizes', () => {
    for (const size of [16, 32, 48, 128]) expect(pngSize(read(`public/icon/${size}.png`))).toEqual({ width: size, height: size });
  });

  it('128: a fully transparent 16 px border around 96 px artwork', () => {
    const icon = decodePng(read('public/icon/128.png'));
    expect([icon.width, icon.height]).toEqual([128, 128]);
    const inBox = (v: number) => v >= PADDING && v < PADDING + ARTWORK;
    const visibleInBorder: string[] = [];
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        if ((!inBox(x) || !inBox(y)) && alphaAt(icon, x, y) !== 0) visibleInBorder.push(`(${x}, ${y})`);
      }
    }
    expect(visibleInBorder.slice(0, 10), `${visibleInBorder.length} non-transparent border pixels`).toEqual([]);

    const opaque = (x: number, y: number) => alphaAt(icon, x, y) >= 250;
    const band = (from: number) => Array.from({ length: REACH }, (_, i) => from + i);
    const inner = Array.from({ length: ARTWORK }, (_, i) => PADDING + i);
    const first = PADDING;
    const last = PADDING + ARTWORK - REACH;
    const reaches = {
      top: band(first).some((y) => inner.some((x) => opaque(x, y))),
      bottom: band(last).some((y) => inner.some((x) => opaque(x, y))),
      left: band(first).some((x) => inner.some((y) => opaque(x, y))),
      right: band(last).some((x) => inner.some((y) => opaque(x, y))),
    };
    expect(reaches).toEqual({ top: true, bottom: true, left: true, right: true });
  });
});
