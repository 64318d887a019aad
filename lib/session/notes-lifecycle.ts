import type { EntityKey } from '../entity-key';
import { isActiveOn, type Settings } from '../settings-fields';
import { cardCss } from '../card/card-css';
import { startNotes, type NotesSession } from './start-notes';
import { createUiHost } from './ui-host';
import type { PageNotes } from './page-notes';

/** What the lifecycle needs of WXT's content-script context. */
export interface LifetimeContext {
  readonly signal: AbortSignal;
  /** True once the extension context is gone (reload, update, disable); reading it may abort `signal`. */
  readonly isInvalid: boolean;
}

/** Hooks from the lifecycle to the rest of the extension. */
export interface LifecycleHooks {
  onCount(count: number): void;
  onOpenArticle(entity: EntityKey): void;
}

/** Turns Fact Notes on and off for this page as settings change. */
export interface NotesLifecycle {
  apply(settings: Settings): void;
  /** The enabled packs changed: a running session starts again with them (its first pass publishes the new count). */
  setNotes(notes: PageNotes): void;
  readonly notes: PageNotes;
  /** The running session, or undefined while the extension is off here. */
  readonly session: NotesSession | undefined;
  readonly isActive: boolean;
}

/**
 * Starts a session when settings allow this page and tears it down (listeners,
 * observers, highlights and the `<fact-notes-ui>` host) when they stop allowing
 * it or the context is invalidated. Nothing is added to the page while the
 * extension is off for it, and a start that throws leaves nothing running.
 */
export function createNotesLifecycle(ctx: LifetimeContext, hooks: LifecycleHooks, initialNotes: PageNotes): NotesLifecycle {
  let session: NotesSession | undefined;
  let stop: (() => void) | undefined;
  let notes = initialNotes;
  let settings: Settings | undefined;

  function start(settings: Settings): void {
    const run = new AbortController();
    // The run ends with the content script, without piling up a listener per start.
    ctx.signal.addEventListener('abort', () => run.abort(), { once: true, signal: run.signal });
    const ui = createUiHost(cardCss, run.signal, () => !ctx.isInvalid);
    stop = () => {
      run.abort();
      session = undefined;
      stop = undefined;
      if (!ctx.signal.aborted) hooks.onCount(0);
    };
    const fail = (error: unknown) => {
      // Whatever the failed start made (host, painter, observer) goes with the run.
      if (stop === stopThis) stop();
      console.warn('Fact Notes stopped on this page:', error);
    };
    const stopThis = stop;
    try {
      session = startNotes({ signal: run.signal, ui, settings, notes, ...hooks, onFailure: fail });
    } catch (error) {
      fail(error);
    }
  }

  function apply(next: Settings): void {
    settings = next;
    if (ctx.isInvalid) return stop?.();
    const shouldRun = isActiveOn(settings, location.hostname) && document.body !== null;
    if (shouldRun && !session) {
      start(settings);
    } else if (!shouldRun && stop) {
      stop();
    } else {
      session?.applySettings(settings);
    }
  }

  return {
    apply,
    setNotes(next) {
      notes = next;
      if (!stop || !settings || ctx.isInvalid) return;
      stop();
      apply(settings);
    },
    get notes() {
      return notes;
    },
    get session() {
      return session;
    },
    get isActive() {
      return session !== undefined;
    },
  };
}
