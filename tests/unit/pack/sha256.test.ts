import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../lib/pack/sha256.ts';

const reference = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each([
    ['55 bytes (one block)', 'a'.repeat(55)],
    ['56 bytes (length spills into a second block)', 'a'.repeat(56)],
    ['64 bytes', 'b'.repeat(64)],
    ['multi-block', 'Port Mellick’s council voted. '.repeat(300)],
    ['Cyrillic, curly quotes, an emoji', '“Донецьк” — Волчанск ⛴️ 🚢'],
    ['lone surrogate (encoded as U+FFFD)', 'x\uD800y'],
  ])('agrees with node:crypto on %s', (_name, text) => {
    expect(sha256Hex(text)).toBe(reference(text));
  });
});
