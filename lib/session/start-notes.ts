import type { EntityKey } from '../entity-key';
import type { MentionIndex, PageMention } from '../page/page-mention';
import { trackMentions, type MentionTracker } from '../page/mention-tracker';
import { FilteredIndex } from '../page/filtered-index';
import { watchBody } from '../page/watch-body';
import { createPainter, type Painter } from '../paint/painter';
import { createCardController, type CardController } from '../card/card-controller';
import { cardLabels } from '../card/card-labels';
import { t } from '../i18n';
import type { Settings } from '../settings-fields';
import { selectMentions, type MentionSelection } from './select-mentions';
import type { LazyUiHost } from './ui-host';
import type { PageNotes } from './page-notes';

/** What a running session offers the content script's message handlers. */
export interface NotesSession {
  applySettings(settings: Settings): void;
  nextMention(): void;
  reveal(entity: EntityKey): void;
  counts(): Record<EntityKey, number>;
  /** The number of mentions that count (the badge's). */
  count(): number;
}

/** Options for {@link startNotes}. */
export interface StartNotesOptions {
  signal: AbortSignal;
  /** The `<fact-notes-ui>` host, made only when a card first opens. */
  ui: LazyUiHost;
  settings: Settings;
  /** The enabled packs: what to match and what cards show. */
  notes: PageNotes;
  onCount(count: number): void;
  onOpenArticle(entity: EntityKey): void;
  /** A later step failed (setting up painting or cards at the first mention): the caller should stop the run. */
  onFailure(error: unknown): void;
}

/**
 * Runs Fact Notes on this page until `signal` aborts: tracks mentions, paints
 * the marked ones, opens cards on them and reports the count.
 *
 * A page without mentions pays only for the scan (issue 10): the painter and
 * the card controller (its listeners and labels) are made when the first
 * mention is found, the host, card stylesheet, Preact and Floating UI when the
 * first card opens. The tracker comes last, so its first pass finds the rest set up.
 */
export function startNotes({ signal, ui, settings: initial, notes, onCount, onOpenArticle, onFailure }: StartNotesOptions): NotesSession {
  let settings = initial;
  let selection: MentionSelection = { counted: [], marked: [] };
  let painter: Painter | undefined;
  let card: CardController | undefined;
  let marked: FilteredIndex | undefined;
  let tracker: MentionTracker | undefined;
  // Cards look mentions up through whichever tracker follows the current body.
  const current: MentionIndex = { list: () => tracker?.list() ?? [], at: (node, offset) => tracker?.at(node, offset) };

  function setUpMarking(base: MentionIndex): { painter: Painter; card: CardController; marked: FilteredIndex } {
    const index = new FilteredIndex(base);
    // Compiled at build time or by the background; made into objects only now that a card may open.
    const subjects = notes.subjects;
    painter = createPainter(signal);
    painter.setStyle(settings.highlightStyle);
    const paints = painter;
    card = createCardController({
      mountUi: () => {
        const { shadow, container } = ui.get();
        return { root: shadow, container };
      },
      index,
      getSubject: (key) => subjects.find((subject) => subject.key === key),
      signal,
      onOpenArticle,
      getOptions: () => ({ openOn: settings.openOn, theme: settings.theme }),
      onActiveChange: (mention) => paints.setActive(mention),
      labels: cardLabels(t),
      syncAt: (node) => tracker?.syncAt(node),
    });
    marked = index;
    return { painter, card, marked };
  }

  let isRefreshWaiting = false;
  function refresh(): void {
    if (signal.aborted) return;
    // A tracker that publishes before it is returned to us: refresh as soon as it is.
    if (!tracker) return void (isRefreshWaiting = true);
    try {
      show();
    } catch (error) {
      onFailure(error);
    }
  }

  function show(): void {
    const before = selection.marked;
    selection = selectMentions(current.list(), settings);
    if (selection.marked.length > 0 || painter) {
      const parts = painter && card && marked ? { painter, card, marked } : setUpMarking(current);
      parts.marked.set(selection.marked);
      parts.painter.paint(selection.marked);
      const open = parts.card.openMention;
      if (open && !selection.marked.includes(open)) {
        const twin = findTwin(open, before, selection.marked);
        if (twin) parts.card.follow(twin);
        else parts.card.close();
      }
    }
    onCount(selection.counted.length);
  }

  // One tracker per body: a page that swaps its body (Turbo Drive, pjax) gets a fresh one, whose
  // first pass publishes the new body's mentions in place of the old body's (count and marks; an
  // open card follows its twin there or closes).
  let tracking: AbortController | undefined;
  function track(): void {
    tracking?.abort();
    tracker = undefined;
    isRefreshWaiting = false;
    const run = (tracking = new AbortController());
    signal.addEventListener('abort', () => run.abort(), { once: true, signal: run.signal });
    // No body (between swaps): a detached one, whose first pass publishes an empty page.
    const root = document.body ?? document.createElement('body');
    tracker = trackMentions({ root, matcher: notes.matcher(), signal: run.signal, onChange: () => refresh() });
    if (isRefreshWaiting) refresh();
  }
  track();
  watchBody(signal, () => {
    try {
      track();
    } catch (error) {
      onFailure(error);
    }
  });

  return {
    applySettings(next) {
      settings = next;
      // An open card takes a new theme at once; the controller sets it again at each draw.
      const container = ui.current?.container;
      if (container) container.dataset.theme = next.theme;
      painter?.setStyle(next.highlightStyle);
      refresh();
    },
    nextMention: () => void card?.nextMention(),
    reveal(entity) {
      if (!card) return;
      const list = selection.marked;
      const current = card.openMention ? list.indexOf(card.openMention) : -1;
      const after = (m: PageMention, i: number) => i > current && m.entity === entity;
      const target = list.find(after) ?? list.find((m) => m.entity === entity);
      if (target) card.openFromKeyboard(target);
    },
    counts() {
      const counts = zeroCounts(notes);
      for (const mention of selection.counted) counts[mention.entity] = (counts[mention.entity] ?? 0) + 1;
      return counts;
    },
    count: () => selection.counted.length,
  };
}

/** A count of zero for every entity of the enabled packs. */
export function zeroCounts(notes: PageNotes): Record<EntityKey, number> {
  return Object.fromEntries(notes.subjects.map((subject) => [subject.key, 0]));
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
