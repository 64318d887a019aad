import { browser } from 'wxt/browser';
import { BUILT_IN_PACK_ID, builtInPack } from './built-in.ts';
import { checkPackText } from './check-pack.ts';
import type { PackProblem } from './problems.ts';
import { SLUG_PATTERN, type Pack } from './schema.ts';

// The packs a reader imported, in storage.local (storage.sync allows 8 KB per
// item, a pack is larger). Layout, version 1, shared with the background
// script, which recompiles its matcher when these keys change:
//   `packs:list` → { v: 1, packs: PackEntry[] }  (import order)
//   `pack:<id>`  → the pack file's text exactly as imported
// The built-in pack is never stored; its entry exists once its switch was used.
// Reading never throws and never writes: damage is reported as problems and the
// damaged part skipped. A write repairs what it can without dropping any text.

export const PACK_LIST_KEY = 'packs:list';
export const PACK_LIST_VERSION = 1;
const TEXT_PREFIX = 'pack:';
export const packTextKey = (id: string) => `${TEXT_PREFIX}${id}`;

/** The largest pack text accepted, in UTF-8 bytes: well inside storage.local's quota, so ours is the limit a reader meets. */
export const MAX_PACK_BYTES = 1024 * 1024;

/** One entry of `packs:list`. */
export interface PackEntry {
  id: string;
  enabled: boolean;
  /** ms since the epoch */
  importedAt: number;
  /** UTF-8 length of the stored text (0 for the built-in pack) */
  bytes: number;
}

/** A pack as the options page lists it. */
export interface StoredPack {
  id: string;
  enabled: boolean;
  isBuiltIn: boolean;
  importedAt: number | null;
  bytes: number;
  title: string | null;
  entityCount: number | null;
  /** The checked pack, when its text passes the schema. */
  pack?: Pack;
  /** Non-empty: the pack is damaged and skipped. */
  problems: PackProblem[];
}

/** Everything stored: the packs, and damage to the list that belongs to no pack (a duplicate or unreadable entry). */
export interface PackStoreState {
  packs: StoredPack[];
  problems: PackProblem[];
}

export type ImportResult =
  | { status: 'imported'; pack: Pack }
  | { status: 'invalid'; problems: PackProblem[] }
  | { status: 'exists'; existing: StoredPack }
  | { status: 'failed'; reason: 'too-large' | 'storage'; detail?: string };

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list entry as read: `damaged` names its bad fields (the entry is kept so its pack stays visible). */
interface ReadEntry {
  entry: PackEntry;
  damaged: PackProblem[];
}

interface Snapshot {
  entries: ReadEntry[];
  listProblems: PackProblem[];
  /** Every `pack:<id>` value, by id. */
  texts: Map<string, unknown>;
}

function readEntries(list: unknown): { entries: ReadEntry[]; problems: PackProblem[] } {
  if (list === undefined) return { entries: [], problems: [] };
  if (!isRecord(list) || list.v !== PACK_LIST_VERSION || !Array.isArray(list.packs)) {
    return { entries: [], problems: [{ path: PACK_LIST_KEY, code: 'stored-list-damaged', params: {} }] };
  }
  const entries: ReadEntry[] = [];
  const problems: PackProblem[] = [];
  const seen = new Set<string>();
  list.packs.forEach((raw: unknown, index) => {
    const path = `${PACK_LIST_KEY}.packs[${index}]`;
    if (!isRecord(raw) || typeof raw.id !== 'string' || !SLUG_PATTERN.test(raw.id)) {
      problems.push({ path, code: 'stored-list-damaged', params: {} });
      return;
    }
    const { id } = raw;
    if (seen.has(id)) {
      problems.push({ path, code: 'stored-duplicate', params: { id } });
      return;
    }
    seen.add(id);
    const damaged: PackProblem[] = [];
    const field = (name: string, ok: boolean) => {
      if (!ok) damaged.push({ path: `${path}.${name}`, code: 'stored-list-damaged', params: {} });
      return ok;
    };
    const enabled = field('enabled', typeof raw.enabled === 'boolean') ? (raw.enabled as boolean) : false;
    const importedAt = field('importedAt', typeof raw.importedAt === 'number' && Number.isFinite(raw.importedAt))
      ? (raw.importedAt as number)
      : 0;
    const bytes = field('bytes', Number.isSafeInteger(raw.bytes) && (raw.bytes as number) >= 0) ? (raw.bytes as number) : 0;
    entries.push({ entry: { id, enabled, importedAt, bytes }, damaged });
  });
  return { entries, problems };
}

async function readSnapshot(): Promise<Snapshot> {
  const all = await browser.storage.local.get(null);
  const { entries, problems } = readEntries(all[PACK_LIST_KEY]);
  const texts = new Map<string, unknown>();
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(TEXT_PREFIX)) texts.set(key.slice(TEXT_PREFIX.length), value);
  }
  return { entries, listProblems: problems, texts };
}

function builtInFrom(snapshot: Snapshot, listProblems: PackProblem[]): StoredPack {
  const read = snapshot.entries.find(({ entry }) => entry.id === BUILT_IN_PACK_ID);
  // A damaged switch of the built-in pack counts as no entry: enabled, as on a fresh install.
  if (read?.damaged.length) listProblems.push(...read.damaged);
  const enabled = read && !read.damaged.length ? read.entry.enabled : true;
  const pack = builtInPack();
  if (snapshot.texts.has(BUILT_IN_PACK_ID)) {
    listProblems.push({ path: packTextKey(BUILT_IN_PACK_ID), code: 'reserved-id', params: { id: BUILT_IN_PACK_ID } });
  }
  return {
    id: BUILT_IN_PACK_ID,
    enabled,
    isBuiltIn: true,
    importedAt: null,
    bytes: 0,
    title: pack.article.title,
    entityCount: pack.entities.length,
    pack,
    problems: [],
  };
}

function storedFrom(id: string, text: unknown, entry: PackEntry | null, damaged: PackProblem[]): StoredPack {
  const problems = [...damaged];
  if (!entry) problems.push({ path: packTextKey(id), code: 'stored-unlisted', params: { id } });
  const base = {
    id,
    enabled: entry?.enabled ?? false,
    isBuiltIn: false,
    importedAt: entry ? entry.importedAt || null : null,
    title: null,
    entityCount: null,
  };
  if (typeof text !== 'string') {
    problems.push({ path: packTextKey(id), code: 'stored-text-missing', params: { id } });
    return { ...base, bytes: 0, problems };
  }
  const check = checkPackText(text);
  // Paths inside the text are the pack file's own, as an import would report them.
  problems.push(...check.problems);
  if (check.pack && check.pack.id !== id) {
    problems.push({ path: 'id', code: 'stored-id-mismatch', params: { id: check.pack.id, listed: id } });
  }
  const pack = check.pack;
  return {
    ...base,
    bytes: utf8Length(text),
    title: pack?.article.title ?? null,
    entityCount: pack?.entities.length ?? null,
    ...(pack ? { pack } : {}),
    problems,
  };
}

function stateOf(snapshot: Snapshot): PackStoreState {
  const problems = [...snapshot.listProblems];
  const packs = [builtInFrom(snapshot, problems)];
  const listed = new Set<string>();
  for (const { entry, damaged } of snapshot.entries) {
    if (entry.id === BUILT_IN_PACK_ID) continue;
    listed.add(entry.id);
    packs.push(storedFrom(entry.id, snapshot.texts.get(entry.id), entry, damaged));
  }
  // Texts the list does not name (a write cut short): shown, so they can be exported or removed.
  for (const [id, text] of snapshot.texts) {
    if (id !== BUILT_IN_PACK_ID && !listed.has(id)) packs.push(storedFrom(id, text, null, []));
  }
  return { packs, problems };
}

/** Every pack (built-in first, then import order, then stored texts the list lost) and damage of the list itself. */
export async function readPackStore(): Promise<PackStoreState> {
  return stateOf(await readSnapshot());
}

/** Every pack: built-in first, then in import order. */
export async function listPacks(): Promise<StoredPack[]> {
  return (await readPackStore()).packs;
}

/** The packs to match on pages: enabled and checking clean, built-in first. Never throws (an unreadable store gives the built-in pack). */
export async function readEnabledPacks(): Promise<Pack[]> {
  try {
    const packs = await listPacks();
    return packs.flatMap((stored) => (stored.enabled && stored.problems.length === 0 && stored.pack ? [stored.pack] : []));
  } catch (error) {
    console.warn('Fact Notes: could not read the stored packs; using the built-in one.', error);
    return [builtInPack()];
  }
}

/**
 * The list as a write leaves it: entries whose pack text is gone and unreadable
 * or repeated entries dropped, damaged fields rewritten (a damaged switch is off,
 * so a repaired pack never starts matching unasked). Texts are never touched here.
 */
function repairedEntries(snapshot: Snapshot): PackEntry[] {
  return snapshot.entries.flatMap(({ entry, damaged }) => {
    if (entry.id === BUILT_IN_PACK_ID) return damaged.length ? [] : [{ ...entry, bytes: 0 }];
    const text = snapshot.texts.get(entry.id);
    if (typeof text !== 'string') return [];
    return [{ ...entry, bytes: utf8Length(text) }];
  });
}

// One page's writes run one after another, so two clicks cannot interleave their read-modify-write.
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

const writeList = (packs: PackEntry[]) => browser.storage.local.set({ [PACK_LIST_KEY]: { v: PACK_LIST_VERSION, packs } });

/**
 * Checks and stores a pack file's text. A pack with an id already stored is
 * not replaced unless `replace` is set (the caller asks the reader first); a
 * replaced pack keeps its switch and place in the list. On a storage failure
 * the previous state is left as it was.
 */
export function importPack(text: string, options: { replace?: boolean } = {}): Promise<ImportResult> {
  return serialized(async (): Promise<ImportResult> => {
    const bytes = utf8Length(text);
    if (bytes > MAX_PACK_BYTES) return { status: 'failed', reason: 'too-large', detail: `${bytes} > ${MAX_PACK_BYTES} bytes` };
    const check = checkPackText(text);
    const problems = [...check.problems];
    if (check.pack?.id === BUILT_IN_PACK_ID) problems.unshift({ path: 'id', code: 'reserved-id', params: { id: BUILT_IN_PACK_ID } });
    if (problems.length || !check.pack) return { status: 'invalid', problems };
    const pack = check.pack;

    let snapshot: Snapshot;
    try {
      snapshot = await readSnapshot();
    } catch (error) {
      return { status: 'failed', reason: 'storage', detail: String(error) };
    }
    const existing = stateOf(snapshot).packs.find((stored) => stored.id === pack.id);
    if (existing && !options.replace) return { status: 'exists', existing };

    const key = packTextKey(pack.id);
    const previousText = snapshot.texts.get(pack.id);
    const entries = repairedEntries(snapshot);
    const entry: PackEntry = { id: pack.id, enabled: true, importedAt: Date.now(), bytes };
    const index = entries.findIndex((candidate) => candidate.id === pack.id);
    if (index >= 0) entries[index] = { ...entry, enabled: entries[index]!.enabled };
    else entries.push(entry);

    // Text first, then the list: a list never names a text that was not written.
    try {
      await browser.storage.local.set({ [key]: text });
    } catch (error) {
      return { status: 'failed', reason: 'storage', detail: String(error) };
    }
    try {
      await writeList(entries);
    } catch (error) {
      await (previousText === undefined ? browser.storage.local.remove(key) : browser.storage.local.set({ [key]: previousText })).catch(
        () => undefined,
      );
      return { status: 'failed', reason: 'storage', detail: String(error) };
    }
    return { status: 'imported', pack };
  });
}

/** Switches a pack on or off; the built-in pack gets its entry (first in the list) the first time. */
export function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  return serialized(async () => {
    const snapshot = await readSnapshot();
    const entries = repairedEntries(snapshot);
    const entry = entries.find((candidate) => candidate.id === id);
    if (entry) entry.enabled = enabled;
    else if (id === BUILT_IN_PACK_ID) entries.unshift({ id, enabled, importedAt: 0, bytes: 0 });
    else throw new Error(`Fact Notes: no pack "${id}" is in the list of packs`);
    await writeList(entries);
  });
}

/** Removes a pack's entry and text (also a damaged or unlisted one). The built-in pack cannot be removed. */
export function removePack(id: string): Promise<void> {
  if (id === BUILT_IN_PACK_ID) return Promise.reject(new Error('Fact Notes: the built-in pack cannot be removed, only switched off'));
  return serialized(async () => {
    const snapshot = await readSnapshot();
    const entries = repairedEntries(snapshot).filter((entry) => entry.id !== id);
    const isListed = snapshot.entries.some(({ entry }) => entry.id === id);
    // The list first: cut short after it, the text stays visible as unlisted instead of a listed pack with no text.
    if (isListed) await writeList(entries);
    await browser.storage.local.remove(packTextKey(id));
  });
}

/** A pack's file: the text as imported, byte for byte; the built-in pack as formatted JSON. */
export async function exportPack(id: string): Promise<{ fileName: string; text: string }> {
  const fileName = `${id}.pack.json`;
  if (id === BUILT_IN_PACK_ID) return { fileName, text: `${JSON.stringify(builtInPack(), null, 2)}\n` };
  const key = packTextKey(id);
  const text = (await browser.storage.local.get(key))[key];
  if (typeof text !== 'string') throw new Error(`Fact Notes: no text is stored for pack "${id}"`);
  return { fileName, text };
}
