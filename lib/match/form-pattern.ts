/**
 * Regex source for the written forms in the matching data. Used only while
 * compiling a matcher, never per search. All sources are for the `iu` flags.
 */

/** Letters, marks and digits: JS `\b` knows only ASCII, so words end where these do. */
export const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
/** Zero-width: no word character before this point. */
export const WORD_START = `(?<!${WORD_CHAR})`;
/** Zero-width: no word character after this point. */
export const WORD_END = `(?!${WORD_CHAR})`;
/** Any run of whitespace (JS `\s` covers NBSP, thin and narrow spaces, tabs and line breaks). */
export const SPACE = String.raw`\s+`;

/**
 * Whether a character code is one that JS `\s` (and so {@link SPACE}) matches: for loops that look at
 * each character, where a regex call per character would cost.
 */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
const APOSTROPHE = `['\u2019]`;
const SYNTAX_CHAR = /[\^$\\.*+?()[\]{}|/]/g;

/** A written form and the endings that may follow it inside the same word. */
export interface FormSpec {
  readonly form: string;
  readonly endings?: readonly string[] | undefined;
}

/** One form as a regex source: spaces match any whitespace run, apostrophes match ' and ’, and accented letters match precomposed or decomposed. */
export function formPattern({ form, endings = [] }: FormSpec): string {
  const ending = endings.length > 0 ? `(?:${alternation(endings.map((e) => ({ form: e })))})?` : '';
  return literalPattern(form) + ending;
}

/**
 * Alternatives for several forms, the longest possible match first: a regex
 * alternation takes the first branch that fits, so "Донецька область" must be
 * tried before "Донецьк" + "а".
 */
export function alternation(forms: readonly FormSpec[]): string {
  const weighted = forms.map((spec) => ({ source: formPattern(spec), weight: maxLength(spec) }));
  weighted.sort((a, b) => b.weight - a.weight);
  return [...new Set(weighted.map((w) => w.source))].join('|');
}

function maxLength({ form, endings = [] }: FormSpec): number {
  return form.length + Math.max(0, ...endings.map((e) => e.length));
}

/** A form as a pattern: its letters as written (either composition of an accented one), its spaces as {@link SPACE}. */
export function literalPattern(text: string): string {
  const atoms: string[] = [];
  for (const char of text.normalize('NFC').trim()) {
    if (!/\s/.test(char)) atoms.push(char === "'" || char === '\u2019' ? APOSTROPHE : letterPattern(char));
    else if (atoms.at(-1) !== SPACE) atoms.push(SPACE);
  }
  return atoms.join('');
}

// Pages may carry "Vovčansk" as c + U+030C; offsets must stay those of the page, so match both spellings rather than normalizing the text.
function letterPattern(char: string): string {
  const decomposed = char.normalize('NFD');
  if (decomposed === char) return escape(char);
  return `(?:${escape(char)}|${escape(decomposed)})`;
}

function escape(text: string): string {
  return text.replace(SYNTAX_CHAR, '\\$&');
}
