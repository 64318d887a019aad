// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectMentions } from '../../../lib/session/select-mentions';
import { FilteredIndex } from '../../../lib/page/filtered-index';
import type { MentionIndex, PageMention } from '../../../lib/page/page-mention';
import type { EntityId } from '../../../lib/summary/schema';

function mention(entity: EntityId, text: string): PageMention {
  const node = document.createTextNode(text);
  return { entity, text, range: new StaticRange({ startContainer: node, startOffset: 0, endContainer: node, endOffset: text.length }) };
}

const page = [mention('witkoff', 'Witkoff'), mention('donetsk', 'Donetsk'), mention('witkoff', 'Steve Witkoff'), mention('donetsk', 'DPR')];

describe('selectMentions', () => {
  it('counts and marks every mention by default', () => {
    const { counted, marked } = selectMentions(page, { disabledEntities: [], markMode: 'all' });
    expect(counted).toEqual(page);
    expect(marked).toEqual(page);
  });

  it('marks only the first mention of each entity but still counts all', () => {
    const { counted, marked } = selectMentions(page, { disabledEntities: [], markMode: 'first' });
    expect(counted).toHaveLength(4);
    expect(marked.map((m) => m.text)).toEqual(['Witkoff', 'Donetsk']);
  });

  it('drops switched-off entities from both', () => {
    const { counted, marked } = selectMentions(page, { disabledEntities: ['witkoff'], markMode: 'all' });
    expect(counted.map((m) => m.text)).toEqual(['Donetsk', 'DPR']);
    expect(marked).toEqual(counted);
  });
});

describe('FilteredIndex', () => {
  it('answers only for mentions in its subset', () => {
    const base: MentionIndex = { list: () => page, at: (node) => page.find((m) => m.range.startContainer === node) };
    const view = new FilteredIndex(base);
    view.set([page[1]!]);
    expect(view.list()).toEqual([page[1]]);
    expect(view.at(page[1]!.range.startContainer, 0)).toBe(page[1]);
    expect(view.at(page[0]!.range.startContainer, 0)).toBeUndefined();
  });
});
