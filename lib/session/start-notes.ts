import type { EntityId } from '../summary/schema';
import { entityIds } from '../summary/entity-ids';
import { articleSource, entityById } from '../summary/index';
import type { PageMention } from '../page/page-mention';
import { trackMentions } from '../page/mention-tracker';
import { FilteredIndex } from '../page/filtered-index';
import { getDefaultMatcher } from '../match/default-matcher';
import { createPainter } from '../paint/painter';
import { createCardController } from '../card/card-controller';
import { cardLabels } from '../card/card-labels';
import { t } from '../i18n';
import type { Settings } from '../settings-fields';
import { selectMentions, type MentionSelection } from './select-mentions';
import type { UiHost } from './ui-host';

/** What a running session offers the content script's message handlers. */
export interface NotesSession {
  applySettings(settings: Settings): void;
  nextMention(): void;
  reveal(entity: EntityId): void;
  counts(): Record<EntityId, number>;
}

/** Options for {@link startNotes}. */
export interface StartNotesOptions {
  signal: AbortSignal;
  ui: UiHost;
  settings: Settings;
  onCount(count: number): void;
  onOpenArticle(entity: EntityId): void;
}

/**
 * Runs Fact Notes on this page until `signal` aborts: tracks mentions, paints
 * the marked ones, opens cards on them and reports the count.
 */
export function startNotes({ signal, ui, settings: initial, onCount, onOpenArticle }: StartNotesOptions): NotesSession {
  let settings = initial;
  let selection: MentionSelection = { counted: [], marked: [] };
  const painter = createPainter(signal);
  painter.setStyle(settings.highlightStyle);
  const tracker = trackMentions({ root: document.body, matcher: getDefaultMatcher(), signal, onChange: () => refresh() });
  const marked = new FilteredIndex(tracker);
  const card = createCardController({
    root: ui.shadow,
    container: ui.container,
    index: marked,
    getEntity: entityById,
    article: articleSource,
    signal,
    onOpenArticle,
    getOptions: () => ({ openOn: settings.openOn, theme: settings.theme }),
    onActiveChange: (mention) => painter.setActive(mention),
    labels: cardLabels(t),
    syncAt: (node) => tracker.syncAt(node),
  });

  function refresh(): void {
    const before = selection.marked;
    selection = selectMentions(tracker.list(), settings);
    marked.set(selection.marked);
    painter.paint(selection.marked);
    const open = card.openMention;
    if (open && !selection.marked.includes(open)) {
      const twin = findTwin(open, before, selection.marked);
      if (twin) card.follow(twin);
      else card.close();
    }
    onCount(selection.counted.length);
  }

  return {
    applySettings(next) {
      settings = next;
      // An open card takes a new theme at once; the controller sets it again at each draw.
      ui.container.dataset.theme = next.theme;
      painter.setStyle(next.highlightStyle);
      refresh();
    },
    nextMention: () => void card.nextMention(),
    reveal(entity) {
      const list = selection.marked;
      const current = card.openMention ? list.indexOf(card.openMention) : -1;
      const after = (m: PageMention, i: number) => i > current && m.entity === entity;
      const target = list.find(after) ?? list.find((m) => m.entity === entity);
      if (target) card.openFromKeyboard(target);
    },
    counts() {
      const counts = zeroCounts();
      for (const mention of selection.counted) counts[mention.entity]++;
      return counts;
    },
  };
}

/** A count of zero for every entity. */
export function zeroCounts(): Record<EntityId, number> {
  return Object.fromEntries(entityIds.map((id) => [id, 0])) as Record<EntityId, number>;
}

/**
 * The mention in `after` that stands for `mention` from `before` when a page
 * re-renders identical text into new nodes (React and friends): the same
 * entity and text, at the same place among its equals.
 */
export function findTwin(mention: PageMention, before: readonly PageMention[], after: readonly PageMention[]): PageMention | undefined {
  const isEqual = (other: PageMention) => other.entity === mention.entity && other.text === mention.text;
  const ordinal = before.filter(isEqual).indexOf(mention);
  return ordinal < 0 ? undefined : after.filter(isEqual)[ordinal];
}
