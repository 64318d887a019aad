import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { EntityId } from '../summary/schema';
import { isActiveOn, type Settings } from '../settings';
import { cardCss } from '../card/card-css';
import { startNotes, type NotesSession } from './start-notes';

/** Hooks from the lifecycle to the rest of the extension. */
export interface LifecycleHooks {
  onCount(count: number): void;
  onOpenArticle(entity: EntityId): void;
}

/** Turns Fact Notes on and off for this page as settings change. */
export interface NotesLifecycle {
  apply(settings: Settings): Promise<void>;
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
  let starting: Promise<void> | undefined;

  async function start(settings: Settings): Promise<void> {
    const run = new AbortController();
    ctx.onInvalidated(() => run.abort());
    const ui = await createShadowRootUi(ctx, {
      name: 'fact-notes-ui',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: cardCss,
      onMount: (container, shadow) => ({ container, shadow }),
    });
    if (ctx.isInvalid) return;
    ui.mount();
    session = startNotes({ signal: run.signal, ui: ui.mounted!, settings, ...hooks });
    stop = () => {
      run.abort();
      ui.remove();
      session = undefined;
      stop = undefined;
      hooks.onCount(0);
    };
  }

  return {
    async apply(settings) {
      await starting;
      const shouldRun = settings.isEnabled && isActiveOn(settings, location.hostname) && document.body !== null;
      if (shouldRun && !session) {
        starting = start(settings);
        await starting;
        starting = undefined;
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
