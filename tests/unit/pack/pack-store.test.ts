import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILT_IN_PACK_ID, builtInPack } from '../../../lib/pack/built-in.ts';
import {
  MAX_PACK_BYTES,
  PACK_LIST_KEY,
  exportPack,
  importPack,
  listPacks,
  packTextKey,
  readEnabledPacks,
  readPackStore,
  removePack,
  setPackEnabled,
  type StoredPack,
} from '../../../lib/pack/pack-store.ts';
import { examplePackPath, mutated } from './fixtures.ts';

// The pack store over WXT's fakeBrowser storage.local: the layout the
// background script reads (packs:list + pack:<id>), and that nothing a
// reader imports, or finds damaged in storage, is lost or throws.

// The example file as committed: its own formatting, so byte-for-byte export is tested on an author's file.
const EXAMPLE = readFileSync(examplePackPath, 'utf8');
const EXAMPLE_ID = 'harbour-ferry';
const EXAMPLE_TITLE = 'Port Mellick council cuts winter ferries to Skellin Island; the operator says it was not consulted';
/** The example under another id, written compactly (a different text for the same notes). */
const other = (id: string) => JSON.stringify(mutated((pack) => (pack.id = id)));

const stored = () => fakeBrowser.storage.local.get(null);
const put = (items: Record<string, unknown>) => fakeBrowser.storage.local.set(items);
const ids = (packs: readonly StoredPack[]) => packs.map((pack) => pack.id);
const codes = (pack: StoredPack | undefined) => pack?.problems.map((problem) => problem.code);
const find = async (id: string) => (await listPacks()).find((pack) => pack.id === id);
const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a fresh install', () => {
  it('lists the built-in pack alone, enabled, and stores nothing', async () => {
    const packs = await listPacks();
    expect(packs).toHaveLength(1);
    expect(packs[0]).toMatchObject({ id: BUILT_IN_PACK_ID, isBuiltIn: true, enabled: true, bytes: 0, importedAt: null, problems: [] });
    expect(packs[0]!.entityCount).toBe(builtInPack().entities.length);
    expect(await readEnabledPacks()).toEqual([builtInPack()]);
    expect(await stored()).toEqual({});
  });
});

describe('importPack', () => {
  it('stores a good pack as text plus a list entry, and lists it with title, entities and size', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    const result = await importPack(EXAMPLE);
    expect(result).toMatchObject({ status: 'imported', pack: { id: EXAMPLE_ID } });
    expect(await stored()).toEqual({
      [packTextKey(EXAMPLE_ID)]: EXAMPLE,
      [PACK_LIST_KEY]: { v: 1, packs: [{ id: EXAMPLE_ID, enabled: true, importedAt: 1_700_000_000_000, bytes: utf8(EXAMPLE) }] },
    });
    const pack = await find(EXAMPLE_ID);
    expect(pack).toMatchObject({
      isBuiltIn: false,
      enabled: true,
      title: EXAMPLE_TITLE,
      entityCount: 4,
      bytes: utf8(EXAMPLE),
      problems: [],
    });
    expect((await readEnabledPacks()).map((p) => p.id)).toEqual([BUILT_IN_PACK_ID, EXAMPLE_ID]);
  });

  it('refuses a pack that fails the schema or grounding, with every problem, and stores nothing', async () => {
    const bad = JSON.stringify(
      mutated((pack) => {
        pack.entities[0]!.facts[0]!.quote = 'words the article never printed';
        (pack.article as Record<string, unknown>).nickname = 'x';
      }),
    );
    const result = await importPack(bad);
    expect(result.status).toBe('invalid');
    expect(result.status === 'invalid' && result.problems.map(({ path, code }) => `${path} ${code}`)).toEqual([
      'article.nickname unknown-key',
    ]);
    const grounding = await importPack(
      JSON.stringify(mutated((pack) => (pack.entities[0]!.facts[0]!.quote = 'words the article never printed'))),
    );
    expect(grounding.status === 'invalid' && grounding.problems.map(({ path, code }) => `${path} ${code}`)).toEqual([
      'entities[0].facts[0].quote quote-not-verbatim',
    ]);
    expect(await importPack('{"format": "fact-notes-pack",')).toMatchObject({ status: 'invalid', problems: [{ code: 'not-json' }] });
    expect(await stored()).toEqual({});
  });

  it('refuses the reserved id built-in as a problem at `id`', async () => {
    const result = await importPack(other(BUILT_IN_PACK_ID));
    expect(result).toEqual({ status: 'invalid', problems: [{ path: 'id', code: 'reserved-id', params: { id: BUILT_IN_PACK_ID } }] });
    expect(await stored()).toEqual({});
  });

  it('refuses text over the size limit before parsing it', async () => {
    const huge = EXAMPLE.replace('{', `{${' '.repeat(MAX_PACK_BYTES)}`);
    expect(await importPack(huge)).toMatchObject({ status: 'failed', reason: 'too-large' });
    // The limit counts UTF-8 bytes, not UTF-16 units: Cyrillic padding is twice its length.
    const cyrillic = EXAMPLE.replace('{', `{"x": "${'д'.repeat(MAX_PACK_BYTES / 2)}",`);
    expect(cyrillic.length).toBeLessThan(MAX_PACK_BYTES + 1000);
    expect(await importPack(cyrillic)).toMatchObject({ status: 'failed', reason: 'too-large' });
    expect(await stored()).toEqual({});
  });

  it('asks before replacing a pack with the same id, and replaces only when told', async () => {
    await importPack(EXAMPLE);
    const before = await stored();
    const again = await importPack(other(EXAMPLE_ID));
    expect(again).toMatchObject({ status: 'exists', existing: { id: EXAMPLE_ID, title: EXAMPLE_TITLE, entityCount: 4 } });
    expect(await stored()).toEqual(before);
    expect(await importPack(other(EXAMPLE_ID), { replace: true })).toMatchObject({ status: 'imported' });
    expect((await stored())[packTextKey(EXAMPLE_ID)]).toBe(other(EXAMPLE_ID));
  });

  it('keeps a replaced pack’s switch and place in the list', async () => {
    await importPack(EXAMPLE);
    await importPack(other('second-pack'));
    await setPackEnabled(EXAMPLE_ID, false);
    await importPack(other(EXAMPLE_ID), { replace: true });
    const packs = await listPacks();
    expect(ids(packs)).toEqual([BUILT_IN_PACK_ID, EXAMPLE_ID, 'second-pack']);
    expect(packs[1]).toMatchObject({ enabled: false, bytes: utf8(other(EXAMPLE_ID)) });
  });

  it('leaves everything as it was when the text cannot be written', async () => {
    await importPack(EXAMPLE);
    const before = await stored();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await importPack(other('second-pack'))).toMatchObject({
      status: 'failed',
      reason: 'storage',
      detail: expect.stringContaining('QUOTA'),
    });
    expect(await importPack(other(EXAMPLE_ID), { replace: true })).toMatchObject({ status: 'failed', reason: 'storage' });
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    expect(await stored()).toEqual(before);
  });

  it('takes the text back when the list cannot be written after it', async () => {
    await importPack(EXAMPLE);
    const before = await stored();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (PACK_LIST_KEY in items) throw new Error('QUOTA_BYTES quota exceeded');
      await set(items);
    });
    expect(await importPack(other('second-pack'))).toMatchObject({ status: 'failed', reason: 'storage' });
    expect(await importPack(other(EXAMPLE_ID), { replace: true })).toMatchObject({ status: 'failed', reason: 'storage' });
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    expect(await stored()).toEqual(before);
  });
});

describe('list, switch, remove', () => {
  it('lists the built-in pack first, then in import order, whatever the list says', async () => {
    await importPack(other('zebra-pack'));
    await importPack(EXAMPLE);
    await setPackEnabled(BUILT_IN_PACK_ID, false);
    expect((await stored())[PACK_LIST_KEY]).toMatchObject({
      packs: [{ id: BUILT_IN_PACK_ID, bytes: 0 }, { id: 'zebra-pack' }, { id: EXAMPLE_ID }],
    });
    await put({
      [PACK_LIST_KEY]: {
        v: 1,
        packs: [
          ...((await stored())[PACK_LIST_KEY] as { packs: unknown[] }).packs.slice(1),
          { id: BUILT_IN_PACK_ID, enabled: false, importedAt: 0, bytes: 0 },
        ],
      },
    });
    expect(ids(await listPacks())).toEqual([BUILT_IN_PACK_ID, 'zebra-pack', EXAMPLE_ID]);
  });

  it('switches packs off and on, the built-in one too; only enabled packs are read for matching', async () => {
    await importPack(EXAMPLE);
    await setPackEnabled(BUILT_IN_PACK_ID, false);
    expect((await readEnabledPacks()).map((pack) => pack.id)).toEqual([EXAMPLE_ID]);
    await setPackEnabled(EXAMPLE_ID, false);
    expect(await readEnabledPacks()).toEqual([]);
    expect((await listPacks()).map((pack) => pack.enabled)).toEqual([false, false]);
    await setPackEnabled(BUILT_IN_PACK_ID, true);
    await setPackEnabled(EXAMPLE_ID, true);
    expect((await readEnabledPacks()).map((pack) => pack.id)).toEqual([BUILT_IN_PACK_ID, EXAMPLE_ID]);
  });

  it('rejects switching a pack that is not stored', async () => {
    await expect(setPackEnabled('no-such-pack', true)).rejects.toThrow(/no-such-pack/);
    expect(await stored()).toEqual({});
  });

  it('removes a pack’s text and entry, leaving the others', async () => {
    await importPack(EXAMPLE);
    await importPack(other('second-pack'));
    await removePack(EXAMPLE_ID);
    const left = await stored();
    expect(Object.keys(left).sort()).toEqual([packTextKey('second-pack'), PACK_LIST_KEY]);
    expect(left[PACK_LIST_KEY]).toMatchObject({ packs: [{ id: 'second-pack' }] });
    await removePack('second-pack');
    expect(await stored()).toEqual({ [PACK_LIST_KEY]: { v: 1, packs: [] } });
  });

  it('will not remove the built-in pack, with a clear error', async () => {
    await expect(removePack(BUILT_IN_PACK_ID)).rejects.toThrow('the built-in pack cannot be removed');
    expect(ids(await listPacks())).toEqual([BUILT_IN_PACK_ID]);
  });
});

describe('exportPack', () => {
  it('gives back the imported file byte for byte, named after its id', async () => {
    await importPack(EXAMPLE);
    expect(await exportPack(EXAMPLE_ID)).toEqual({ fileName: 'harbour-ferry.pack.json', text: EXAMPLE });
  });

  it('writes the built-in pack as formatted JSON that imports under another id', async () => {
    const { fileName, text } = await exportPack(BUILT_IN_PACK_ID);
    expect(fileName).toBe('built-in.pack.json');
    expect(text).toBe(`${JSON.stringify(builtInPack(), null, 2)}\n`);
    expect(await importPack(text)).toMatchObject({ status: 'invalid', problems: [{ code: 'reserved-id' }] });
    expect(await importPack(text.replace('"id": "built-in"', '"id": "my-copy"'))).toMatchObject({ status: 'imported' });
  });

  it('rejects a pack with no stored text', async () => {
    await expect(exportPack('no-such-pack')).rejects.toThrow(/no-such-pack/);
  });
});

describe('damaged storage is reported and skipped, never thrown', () => {
  const good = async () => {
    await importPack(EXAMPLE);
    return (await stored())[PACK_LIST_KEY] as { v: 1; packs: Record<string, unknown>[] };
  };

  it.each([
    ['a string', 'oops'],
    ['another version', { v: 2, packs: [] }],
    ['packs not an array', { v: 1, packs: {} }],
  ])('a list that is %s: damaged, its texts still shown as unlisted', async (_name, list) => {
    await good();
    await put({ [PACK_LIST_KEY]: list });
    const state = await readPackStore();
    expect(state.problems).toEqual([{ path: PACK_LIST_KEY, code: 'stored-list-damaged', params: {} }]);
    expect(ids(state.packs)).toEqual([BUILT_IN_PACK_ID, EXAMPLE_ID]);
    expect(codes(state.packs[1])).toEqual(['stored-unlisted']);
    expect((await readEnabledPacks()).map((pack) => pack.id)).toEqual([BUILT_IN_PACK_ID]);
  });

  it('an unreadable entry and a duplicate entry: reported, skipped, dropped on the next write', async () => {
    await good();
    await importPack(other('second-pack'));
    const entries = ((await stored())[PACK_LIST_KEY] as { packs: Record<string, unknown>[] }).packs;
    await put({ [PACK_LIST_KEY]: { v: 1, packs: [entries[0], 42, { id: 'Not A Slug' }, { ...entries[0], enabled: false }, entries[1]] } });
    const state = await readPackStore();
    expect(state.problems.map(({ path, code }) => `${path} ${code}`)).toEqual([
      'packs:list.packs[1] stored-list-damaged',
      'packs:list.packs[2] stored-list-damaged',
      'packs:list.packs[3] stored-duplicate',
    ]);
    expect(ids(state.packs)).toEqual([BUILT_IN_PACK_ID, EXAMPLE_ID, 'second-pack']);
    expect(state.packs.every((pack) => pack.problems.length === 0)).toBe(true);
    expect(state.packs[1]!.enabled).toBe(true);
    await setPackEnabled('second-pack', false);
    expect((await stored())[PACK_LIST_KEY]).toEqual({ v: 1, packs: [entries[0], { ...entries[1], enabled: false }] });
    expect((await readPackStore()).problems).toEqual([]);
  });

  it('an entry with fields of the wrong type: that pack is damaged and skipped; a write repairs it switched off', async () => {
    const list = await good();
    await put({ [PACK_LIST_KEY]: { v: 1, packs: [{ ...list.packs[0], enabled: 'yes', bytes: -1 }] } });
    const pack = await find(EXAMPLE_ID);
    expect(pack?.problems.map((problem) => problem.path)).toEqual(['packs:list.packs[0].enabled', 'packs:list.packs[0].bytes']);
    expect(pack?.title).toBe(EXAMPLE_TITLE);
    expect((await readEnabledPacks()).map((p) => p.id)).toEqual([BUILT_IN_PACK_ID]);
    await setPackEnabled(BUILT_IN_PACK_ID, true);
    expect((await stored())[PACK_LIST_KEY]).toEqual({
      v: 1,
      packs: [
        { id: BUILT_IN_PACK_ID, enabled: true, importedAt: 0, bytes: 0 },
        { ...list.packs[0], enabled: false, bytes: utf8(EXAMPLE) },
      ],
    });
    expect(await find(EXAMPLE_ID)).toMatchObject({ enabled: false, problems: [] });
  });

  it('a listed pack with no text, or text that is not a string: damaged; a write drops the entry but not the value', async () => {
    const list = await good();
    await importPack(other('second-pack'));
    await fakeBrowser.storage.local.remove(packTextKey(EXAMPLE_ID));
    await put({ [packTextKey('second-pack')]: { not: 'text' } });
    const packs = await listPacks();
    expect(packs.slice(1).map((pack) => [pack.id, codes(pack)])).toEqual([
      [EXAMPLE_ID, ['stored-text-missing']],
      ['second-pack', ['stored-text-missing']],
    ]);
    expect((await readEnabledPacks()).map((p) => p.id)).toEqual([BUILT_IN_PACK_ID]);
    await setPackEnabled(BUILT_IN_PACK_ID, false);
    expect((await stored())[PACK_LIST_KEY]).toEqual({ v: 1, packs: [{ id: BUILT_IN_PACK_ID, enabled: false, importedAt: 0, bytes: 0 }] });
    expect((await stored())[packTextKey('second-pack')]).toEqual({ not: 'text' });
    expect(list.packs).toHaveLength(1);
  });

  it('a text that no longer checks: listed with its problems and skipped; the others keep working', async () => {
    await good();
    await importPack(other('second-pack'));
    const broken = EXAMPLE.replace('"quote": "', '"quote": "not the article: ');
    await put({ [packTextKey(EXAMPLE_ID)]: broken });
    const pack = await find(EXAMPLE_ID);
    expect(pack?.title).toBe(EXAMPLE_TITLE);
    expect(new Set(codes(pack))).toEqual(new Set(['quote-not-verbatim']));
    expect((await readEnabledPacks()).map((p) => p.id)).toEqual([BUILT_IN_PACK_ID, 'second-pack']);
    await put({ [packTextKey(EXAMPLE_ID)]: '{ not json' });
    expect(await find(EXAMPLE_ID)).toMatchObject({ title: null, entityCount: null, problems: [{ code: 'not-json' }] });
    expect(await exportPack(EXAMPLE_ID)).toEqual({ fileName: 'harbour-ferry.pack.json', text: '{ not json' });
  });

  it('a text stored under another pack’s id: damaged and skipped', async () => {
    await good();
    await put({ [packTextKey(EXAMPLE_ID)]: other('mayor-okafor') });
    expect(codes(await find(EXAMPLE_ID))).toEqual(['stored-id-mismatch']);
    expect((await readEnabledPacks()).map((p) => p.id)).toEqual([BUILT_IN_PACK_ID]);
  });

  it('a text the list does not name: shown as unlisted, removable, and an import of its id asks first', async () => {
    await put({ [packTextKey(EXAMPLE_ID)]: EXAMPLE });
    const pack = await find(EXAMPLE_ID);
    expect(pack).toMatchObject({ enabled: false, importedAt: null, title: EXAMPLE_TITLE, bytes: utf8(EXAMPLE) });
    expect(codes(pack)).toEqual(['stored-unlisted']);
    expect(await importPack(EXAMPLE)).toMatchObject({ status: 'exists' });
    expect(await importPack(EXAMPLE, { replace: true })).toMatchObject({ status: 'imported' });
    expect(await find(EXAMPLE_ID)).toMatchObject({ enabled: true, problems: [] });
    await put({ [packTextKey('second-pack')]: other('second-pack') });
    await removePack('second-pack');
    expect(Object.keys(await stored()).sort()).toEqual([packTextKey(EXAMPLE_ID), PACK_LIST_KEY]);
  });

  it('a damaged built-in entry counts as none (enabled), and a stored built-in text is reported, not used', async () => {
    await put({
      [PACK_LIST_KEY]: { v: 1, packs: [{ id: BUILT_IN_PACK_ID, enabled: 'off', importedAt: 0, bytes: 0 }] },
      [packTextKey(BUILT_IN_PACK_ID)]: 'anything',
    });
    const state = await readPackStore();
    expect(state.problems.map(({ path, code }) => `${path} ${code}`)).toEqual([
      'packs:list.packs[0].enabled stored-list-damaged',
      'pack:built-in reserved-id',
    ]);
    expect(ids(state.packs)).toEqual([BUILT_IN_PACK_ID]);
    expect(await readEnabledPacks()).toEqual([builtInPack()]);
  });

  it('readEnabledPacks gives the built-in pack when storage cannot be read at all', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    expect(await readEnabledPacks()).toEqual([builtInPack()]);
  });
});
