import type { Branch, CompiledMatcher } from './compile-matcher';
import type { Mention, MentionKind } from './mention';
import {
  CONTEXT_CHARS,
  compactInitials,
  hasPhrase,
  initialsAfterPattern,
  initialsBeforePattern,
  INITIALS_CHARS,
  isPatronymic,
  type NameContext,
  wordsAfter,
  wordsBefore,
} from './name-context.ts';
import { normalizeText } from './normalize-text.ts';

const STRESS_MARK = 0x301;

/** Finds in one run of text, sorted and non-overlapping, with offsets into the text as given. */
export function findMentions(compiled: CompiledMatcher, text: string): Mention[] {
  const normalized = normalizeText(text);
  const searched = normalized?.text ?? text;
  // Almost every text of a page fails this one scan, so it is the fast path.
  if (!compiled.gate.test(searched)) return [];
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
    const end = match.index + match[0].length;
    const { kind, lead } = branch.isAcronym
      ? { kind: 'acronym' as const, lead: 0 }
      : classify(branch.context, searched, match.index, end, prefix);
    // What leads the name (a given name, own initials) sits before the match proper; drop it rather than overlap the previous find.
    const withLead = match.index - lead;
    const start = withLead >= previousEnd ? withLead : match.index;
    previousEnd = end;
    const originalStart = origins ? origins[start]! : start;
    let originalEnd = origins ? origins[end - 1]! + 1 : end;
    // A stress mark on the last letter is part of that letter, unlike an invisible character after the word.
    while (text.charCodeAt(originalEnd) === STRESS_MARK) originalEnd++;
    mentions.push({ entity: branch.entity, start: originalStart, end: originalEnd, text: text.slice(originalStart, originalEnd), kind });
  }
  return mentions;
}

/** Whose name a match is, and how many characters before it belong to the mention. */
function classify(
  context: NameContext | undefined,
  text: string,
  start: number,
  end: number,
  prefix: string | undefined,
): { kind: MentionKind; lead: number } {
  if (!context) return { kind: 'name', lead: prefix?.length ?? 0 };
  if (context.excludedAfter?.test(text.slice(end, end + CONTEXT_CHARS))) return { kind: 'other', lead: 0 };
  if (prefix) return { kind: 'name', lead: prefix.length };
  // One word is all most matches need; a longer look only where a listed phrase may end.
  let before = wordsBefore(text, start, 1);
  const last = before[0];
  if (last !== undefined && (context.excluded.tails.has(last) || context.ownTitles.tails.has(last))) {
    before = wordsBefore(text, start, Math.max(context.excluded.maxWords, context.ownTitles.maxWords));
  }
  if (hasPhrase(before, context.excluded, true)) return { kind: 'other', lead: 0 };
  if (!context.isSurname) return { kind: 'name', lead: 0 };
  // Initials end in a dot, right before the name or a space before it.
  const initials = last?.endsWith('.')
    ? initialsBeforePattern().exec(text.slice(Math.max(0, start - INITIALS_CHARS), start))?.[1]
    : undefined;
  if (initials) {
    return context.ownInitials.has(compactInitials(initials)) ? { kind: 'name', lead: initials.length } : { kind: 'other', lead: 0 };
  }
  if (before[0] !== undefined && isPatronymic(before[0], context.patronymicEndings)) return { kind: 'other', lead: 0 };
  if (hasPhrase(before, context.ownTitles, true)) return { kind: 'name', lead: 0 };
  // Surname first, as reference works and lists write names: "Ушаков Юрий Викторович", "Ушаков (Фёдор Фёдорович)", "Ушаков Д. Н.".
  const after = wordsAfter(text, end, context.ownNames.maxWords);
  if (hasPhrase(after, context.ownNames, false)) return { kind: 'name', lead: 0 };
  if (
    after[0] !== undefined &&
    (hasPhrase(after.slice(0, 1), context.excluded, false) || isPatronymic(after[0], context.patronymicEndings))
  ) {
    return { kind: 'other', lead: 0 };
  }
  const initialsAfter = initialsAfterPattern().exec(text.slice(end, end + INITIALS_CHARS))?.[1];
  if (initialsAfter) return { kind: context.ownInitials.has(compactInitials(initialsAfter)) ? 'name' : 'other', lead: 0 };
  return { kind: 'surname', lead: 0 };
}

function matchedBranch(branches: readonly Branch[], match: RegExpExecArray): Branch {
  for (const branch of branches) if (match[branch.nameGroup] !== undefined) return branch;
  throw new Error('combined regex matched no branch');
}
