/** Where the last opened item stood: the item itself and its position in the list then. */
export interface LastVisit<T> {
  item: T;
  position: number;
}

/**
 * The item after `last` in `list`, wrapping around; the first item when nothing
 * was visited. If `last` is gone (the tracker replaced a mention whose text
 * changed), it resumes from the position `last` had.
 */
export function nextMention<T>(list: readonly T[], last: LastVisit<T> | undefined): T | undefined {
  if (list.length === 0) return undefined;
  let position = last ? list.indexOf(last.item) : -1;
  if (position === -1 && last) position = Math.min(last.position, list.length) - 1;
  return list[(position + 1) % list.length];
}
