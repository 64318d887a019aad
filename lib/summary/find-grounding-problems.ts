import type { Caveat, Fact, KeyPoint, Matching } from './schema.ts';

// Checks that the schema cannot express: that a summary stays inside its
// article. Used by the build hook (scripts/check-summary.ts), by pack checks
// (lib/pack/check-pack.ts) and the tests, so notes that drift from the text
// fail all of them. Paths use the same `entities[2].facts[0].quote` form as
// schema problems. Problems carry a code and parameters, not prose: the words
// come from lib/pack/messages.ts, in the reader's language.

/** The parameters of each grounding rule's problem, by code. */
export interface GroundingParams {
  /** A cited paragraph number past the end of the article. */
  'paragraph-missing': { paragraph: number; count: number };
  /** A fact or role cites a paragraph that does not name its entity. */
  'paragraph-not-naming': { paragraph: number; id: string };
  /** None of the paragraphs an entity cites names it. */
  'entity-not-named': { id: string };
  /** A fact's attribution is blank (the schema normally catches this first). */
  'attribution-empty': Record<never, never>;
  /** An attribution that is neither "the article" nor words of the cited paragraph. */
  'attribution-not-in-paragraph': { attribution: string; paragraph: number };
  /** A fact's quote is not verbatim in the paragraph it cites. */
  'quote-not-verbatim': { paragraph: number };
  /** The quote contains a hedge ("reportedly", …) but the fact is not marked hedged. */
  'quote-hedged-fact-not': Record<never, never>;
  /** A hedged fact whose statement dropped the hedge words. */
  'hedge-missing': Record<never, never>;
  /** Words in curly quotes that are not the article's. */
  'quoted-words-not-in-article': { words: string };
  /** An article-level caveat with `about` (only entity caveats can qualify a role or fact). */
  'article-caveat-about': Record<never, never>;
  /** A caveat with `about` but no `flag` to show there. */
  'caveat-flag-missing': Record<never, never>;
  /** A caveat `about` a fact number the entity does not have. */
  'caveat-fact-missing': { fact: number; id: string; count: number };
  /** Author or date is null but no "missing-metadata" caveat says so. */
  'missing-metadata-caveat': Record<never, never>;
  /** Two entities with one id. */
  'duplicate-id': { id: string };
  /** An entity listed in its own `related`. */
  'related-self': { id: string };
  /** A `related` id that is no entity of the same summary or pack. */
  'related-unknown': { id: string };
  /** A `related` id listed twice. */
  'related-duplicate': { id: string };
  /** The paragraphs do not reproduce the source file (bundled summary only). */
  'paragraphs-differ-from-source': { paragraph: number; file: string };
}
export type GroundingCode = keyof GroundingParams;

/** One way a summary strays from its article, at a field path. */
export type GroundingProblem = {
  [C in GroundingCode]: { path: string; code: C; params: GroundingParams[C] };
}[GroundingCode];

const codeTable: Record<GroundingCode, true> = {
  'paragraph-missing': true,
  'paragraph-not-naming': true,
  'entity-not-named': true,
  'attribution-empty': true,
  'attribution-not-in-paragraph': true,
  'quote-not-verbatim': true,
  'quote-hedged-fact-not': true,
  'hedge-missing': true,
  'quoted-words-not-in-article': true,
  'article-caveat-about': true,
  'caveat-flag-missing': true,
  'caveat-fact-missing': true,
  'missing-metadata-caveat': true,
  'duplicate-id': true,
  'related-self': true,
  'related-unknown': true,
  'related-duplicate': true,
  'paragraphs-differ-from-source': true,
};
/** Every grounding rule's code. */
export const groundingCodes = Object.keys(codeTable) as GroundingCode[];

/**
 * What the grounding rules read: the bundled `Summary` and a `Pack` both fit.
 * `Id` is the entity id type (the bundled `EntityId`s, or a pack's slugs).
 */
export interface GroundedNotes<Id extends string = string> {
  article: {
    title: string;
    author: string | null;
    date: string | null;
    paragraphs: readonly string[];
    keyPoints: readonly KeyPoint[];
    caveats: readonly Caveat[];
  };
  entities: readonly {
    id: Id;
    role: { text: string; paragraph: number };
    matching: Matching;
    facts: readonly Fact[];
    related: readonly Id[];
    caveats: readonly Caveat[];
  }[];
}

/** The article text the paragraphs must reproduce, joined with "\n" (the bundled article.txt). */
export interface SourceFile {
  text: string;
  /** How messages name it ("article.txt"). */
  file: string;
}

/**
 * Words by which the article itself hedges a claim; a fact quoting them must
 * stay hedged. English, Russian and Ukrainian, since packs may be in any.
 */
const hedgeMarkers =
  /(?<![\p{L}\p{M}\p{N}])(?:reportedly|according to|allegedly|purportedly|якобы|предположительно|по данным|по сообщениям|нібито|імовірно|за даними|за повідомленнями)(?![\p{L}\p{M}\p{N}])/iu;

/** Whatever the summary shows in curly quotes claims to be the article's words. */
const curlyQuoted = /“([^“”]+)”/g;

const notWordChar = '(?<![\\p{L}\\p{M}\\p{N}])';
const noWordCharAfter = '(?![\\p{L}\\p{M}\\p{N}])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word, case-insensitive pattern for one name form, lenient about spaces and apostrophes as the spec is. */
function namePattern(form: string, endings: readonly string[]): string {
  const body = escapeRegExp(form.trim()).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
  const ending = endings.length ? `(?:${endings.map(escapeRegExp).join('|')})?` : '';
  return `${notWordChar}${body}${ending}${noWordCharAfter}`;
}

/** Whether the text names the entity by one of its names (prefixes and suffixes only extend a name). */
export function namesEntity(text: string, matching: Matching): boolean {
  return matching.names.some(({ form, endings }) => new RegExp(namePattern(form, endings), 'iu').test(text));
}

/**
 * Every grounding problem in schema-valid notes (the bundled summary or a
 * pack); `source`, when at hand, is the text file the paragraphs must
 * reproduce line for line.
 */
export function findGroundingProblems<Id extends string>(notes: GroundedNotes<Id>, source?: SourceFile): GroundingProblem[] {
  const problems: GroundingProblem[] = [];
  const report = (problem: GroundingProblem) => problems.push(problem);
  const { article, entities } = notes;
  const paragraphs = article.paragraphs;
  const fullText = paragraphs.join('\n');

  /** The cited paragraph, or undefined after reporting that it does not exist. */
  const cited = (path: string, paragraph: number): string | undefined => {
    const text = paragraphs[paragraph - 1];
    if (text === undefined) report({ path, code: 'paragraph-missing', params: { paragraph, count: paragraphs.length } });
    return text;
  };
  const checkCurlyQuotes = (path: string, text: string) => {
    for (const [, words] of text.matchAll(curlyQuoted)) {
      if (words !== undefined && !fullText.includes(words)) report({ path, code: 'quoted-words-not-in-article', params: { words } });
    }
  };

  if (source !== undefined && fullText !== source.text) {
    const lines = source.text.split('\n');
    const line = lines.findIndex((text, index) => text !== paragraphs[index]);
    report({
      path: 'article.paragraphs',
      code: 'paragraphs-differ-from-source',
      params: { paragraph: line === -1 ? lines.length + 1 : line + 1, file: source.file },
    });
  }
  checkCurlyQuotes('article.title', article.title);
  if ((article.author === null || article.date === null) && !article.caveats.some((c) => c.kind === 'missing-metadata')) {
    report({ path: 'article.caveats', code: 'missing-metadata-caveat', params: {} });
  }
  article.keyPoints.forEach((point, i) => {
    checkCurlyQuotes(`article.keyPoints[${i}].text`, point.text);
    point.paragraphs.forEach((paragraph, j) => cited(`article.keyPoints[${i}].paragraphs[${j}]`, paragraph));
  });
  article.caveats.forEach((caveat, i) => {
    checkCurlyQuotes(`article.caveats[${i}].text`, caveat.text);
    if (caveat.about !== undefined) report({ path: `article.caveats[${i}].about`, code: 'article-caveat-about', params: {} });
    if (caveat.paragraph !== undefined) cited(`article.caveats[${i}].paragraph`, caveat.paragraph);
  });

  const ids: string[] = entities.map((entity) => entity.id);
  entities.forEach((entity, e) => {
    const at = `entities[${e}]`;
    const id = entity.id;
    if (ids.indexOf(id) !== e) report({ path: `${at}.id`, code: 'duplicate-id', params: { id } });
    let isNamed = false;
    const mustName = (path: string, paragraph: number) => {
      const text = cited(path, paragraph);
      if (text === undefined) return undefined;
      if (namesEntity(text, entity.matching)) isNamed = true;
      else report({ path, code: 'paragraph-not-naming', params: { paragraph, id } });
      return text;
    };

    checkCurlyQuotes(`${at}.role.text`, entity.role.text);
    mustName(`${at}.role.paragraph`, entity.role.paragraph);
    entity.facts.forEach((fact, f) => {
      const path = `${at}.facts[${f}]`;
      checkCurlyQuotes(`${path}.statement`, fact.statement);
      const text = mustName(`${path}.paragraph`, fact.paragraph);
      const attribution = fact.attribution.trim();
      if (attribution === '') report({ path: `${path}.attribution`, code: 'attribution-empty', params: {} });
      else if (text !== undefined && attribution !== 'the article' && !text.includes(attribution)) {
        report({ path: `${path}.attribution`, code: 'attribution-not-in-paragraph', params: { attribution, paragraph: fact.paragraph } });
      }
      if (fact.quote !== undefined && text !== undefined && !text.includes(fact.quote)) {
        report({ path: `${path}.quote`, code: 'quote-not-verbatim', params: { paragraph: fact.paragraph } });
      }
      if (fact.quote !== undefined && hedgeMarkers.test(fact.quote) && !fact.isHedged) {
        report({ path: `${path}.isHedged`, code: 'quote-hedged-fact-not', params: {} });
      }
      if (fact.isHedged && !hedgeMarkers.test(fact.statement)) {
        report({ path: `${path}.statement`, code: 'hedge-missing', params: {} });
      }
    });
    if (!isNamed) report({ path: at, code: 'entity-not-named', params: { id } });

    entity.related.forEach((other, r) => {
      const path = `${at}.related[${r}]`;
      if (other === id) report({ path, code: 'related-self', params: { id } });
      else if (!ids.includes(other)) report({ path, code: 'related-unknown', params: { id: other } });
      else if (entity.related.indexOf(other) !== r) report({ path, code: 'related-duplicate', params: { id: other } });
    });
    entity.caveats.forEach((caveat, c) => {
      checkCurlyQuotes(`${at}.caveats[${c}].text`, caveat.text);
      if (caveat.flag !== undefined) checkCurlyQuotes(`${at}.caveats[${c}].flag`, caveat.flag);
      if (caveat.paragraph !== undefined) cited(`${at}.caveats[${c}].paragraph`, caveat.paragraph);
      if (caveat.about !== undefined && caveat.flag === undefined) {
        report({ path: `${at}.caveats[${c}].flag`, code: 'caveat-flag-missing', params: {} });
      }
      if (typeof caveat.about === 'number' && caveat.about > entity.facts.length) {
        report({
          path: `${at}.caveats[${c}].about`,
          code: 'caveat-fact-missing',
          params: { fact: caveat.about, id, count: entity.facts.length },
        });
      }
    });
  });
  return problems;
}
