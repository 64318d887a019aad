import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../lib/match/normalize-text';

describe('normalizeText', () => {
  it('returns null for text without invisible characters', () => {
    expect(normalizeText('Plain text, with\u00A0spaces\u2009and “quotes”.')).toBeNull();
    expect(normalizeText('')).toBeNull();
  });

  it('strips soft hyphens, zero-width characters and word joiners and maps every kept character back', () => {
    const original = '\u00ADa\u200Bb\u200C\u200Dc\u2060';
    const normalized = normalizeText(original);
    expect(normalized?.text).toBe('abc');
    expect([...(normalized?.origins ?? [])]).toEqual([1, 3, 6]);
  });

  it('keeps characters that merely look invisible to some readers', () => {
    // Byte-order mark and no-break space are not in the spec's list.
    expect(normalizeText('a\uFEFFb\u00A0c')).toBeNull();
  });
});
