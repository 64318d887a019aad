import type { z } from 'zod';
import type { EntityKey } from '../entity-key';
import type { Matching } from '../summary/schema';
import { findMentions } from './find-mentions.ts';
import { alternation, type FormSpec, literalPattern, SPACE, WORD_CHAR, WORD_END, WORD_START } from './form-pattern.ts';
import { wordGateOf } from './word-gate.ts';
import type { Matcher } from './mention';
import { compileNameContext, type NameContext } from './name-context.ts';

/** Matching data as authored (defaults may be left out) or as parsed. */
export type MatchingInput = z.input<typeof Matching>;

/** One top-level branch of the combined regex and the capture groups that tell it matched. */
export interface Branch {
  readonly entity: EntityKey;
  readonly isAcronym: boolean;
  /** Capture group holding the name (or acronym); defined only when this branch matched. */
  readonly nameGroup: number;
  /** Capture group holding a prefix and the spaces after it ("Steve "), if the entity has prefixes. */
  readonly prefixGroup: number | undefined;
  /** The words around a name that decide whose it is; names only. */
  readonly context: NameContext | undefined;
}

/** The regexes of one matcher, built once. */
export interface CompiledMatcher {
  /**
   * One cheap scan: does the text, its invisible characters taken out (normalize-text.ts), hold
   * any name or acronym? Raw text goes through `passesGate` (word-gate.ts).
   */
  readonly gate: RegExp;
  /** Every entity's names and acronyms, with their rules, in one global regex. */
  readonly combined: RegExp;
  readonly branches: readonly Branch[];
  /** Acronyms exactly as written (capitals); the combined regex is case-insensitive. */
  readonly acronyms: ReadonlySet<string>;
  /** No name in the gate contains whitespace, so each match of a mention's name lies within one word. */
  readonly hasWordCores: boolean;
}

/** Compiles matching data into a matcher; all regexes are built here, once. */
export function compileMatcher(data: Partial<Record<EntityKey, MatchingInput>>): Matcher {
  return matcherFrom(compileRegexes(data));
}

/** A matcher over regexes compiled already (the bundled one is compiled at build time: lib/match/default-matcher.ts). */
export function matcherFrom(compiled: CompiledMatcher): Matcher {
  const find = (text: string) => findMentions(compiled, text);
  return compiled.hasWordCores ? { find, wordGate: wordGateOf(compiled.gate) } : { find };
}

/**
 * The regexes behind `compileMatcher`. Every branch starts by consuming a
 * name, and the word-start and prefix rules are lookbehinds after it: a regex
 * that starts with a literal alternation lets V8 skip ahead quickly, while
 * leading lookarounds made the scan about 50× slower. The word boundaries come
 * once, after all branches (the word-start one through a backreference to every
 * name group, only one of which ever takes part): each `[\p{L}\p{M}\p{N}]` costs
 * its own compiled range tree, and with one pair per branch compiling the regex
 * at its first use took 8-14 ms (Firefox, Chromium), a pause in one task (issue 14).
 * Only a branch with suffixes ("Donetsk Oblast") keeps its own. Whose name a
 * match is (another bearer's, a street's) is decided beside each match, by the
 * rules of name-context.ts, not inside this regex.
 */
export function compileRegexes(data: Partial<Record<EntityKey, MatchingInput>>): CompiledMatcher {
  const entries = Object.entries(data).filter((entry): entry is [EntityKey, MatchingInput] => entry[1] !== undefined);
  const branches: Branch[] = [];
  const sources: string[] = [];
  let groupCount = 0;

  for (const [entity, matching] of entries) {
    const nameGroup = ++groupCount;
    let source = `(${alternation(matching.names)})`;
    let prefixGroup: number | undefined;
    const prefixes = matching.prefixes ?? [];
    if (prefixes.length > 0) {
      prefixGroup = ++groupCount;
      // Optional lookbehind (lookarounds cannot take `?`): the prefix branch is tried first, so it wins when it fits.
      source += `(?:(?<=${WORD_START}((?:${alternation(prefixes)})${SPACE})\\${nameGroup})|)`;
    }
    const suffixes = matching.suffixes ?? [];
    // A suffix moves the end past the name, so the name's own word boundaries come before it (after
    // it, the shared ones are met: the text before the end is not the name, nor is a word character next).
    if (suffixes.length > 0) {
      source += `${WORD_END}(?<!${WORD_CHAR}\\${nameGroup})(?:${SPACE}(?:${alternation(suffixes)})${WORD_END})?`;
    }
    branches.push({ entity, isAcronym: false, nameGroup, prefixGroup, context: compileNameContext(matching) });
    sources.push(source);
  }
  // Acronym branches come last so that a name wins any tie.
  const acronyms = new Set<string>();
  for (const [entity, matching] of entries) {
    const entityAcronyms = matching.acronyms ?? [];
    if (entityAcronyms.length === 0) continue;
    for (const acronym of entityAcronyms) acronyms.add(acronym);
    const nameGroup = ++groupCount;
    branches.push({ entity, isAcronym: true, nameGroup, prefixGroup: undefined, context: undefined });
    sources.push(`(${alternation(entityAcronyms.map(asForm))})`);
  }

  // A backreference to a group that took no part matches the empty string: together these are the name matched.
  const wholeName = branches.map((branch) => `\\${branch.nameGroup}`).join('');

  const nameCores = shortestCores(entries.flatMap(([, m]) => m.names.map(({ form }) => form)));
  // Acronyms count only as written, so the gate takes them as written too: a case-blind "DPR"
  // let every "WordPress" (w-o-r-D-P-R-e-s-s) through to the full matcher (the regex modifier group
  // `(?i:…)` needs Chromium 125 and Firefox 132; the manifest asks for more).
  const acronymCores = [...acronyms].filter((acronym) => ![...acronyms].some((other) => other !== acronym && acronym.includes(other)));
  const cores = [...nameCores, ...acronymCores];
  // Over the text with its invisible characters taken out: a gap allowed between every two letters
  // made V8 compile the gate into 83 KB of machine code and run it eight times slower (issue 10).
  const literals = (forms: readonly string[]) => forms.map(literalPattern).join('|');
  return {
    gate: new RegExp(acronymCores.length ? `(?i:${literals(nameCores)})|${literals(acronymCores)}` : `(?i:${literals(nameCores)})`, 'u'),
    combined: new RegExp(`(?:${sources.join('|')})${WORD_END}(?<!${WORD_CHAR}${wholeName})`, 'giu'),
    branches,
    acronyms,
    hasWordCores: cores.every((form) => !/\s/.test(form)),
  };
}

// Every match contains one of its names, so a name containing another ("Донецкая область" ⊃ "Донецк") adds nothing to the gate.
function shortestCores(forms: readonly string[]): string[] {
  const lower = forms.map((form) => form.toLowerCase());
  const isRedundant = (mine: string, i: number) => lower.some((other, j) => j !== i && mine.includes(other) && (other !== mine || j < i));
  return forms.filter((_, i) => !isRedundant(lower[i]!, i));
}

function asForm(form: string): FormSpec {
  return { form };
}
