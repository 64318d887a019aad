import { cardSubjects } from 'virtual:fact-notes-card-data';
import { browser } from 'wxt/browser';
import { getDefaultMatcher, lazyMatcher } from '../match/default-matcher';
import type { Matcher } from '../match/mention';
import { isEntityKey } from '../entity-key';
import { COMPILED_NOTES_KEY, COMPILED_NOTES_VERSION } from '../compiled-notes-key';
import type { CompiledNotes, Subject } from '../pack/compile-packs';

/** What a page matches and what its cards show: the enabled packs, ready to use. */
export interface PageNotes {
  /** Built on first call; a session asks once per tracker. */
  matcher(): Matcher;
  readonly subjects: readonly Subject[];
}

let bundled: PageNotes | undefined;

/** The built-in pack as compiled at build time; its subjects are made into objects only when asked for. */
export function bundledNotes(): PageNotes {
  let subjects: Subject[] | undefined;
  return (bundled ??= {
    matcher: getDefaultMatcher,
    get subjects() {
      return (subjects ??= cardSubjects());
    },
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The notes a stored value holds, or why it holds none we can use. The
 * background wrote it (lib/pack/compile-packs.ts output, checked packs only),
 * so this checks only the layout: a bad one means a damaged or a newer one,
 * and the caller falls back to the bundle rather than show nothing.
 */
export function notesFromStorage(value: unknown): PageNotes | string {
  if (!isObject(value) || value.v !== COMPILED_NOTES_VERSION) return 'an unknown layout';
  const { gate, matcher: rest, subjects } = value as unknown as CompiledNotes;
  const isSubject = (subject: Subject) =>
    isObject(subject) && isEntityKey(subject.key) && Array.isArray(subject.notes) && subject.notes.length > 0;
  if (!Array.isArray(subjects) || !subjects.every(isSubject) || (gate === null) !== (subjects.length === 0)) return 'malformed subjects';
  let matcher: Matcher;
  // Decoded now, so a broken gate is found here and not on the first text of a page.
  try {
    matcher = lazyMatcher(gate, () => rest);
  } catch (error) {
    return String(error);
  }
  return { matcher: () => matcher, subjects };
}

/** The notes pages use now: the stored compiled packs when there are any (and they read), else the bundle's. */
export async function readPageNotes(): Promise<PageNotes> {
  try {
    return pageNotesFor((await browser.storage.local.get(COMPILED_NOTES_KEY))[COMPILED_NOTES_KEY]);
  } catch (error) {
    return fallBack(String(error));
  }
}

function pageNotesFor(stored: unknown): PageNotes {
  if (stored === undefined) return bundledNotes();
  const notes = notesFromStorage(stored);
  return typeof notes === 'string' ? fallBack(notes) : notes;
}

function fallBack(reason: string): PageNotes {
  console.warn('Fact Notes: using the built-in notes; the enabled packs could not be read:', reason);
  return bundledNotes();
}

/** Calls `onChange` with the new notes whenever the background compiles the packs again; returns the unwatch. */
export function watchPageNotes(onChange: (notes: PageNotes) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(COMPILED_NOTES_KEY in changes)) return;
    onChange(pageNotesFor(changes[COMPILED_NOTES_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
