import { pollFor } from './poll-for.ts';

/**
 * Opens a tab and learns its id. Without the `tabs` permission tabs carry no
 * URL, so the new id is the one that appeared. The first listing is retried:
 * on a loaded machine it once failed while the extension's tab list was in flux.
 */
export async function openWithTabId<Page>(
  allTabIds: () => Promise<number[]>,
  open: () => Promise<Page>,
): Promise<{ page: Page; id: number }> {
  const before = new Set(await pollFor(allTabIds, () => true, 'the extension to list tabs'));
  const page = await open();
  const fresh = await pollFor(
    async () => (await allTabIds()).filter((id) => !before.has(id)),
    (ids) => ids.length === 1,
    'the new tab to get an id',
  );
  return { page, id: fresh[0]! };
}
