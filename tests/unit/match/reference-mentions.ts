/**
 * A deliberately small reference for a subset of ../shared/spec/mentions.md,
 * written without lib/match: names as word lists looked up token by token.
 * Slow and simple on purpose; the property tests compare the real matcher and
 * scanner with it over random text built only from the words listed here.
 *
 * Subset: surnames and places with the case endings listed below, full names
 * (given name + surname, one mention), the oblast / region phrases (longest
 * form wins), other bearers and the football club (never counted), the
 * page rule for bare surnames, invisible characters inside words, any
 * whitespace between a name's words, any letter case. Not modelled: acronyms,
 * initials, titles, patronymics, named things after the name, surname-first
 * order (the generators never put a name next to words that would need them).
 */

export type RefEntity = 'witkoff' | 'ushakov' | 'donetsk' | 'volchansk';
export type RefKind = 'name' | 'surname' | 'other';

export interface RefMention {
  entity: RefEntity;
  start: number;
  end: number;
}

interface Form {
  words: readonly string[];
  entity: RefEntity;
  kind: RefKind;
}

const WITKOFF_LATIN = ['witkoff', 'witkoffs'];
const WITKOFF_CYRILLIC = ['уиткофф', 'уиткоффа', 'уиткоффу', 'уиткоффом', 'виткофф', 'віткофф'];
const USHAKOV_LATIN = ['ushakov'];
const USHAKOV_CYRILLIC = ['ушаков', 'ушакова', 'ушакову', 'ушаковым'];

/** Surnames, spelled as the generators may write them (lower case; the reference compares lower case). */
export const SURNAMES: Record<'witkoff' | 'ushakov', { latin: string[]; cyrillic: string[] }> = {
  witkoff: { latin: WITKOFF_LATIN, cyrillic: WITKOFF_CYRILLIC },
  ushakov: { latin: USHAKOV_LATIN, cyrillic: USHAKOV_CYRILLIC },
};
/** The entity's own given names, by script. */
export const OWN_GIVEN: Record<'witkoff' | 'ushakov', { latin: string[]; cyrillic: string[] }> = {
  witkoff: { latin: ['steve', 'steven', 'stephen'], cyrillic: ['стив', 'стивен'] },
  ushakov: { latin: ['yury', 'yuri', 'yuriy'], cyrillic: ['юрий'] },
};
/** Words before the surname that make it another person (other bearers' given names, a title). */
export const OTHER_GIVEN: Record<'witkoff' | 'ushakov', { latin: string[]; cyrillic: string[] }> = {
  witkoff: { latin: ['zach', 'alex'], cyrillic: [] },
  ushakov: { latin: ['fyodor', 'admiral'], cyrillic: ['федор', 'адмирал'] },
};
export const PLACES: Record<'donetsk' | 'volchansk', string[][]> = {
  donetsk: [
    ['donetsk'],
    ['donetsk', 'oblast'],
    ['donetsk', 'region'],
    ['donezk'],
    ['донецк'],
    ['донецка'],
    ['донецке'],
    ['донецьк'],
    ['донецьку'],
  ],
  volchansk: [['volchansk'], ['vovchansk'], ['волчанск'], ['волчанска'], ['волчанске'], ['вовчанськ'], ['вовчанську']],
};
/** The club: "Donetsk" after it is not the city. */
export const CLUB: string[][] = [
  ['shakhtar', 'donetsk'],
  ['шахтар', 'донецьк'],
];

function forms(): Form[] {
  const list: Form[] = [];
  for (const entity of ['witkoff', 'ushakov'] as const) {
    for (const script of ['latin', 'cyrillic'] as const) {
      for (const surname of SURNAMES[entity][script]) {
        list.push({ words: [surname], entity, kind: 'surname' });
        for (const given of OWN_GIVEN[entity][script]) list.push({ words: [given, surname], entity, kind: 'name' });
        for (const given of OTHER_GIVEN[entity][script]) list.push({ words: [given, surname], entity, kind: 'other' });
      }
    }
  }
  for (const entity of ['donetsk', 'volchansk'] as const) {
    for (const words of PLACES[entity]) list.push({ words, entity, kind: 'name' });
  }
  for (const words of CLUB) list.push({ words, entity: 'donetsk', kind: 'other' });
  // Longest first: "Donetsk Oblast" before "Donetsk", "Fyodor Ushakov" before "Ushakov".
  return list.sort((a, b) => b.words.length - a.words.length);
}
const FORMS = forms();

/** The spec's invisible characters; the stress mark only after a Cyrillic letter (after a Latin one it makes a new letter). */
export const INVISIBLE = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060'];
export const STRESS = '\u0301';
const isCyrillic = (ch: string | undefined) => ch !== undefined && /\p{Script=Cyrillic}/u.test(ch);

/** Every mention of `text` that counts, with offsets into `text` as given. */
export function referenceMentions(text: string): RefMention[] {
  return applyReferencePageRules(referenceFinds(text)).map(({ entity, start, end }) => ({ entity, start, end }));
}

/** The finds of one block of text, other bearers included, before the page rule. */
export function referenceFinds(text: string): Array<RefMention & { kind: RefKind }> {
  // 1. Drop invisible characters, remembering where each kept one came from.
  let clean = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (INVISIBLE.includes(ch)) continue;
    if (ch === STRESS && isCyrillic(clean.at(-1))) continue;
    clean += ch;
    origin.push(i);
  }
  // 2. Words: runs of letters, marks and digits.
  const tokens = [...clean.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  // 3. The longest listed form at each word; the words of a form stand apart by whitespace only.
  const finds: Array<RefMention & { kind: RefKind }> = [];
  for (let i = 0; i < tokens.length;) {
    const form = FORMS.find(
      ({ words }) =>
        i + words.length <= tokens.length &&
        words.every(
          (word, k) => tokens[i + k]!.word === word && (k === 0 || /^\s+$/.test(clean.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start))),
        ),
    );
    if (!form) {
      i++;
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[i + form.words.length - 1]!;
    let end = origin[last.end - 1]! + 1;
    // A stress mark on a name's last Cyrillic letter belongs to that letter.
    while (text[end] === STRESS && isCyrillic(text[end - 1])) end++;
    finds.push({ entity: form.entity, kind: form.kind, start: origin[first.start]!, end });
    i += form.words.length;
  }
  return finds;
}

/** The page rule over one page's finds: other bearers never count, nor bare surnames beside them unless the full name is there too. */
export function applyReferencePageRules<M extends { entity: RefEntity; kind: RefKind }>(finds: readonly M[]): M[] {
  return finds.filter(({ entity, kind }) => {
    if (kind === 'name') return true;
    if (kind === 'other') return false;
    const hasFullName = finds.some((f) => f.entity === entity && f.kind === 'name');
    const hasOtherBearer = finds.some((f) => f.entity === entity && f.kind === 'other');
    return hasFullName || !hasOtherBearer;
  });
}
