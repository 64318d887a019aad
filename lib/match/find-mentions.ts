import type { Branch, CompiledMatcher } from './compile-matcher';
import type { Mention, MentionKind } from './mention';
import { CONTEXT_CHARS, compactInitials, INITIALS_AFTER, INITIALS_BEFORE, type NameContext } from './name-context';
import { normalizeText } from './normalize-text';

const STRESS_MARK = 0x301;

/** Finds in one run of text, sorted and non-overlapping, with offsets into the text as given. */
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
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  if (context.excludedBefore?.test(before)) return { kind: 'other', lead: 0 };
  if (!context.isSurname) return { kind: 'name', lead: 0 };
  const after = text.slice(end, end + CONTEXT_CHARS);
  if (context.ownNameAfter?.test(after)) return { kind: 'name', lead: 0 };
  if (context.otherBearerAfter?.test(after)) return { kind: 'other', lead: 0 };
  const initialsAfter = INITIALS_AFTER.exec(after)?.[1];
  if (initialsAfter) return { kind: context.ownInitials.has(compactInitials(initialsAfter)) ? 'name' : 'other', lead: 0 };
  const initials = INITIALS_BEFORE.exec(before)?.[1];
  if (initials) {
    return context.ownInitials.has(compactInitials(initials)) ? { kind: 'name', lead: initials.length } : { kind: 'other', lead: 0 };
  }
  if (context.patronymicBefore?.test(before)) return { kind: 'other', lead: 0 };
  if (context.ownTitleBefore?.test(before)) return { kind: 'name', lead: 0 };
  return { kind: 'surname', lead: 0 };
}

function matchedBranch(branches: readonly Branch[], match: RegExpExecArray): Branch {
  for (const branch of branches) if (match[branch.nameGroup] !== undefined) return branch;
  throw new Error('combined regex matched no branch');
}
