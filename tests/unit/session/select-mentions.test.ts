// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectMentions } from '../../../lib/session/select-mentions';
import { findTwin } from '../../../lib/session/start-notes';
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
    // Nothing is marked until it is told what is.
    expect(view.list()).toEqual([]);
    expect(view.at(page[1]!.range.startContainer, 0)).toBeUndefined();
    view.set([page[1]!]);
    expect(view.list()).toEqual([page[1]]);
    expect(view.at(page[1]!.range.startContainer, 0)).toBe(page[1]);
    expect(view.at(page[0]!.range.startContainer, 0)).toBeUndefined();
  });
});

describe('findTwin', () => {
  it('finds the re-rendered equal of a mention by its place among equals', () => {
    const before = [mention('witkoff', 'Witkoff'), mention('donetsk', 'Donetsk'), mention('witkoff', 'Witkoff')];
    const after = [mention('witkoff', 'Witkoff'), mention('donetsk', 'Donetsk'), mention('witkoff', 'Witkoff')];
    expect(findTwin(before[2]!, before, after)).toBe(after[2]);
    expect(findTwin(before[1]!, before, after)).toBe(after[1]);
  });

  it('finds none when the text is gone or changed', () => {
    const before = [mention('witkoff', 'Witkoff')];
    expect(findTwin(before[0]!, before, [mention('witkoff', 'Steve Witkoff')])).toBeUndefined();
    expect(findTwin(before[0]!, before, [])).toBeUndefined();
  });
});
