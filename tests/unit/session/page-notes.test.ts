import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMPILED_NOTES_KEY, COMPILED_NOTES_VERSION } from '../../../lib/compiled-notes-key';
import { builtInPack } from '../../../lib/pack/built-in';
import { checkPack } from '../../../lib/pack/check-pack';
import { compilePacks } from '../../../lib/pack/compile-packs';
import { coalesce, storeCompiledNotes, touchesPacks } from '../../../lib/pack/store-compiled';
import type { Pack } from '../../../lib/pack/schema';
import { bundledNotes, notesFromStorage, readPageNotes, watchPageNotes, type PageNotes } from '../../../lib/session/page-notes';

const root = new URL('../../../', import.meta.url);
const packFile = (path: string): Pack => checkPack(JSON.parse(readFileSync(new URL(path, root), 'utf8'))).pack!;
const harbour = () => packFile('examples/harbour-ferry.pack.json');

const keys = (notes: PageNotes) => notes.subjects.map((subject) => subject.key);
const finds = (notes: PageNotes, text: string) =>
  notes
    .matcher()
    .find(text)
    .map((mention) => mention.entity);

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('the notes pages use', () => {
  it('are the bundle’s while the built-in pack is the only one enabled: nothing is stored', async () => {
    await fakeBrowser.storage.local.set({ [COMPILED_NOTES_KEY]: 'stale' });
    await storeCompiledNotes([builtInPack()]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    const notes = await readPageNotes();
    expect(notes).toBe(bundledNotes());
    expect(keys(notes)).toEqual(['witkoff', 'ushakov', 'donetsk', 'volchansk']);
  });

  it('are the stored compile of every enabled pack otherwise, matching and showing them all', async () => {
    await storeCompiledNotes([builtInPack(), harbour()]);
    const notes = await readPageNotes();
    expect(keys(notes)).toHaveLength(8);
    expect(finds(notes, 'Ines Calloway and Steve Witkoff')).toEqual(['harbour-ferry/ines-calloway', 'witkoff']);

    await storeCompiledNotes([harbour()]);
    expect(finds(await readPageNotes(), 'Ines Calloway and Steve Witkoff')).toEqual(['harbour-ferry/ines-calloway']);
  });

  it('find nothing when no pack is enabled', async () => {
    await storeCompiledNotes([]);
    const notes = await readPageNotes();
    expect(notes.subjects).toEqual([]);
    expect(finds(notes, 'Steve Witkoff in Donetsk')).toEqual([]);
  });

  it('fall back to the bundle, with a warning, when the stored value is damaged or of another layout', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await storeCompiledNotes([harbour()]);
    const good = (await fakeBrowser.storage.local.get(COMPILED_NOTES_KEY))[COMPILED_NOTES_KEY] as Record<string, unknown>;
    const damaged: unknown[] = [
      'text',
      { ...good, v: COMPILED_NOTES_VERSION + 1 },
      { ...good, v: 1 },
      { ...good, subjects: 'none' },
      { ...good, subjects: [{ key: 'Not A Key', notes: [{}] }] },
      { ...good, gate: null },
      { ...good, gate: { $regexp: ['(', 'u'] } },
    ];
    for (const value of damaged) {
      expect(typeof notesFromStorage(value), JSON.stringify(value).slice(0, 80)).toBe('string');
      await fakeBrowser.storage.local.set({ [COMPILED_NOTES_KEY]: value });
      expect(await readPageNotes()).toBe(bundledNotes());
    }
    expect(warn).toHaveBeenCalledTimes(damaged.length);
    expect(String(warn.mock.calls[0]![0])).toMatch(/using the built-in notes/);
  });

  it('follow each compile the background stores, and stop following when unwatched', async () => {
    const seen: string[][] = [];
    const unwatch = watchPageNotes((notes) => seen.push(keys(notes)));
    await storeCompiledNotes([harbour()]);
    await storeCompiledNotes([builtInPack()]);
    await fakeBrowser.storage.local.set({ 'packs:list': { v: 1, packs: [] } });
    unwatch();
    await storeCompiledNotes([harbour()]);
    expect(seen).toEqual([compilePacks([harbour()]).subjects.map((subject) => subject.key), keys(bundledNotes())]);
  });
});

describe('compiling packs in the background', () => {
  it('reacts to changes of the pack list and pack texts only, not to its own output', () => {
    expect(touchesPacks({ 'packs:list': {} })).toBe(true);
    expect(touchesPacks({ 'pack:harbour-ferry': {} })).toBe(true);
    expect(touchesPacks({ [COMPILED_NOTES_KEY]: {} })).toBe(false);
    expect(touchesPacks({ settings: {} })).toBe(false);
  });

  it('runs a burst of requests as one run now and one more after it, which sees the last state', async () => {
    let state = 0;
    const seen: number[] = [];
    let release!: () => void;
    const task = vi.fn(async () => {
      seen.push(state);
      if (seen.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const run = coalesce(task);
    const first = run();
    state = 1;
    void run();
    state = 2;
    const last = run();
    release();
    await Promise.all([first, last]);
    expect(seen).toEqual([0, 2]);
    await run();
    expect(task).toHaveBeenCalledTimes(3);
  });

  it('keeps going after a compile that throws, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const run = coalesce(async () => Promise.reject(new Error('quota')));
    await run();
    expect(String(warn.mock.calls[0]?.[1])).toContain('quota');
  });
});

describe('the notes pages use, when storage.local fails', () => {
  it('are the bundle’s, with a warning that gives the storage error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    expect(await readPageNotes()).toBe(bundledNotes());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![1])).toContain('storage is gone');
  });
});
