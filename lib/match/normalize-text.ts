/**
 * Invisible characters that may sit inside a word without splitting it
 * (spec "Text that counts"): soft hyphen, zero-width space / non-joiner /
 * joiner, word joiner; and the combining acute accent as a stress mark in a
 * Cyrillic word ("Волча́нск"). After a Latin letter the same mark is part of
 * the letter ("n\u0301" is ń in "Wołczańsk"), so it stays there.
 */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]|\u0301/;

/** Text with invisible characters removed, and where each remaining character came from. */
export interface NormalizedText {
  readonly text: string;
  /** `origins[i]` is the index in the original text of `text[i]`. */
  readonly origins: Uint32Array;
}

/** Strips invisible characters; `null` when there are none, so the common case costs one scan and no allocation. */
export function normalizeText(original: string): NormalizedText | null {
  if (!INVISIBLE.test(original)) return null;
  const origins = new Uint32Array(original.length);
  let text = '';
  let runStart = 0;
  let length = 0;
  for (let i = 0; i < original.length; i++) {
    if (!isInvisible(original.charCodeAt(i), original.charCodeAt(i - 1))) continue;
    text += original.slice(runStart, i);
    for (let j = runStart; j < i; j++) origins[length++] = j;
    runStart = i + 1;
  }
  text += original.slice(runStart);
  for (let j = runStart; j < original.length; j++) origins[length++] = j;
  return { text, origins: origins.subarray(0, length) };
}

function isInvisible(code: number, previous: number): boolean {
  if (code === 0x301) return previous >= 0x400 && previous <= 0x52f;
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060;
}
