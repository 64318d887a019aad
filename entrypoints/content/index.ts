import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import '../../assets/highlights.css';
import { settingsReader } from '../../lib/settings-storage';
import { isFromUs, isMessage, type Message, type PageMentions } from '../../lib/messages';
import { createNotesLifecycle } from '../../lib/session/notes-lifecycle';
import { watchContext } from '../../lib/session/watch-context';
import { zeroCounts } from '../../lib/session/start-notes';
import { removeHosts } from '../../lib/session/ui-host';
import { bundledNotes, readPageNotes, watchPageNotes, type PageNotes } from '../../lib/session/page-notes';
import { clearHighlights } from '../../lib/paint/painter';
import type { Settings } from '../../lib/settings-fields';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Issue 14: no window.postMessage naming the extension to every page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // A live older instance stopped when `ctx` was made (WXT's script-started event). What is
    // still here is a dead one's: Firefox injects us again after a reload or re-enable but
    // gives the old instance no chance to run, so its marks and open card would stay for good.
    clearLeftovers();
    // A new document's tab starts with no badge (both browsers reset per-tab badge text on
    // navigation), so a page without mentions sends nothing (issue 10: a message costs about 1 ms).
    let lastCount = 0;
    const context = watchContext(ctx);
    // A rejected message with the context gone means this instance is orphaned: stop it.
    const send = (message: Message) => {
      if (ctx.isInvalid) return;
      browser.runtime.sendMessage(message).catch(() => void ctx.isInvalid);
    };
    const publish = (count: number) => {
      lastCount = count;
      send({ type: 'mention-count', count });
    };
    const lifecycle = createNotesLifecycle(
      ctx,
      {
        onCount(count) {
          // Only while something of ours is painted is there anything to clear if the extension goes.
          context.watchWhile(count > 0);
          if (count !== lastCount) publish(count);
        },
        onOpenArticle: (entity) => send({ type: 'open-article', entity }),
      },
      bundledNotes(),
    );

    // Answers through sendResponse, at once: the content script has no polyfill (wxt.config.ts),
    // and a listener returning a promise is not understood by every supported Chromium.
    const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: PageMentions) => void) => {
      if (!isFromUs(sender, browser.runtime.id) || !isMessage(message)) return false;
      const session = lifecycle.session;
      if (message.type === 'next-mention') session?.nextMention();
      else if (message.type === 'reveal-entity') session?.reveal(message.entity);
      else if (message.type === 'page-mentions') {
        const counts = session?.counts() ?? zeroCounts(lifecycle.notes);
        sendResponse({ isActive: lifecycle.isActive, hostname: location.hostname, counts });
      }
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // Back from the back/forward cache: the browser reset the tab's badge, the page kept its state.
    window.addEventListener(
      'pageshow',
      (event) => {
        if (!event.persisted || ctx.isInvalid) return;
        const session = lifecycle.session;
        if (session) publish(session.count());
      },
      { signal: ctx.signal },
    );

    // Watch before reading: a change during the first read must not be lost.
    let latest: Settings | undefined;
    let latestNotes: PageNotes | undefined;
    let isStarted = false;
    ctx.onInvalidated(
      settingsReader.watch((settings) => {
        latest = settings;
        if (isStarted) lifecycle.apply(settings);
      }),
    );
    ctx.onInvalidated(
      watchPageNotes((notes) => {
        latestNotes = notes;
        if (isStarted) lifecycle.setNotes(notes);
      }),
    );
    // Neither rejects: storage that fails gives the defaults (the built-in pack), with a warning.
    const [settings, notes] = await Promise.all([settingsReader.read(), readPageNotes()]);
    // Invalidated (reload, update, disable) while reading: start nothing that no one would stop.
    if (ctx.isInvalid) return;
    isStarted = true;
    lifecycle.setNotes(latestNotes ?? notes);
    lifecycle.apply(latest ?? settings);
  },
});

/** Takes away the highlights and host an instance of ours left on the page. */
function clearLeftovers(): void {
  try {
    clearHighlights();
    removeHosts();
  } catch {
    // A page without the Highlight API, or a hostile one: nothing of ours to clear there.
  }
}
