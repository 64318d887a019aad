import { toLiveRange } from '../page/page-mention';

/**
 * A live Range for a mention's static one, or undefined when the static range
 * is stale: the tracker replaces mentions whose text changed, but until then a
 * static range may point past the end of its shortened text node.
 */
export function tryLiveRange(range: AbstractRange): Range | undefined {
  try {
    return toLiveRange(range);
  } catch {
    return undefined;
  }
}
