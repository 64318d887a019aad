import { browser } from 'wxt/browser';
import { COMPILED_NOTES_KEY, COMPILED_NOTES_VERSION } from '../compiled-notes-key';
import { BUILT_IN_PACK_ID } from '../entity-key';
import { compilePacks } from './compile-packs';
import { PACK_LIST_KEY, packTextKey } from './pack-store';
import type { Pack } from './schema';

/** The part of `storage.local` this module writes. */
export interface LocalArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * Compiles the enabled packs for pages, once per change of packs: into
 * `packs:compiled` in `storage.local`, or nothing at all when the built-in
 * pack alone is enabled (pages then use the copy compiled into their bundle,
 * and pay no more for packs than one storage read).
 */
export async function storeCompiledNotes(packs: readonly Pack[], area: LocalArea = browser.storage.local): Promise<void> {
  if (packs.length === 1 && packs[0]!.id === BUILT_IN_PACK_ID) return area.remove(COMPILED_NOTES_KEY);
  await area.set({ [COMPILED_NOTES_KEY]: { v: COMPILED_NOTES_VERSION, ...compilePacks(packs) } });
}

/** Whether a change in `storage.local` touches the stored packs (their list or a pack's text). */
export function touchesPacks(changes: Record<string, unknown>): boolean {
  return Object.keys(changes).some((key) => key === PACK_LIST_KEY || key.startsWith(packTextKey('')));
}

/**
 * Runs `task` once now and again after every call made while it ran (once,
 * however many calls came): a burst of storage changes compiles twice at
 * most, and the last compile sees the last state.
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    try {
      await task();
    } catch (error) {
      console.warn('Fact Notes: could not compile the enabled packs:', error);
    }
    if (again) {
      again = false;
      return run();
    }
    running = undefined;
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    return (running = run());
  };
}
