import type { Matching, Summary } from './schema.ts';

// Checks that the schema cannot express: that the summary stays inside the
// article. Used by the build hook (scripts/check-summary.ts) and the tests, so
// a summary that drifts from the text fails both. Paths use the same
// `entities[2].facts[0].quote` form as schema errors.

/** One way the summary strays from the article, at a field path. */
export interface GroundingProblem {
  path: string;
  message: string;
}

/** Words by which the article itself hedges a claim; a fact quoting them must stay hedged. */
const hedgeMarkers = /\b(?:reportedly|according to|allegedly|purportedly)\b/i;

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

/** Every grounding problem in a schema-valid summary; `source` is article.txt, when at hand. */
export function findGroundingProblems(summary: Summary, source?: string): GroundingProblem[] {
  const problems: GroundingProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  const { article, entities } = summary;
  const paragraphs = article.paragraphs;
  const fullText = paragraphs.join('\n');

  /** The cited paragraph, or undefined after reporting that it does not exist. */
  const cited = (path: string, paragraph: number): string | undefined => {
    const text = paragraphs[paragraph - 1];
    if (text === undefined) report(path, `paragraph ${paragraph} does not exist (the article has ${paragraphs.length})`);
    return text;
  };
  const checkCurlyQuotes = (path: string, text: string) => {
    for (const [, words] of text.matchAll(curlyQuoted)) {
      if (words !== undefined && !fullText.includes(words)) report(path, `“${words}” is not the article's wording`);
    }
  };

  if (source !== undefined && fullText !== source) {
    const lines = source.split('\n');
    const line = lines.findIndex((text, index) => text !== paragraphs[index]);
    report(
      'article.paragraphs',
      `do not reproduce article.txt (first difference at paragraph ${line === -1 ? lines.length + 1 : line + 1})`,
    );
  }
  checkCurlyQuotes('article.title', article.title);
  if ((article.author === null || article.date === null) && !article.caveats.some((c) => c.kind === 'missing-metadata')) {
    report('article.caveats', 'the article lacks an author or date, so a "missing-metadata" caveat must say so');
  }
  article.keyPoints.forEach((point, i) => {
    checkCurlyQuotes(`article.keyPoints[${i}].text`, point.text);
    point.paragraphs.forEach((paragraph, j) => cited(`article.keyPoints[${i}].paragraphs[${j}]`, paragraph));
  });
  article.caveats.forEach((caveat, i) => {
    checkCurlyQuotes(`article.caveats[${i}].text`, caveat.text);
    if (caveat.about !== undefined) report(`article.caveats[${i}].about`, "only an entity's caveats can qualify its role or a fact");
    if (caveat.paragraph !== undefined) cited(`article.caveats[${i}].paragraph`, caveat.paragraph);
  });

  const ids = entities.map((entity) => entity.id);
  entities.forEach((entity, e) => {
    const at = `entities[${e}]`;
    const name = `"${entity.id}"`;
    if (ids.indexOf(entity.id) !== e) report(`${at}.id`, `duplicate id ${name}`);
    let isNamed = false;
    const mustName = (path: string, paragraph: number) => {
      const text = cited(path, paragraph);
      if (text === undefined) return undefined;
      if (namesEntity(text, entity.matching)) isNamed = true;
      else report(path, `paragraph ${paragraph} does not name ${name} by any of its names`);
      return text;
    };

    checkCurlyQuotes(`${at}.role.text`, entity.role.text);
    mustName(`${at}.role.paragraph`, entity.role.paragraph);
    entity.facts.forEach((fact, f) => {
      const path = `${at}.facts[${f}]`;
      checkCurlyQuotes(`${path}.statement`, fact.statement);
      const text = mustName(`${path}.paragraph`, fact.paragraph);
      const attribution = fact.attribution.trim();
      if (attribution === '') report(`${path}.attribution`, 'is empty; use "the article" for unattributed claims');
      else if (text !== undefined && attribution !== 'the article' && !text.includes(attribution)) {
        report(`${path}.attribution`, `"${attribution}" is neither "the article" nor words of paragraph ${fact.paragraph}`);
      }
      if (fact.quote !== undefined && text !== undefined && !text.includes(fact.quote)) {
        report(`${path}.quote`, `not found verbatim in paragraph ${fact.paragraph}`);
      }
      if (fact.quote !== undefined && hedgeMarkers.test(fact.quote) && !fact.isHedged) {
        report(`${path}.isHedged`, 'the quoted words hedge the claim, so the fact must be hedged too');
      }
      if (fact.isHedged && !hedgeMarkers.test(fact.statement)) {
        report(`${path}.statement`, 'a hedged fact must keep the hedge ("reportedly", "according to", …) in its wording');
      }
    });
    if (!isNamed) report(at, `${name} is not named in any paragraph it cites`);

    entity.related.forEach((id, r) => {
      const path = `${at}.related[${r}]`;
      if (id === entity.id) report(path, `${name} cannot be related to itself`);
      else if (!ids.includes(id)) report(path, `no entity "${id}" in the summary`);
      else if (entity.related.indexOf(id) !== r) report(path, `"${id}" is listed twice`);
    });
    entity.caveats.forEach((caveat, c) => {
      checkCurlyQuotes(`${at}.caveats[${c}].text`, caveat.text);
      if (caveat.flag !== undefined) checkCurlyQuotes(`${at}.caveats[${c}].flag`, caveat.flag);
      if (caveat.paragraph !== undefined) cited(`${at}.caveats[${c}].paragraph`, caveat.paragraph);
      if (caveat.about !== undefined && caveat.flag === undefined) {
        report(`${at}.caveats[${c}].flag`, 'a caveat about the role or a fact needs a short flag to show there');
      }
      if (typeof caveat.about === 'number' && caveat.about > entity.facts.length) {
        report(`${at}.caveats[${c}].about`, `fact ${caveat.about} does not exist (${name} has ${entity.facts.length})`);
      }
    });
  });
  return problems;
}
