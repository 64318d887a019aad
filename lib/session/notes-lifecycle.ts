import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EntityId } from '../summary/schema';
import { isActiveOn, type Settings } from '../settings-fields';
import { cardCss } from '../card/card-css';
import { startNotes, type NotesSession } from './start-notes';
import { mountUiHost } from './ui-host';

/** Hooks from the lifecycle to the rest of the extension. */
export interface LifecycleHooks {
  onCount(count: number): void;
  onOpenArticle(entity: EntityId): void;
}

/** Turns Fact Notes on and off for this page as settings change. */
export interface NotesLifecycle {
  apply(settings: Settings): void;
  /** The running session, or undefined while the extension is off here. */
  readonly session: NotesSession | undefined;
  readonly isActive: boolean;
}

/**
 * Starts a session when settings allow this page and tears it down (listeners,
 * observers, highlights and the `<fact-notes-ui>` host) when they stop allowing
 * it. Nothing is added to the page while the extension is off for it.
 */
export function createNotesLifecycle(ctx: ContentScriptContext, hooks: LifecycleHooks): NotesLifecycle {
  let session: NotesSession | undefined;
  let stop: (() => void) | undefined;

  function start(settings: Settings): void {
    const run = new AbortController();
    // The run ends with the content script, without piling up a listener per start.
    ctx.signal.addEventListener('abort', () => run.abort(), { once: true, signal: run.signal });
    const ui = mountUiHost(cardCss, run.signal);
    session = startNotes({ signal: run.signal, ui, settings, ...hooks });
    stop = () => {
      run.abort();
      session = undefined;
      stop = undefined;
      hooks.onCount(0);
    };
  }

  return {
    apply(settings) {
      const shouldRun = isActiveOn(settings, location.hostname) && document.body !== null;
      if (shouldRun && !session) {
        start(settings);
      } else if (!shouldRun && stop) {
        stop();
      } else {
        session?.applySettings(settings);
      }
    },
    get session() {
      return session;
    },
    get isActive() {
      return session !== undefined;
    },
  };
}
