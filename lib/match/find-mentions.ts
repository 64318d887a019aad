import type { Branch, CompiledMatcher } from './compile-matcher';
import type { Mention } from './mention';
import { normalizeText } from './normalize-text';

/** Mentions in one run of text, sorted and non-overlapping, with offsets into the text as given. */
export function findMentions(compiled: CompiledMatcher, text: string): Mention[] {
  // Almost every text of a page fails this one scan, so it is the fast path.
  if (!compiled.gate.test(text)) return [];
  const normalized = normalizeText(text);
  const searched = normalized?.text ?? text;
  const origins = normalized?.origins;

  const { combined, branches, acronyms } = compiled;
  const mentions: Mention[] = [];
  let previousEnd = 0;
  combined.lastIndex = 0;
  for (let match = combined.exec(searched); match; match = combined.exec(searched)) {
    const branch = matchedBranch(branches, match);
    // The regex is case-insensitive for names; acronyms count only as written (DPR, not dpr).
    if (branch.isAcronym && !acronyms.has(match[0])) continue;
    const prefix = branch.prefixGroup === undefined ? undefined : match[branch.prefixGroup];
    // A prefix sits before the match proper; drop it rather than overlap the previous mention.
    const withPrefix = match.index - (prefix?.length ?? 0);
    const start = withPrefix >= previousEnd ? withPrefix : match.index;
    const end = match.index + match[0].length;
    previousEnd = end;
    const originalStart = origins ? origins[start]! : start;
    const originalEnd = origins ? origins[end - 1]! + 1 : end;
    mentions.push({
      entity: branch.entity,
      start: originalStart,
      end: originalEnd,
      text: text.slice(originalStart, originalEnd),
      isAcronym: branch.isAcronym,
    });
  }
  return mentions;
}

function matchedBranch(branches: readonly Branch[], match: RegExpExecArray): Branch {
  for (const branch of branches) if (match[branch.nameGroup] !== undefined) return branch;
  throw new Error('combined regex matched no branch');
}
