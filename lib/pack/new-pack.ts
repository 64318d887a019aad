import type { Pack } from './schema.ts';
import { PACK_FORMAT, PACK_VERSION } from './schema.ts';
import { articleHash } from './check-pack.ts';

// What `npm run pack:new` writes (scripts/pack-new.ts), as a pure function so
// the tests and, later, the options page can make the same skeleton.

/** Titles derived from a long first line are cut at a word boundary to about this many characters. */
const TITLE_LENGTH = 120;

/**
 * The paragraphs of a plain text: blocks separated by blank lines (lines of
 * whitespace count as blank). Inside a block, lines are joined with one space
 * (hard-wrapped text reads as one paragraph) and each line is trimmed; a
 * byte-order mark and Windows line ends are dropped. Nothing else changes:
 * quotes, dashes and spelling stay as written.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join(' '),
    )
    .filter((paragraph) => paragraph !== '');
}

/** A title from the first paragraph: whole if short, else cut at a word boundary with "…". */
export function deriveTitle(firstParagraph: string): string {
  if (firstParagraph.length <= TITLE_LENGTH) return firstParagraph;
  const cut = firstParagraph.slice(0, TITLE_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut.slice(0, TITLE_LENGTH)).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A pack id from a file name or title: lower-case ASCII words joined by hyphens ("Harbour Ferry.txt" → "harbour-ferry"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || 'pack';
}

/**
 * A skeleton pack for an article text: its paragraphs and their hash, the
 * title taken from the first paragraph (so `isTitleDerived` is true), no
 * author, date or source URL, and the caveat that says so. It has no
 * entities; `checkPack` reports exactly that (`no-entities`) and nothing else.
 * Throws when the text has no paragraphs at all.
 */
export function newPack(text: string, id: string): Pack {
  const paragraphs = splitParagraphs(text);
  const [first] = paragraphs;
  if (first === undefined) throw new Error('The text has no paragraphs');
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id,
    article: {
      title: deriveTitle(first),
      isTitleDerived: true,
      sourceUrl: null,
      author: null,
      date: null,
      sha256: articleHash(paragraphs),
      paragraphs,
      keyPoints: [],
      caveats: [
        {
          kind: 'missing-metadata',
          text: 'The text gives no author or date; the title is taken from its first paragraph.',
        },
      ],
    },
    entities: [],
  };
}
