import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import '../../assets/highlights.css';
import { readSettings, watchSettings } from '../../lib/settings-reader';
import { isFromUs, isMessage, type Message, type PageMentions } from '../../lib/messages';
import { createNotesLifecycle } from '../../lib/session/notes-lifecycle';
import { zeroCounts } from '../../lib/session/start-notes';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let lastCount = -1;
    const send = (message: Message) => browser.runtime.sendMessage(message).catch(() => undefined);
    const lifecycle = createNotesLifecycle(ctx, {
      onCount(count) {
        if (count === lastCount || ctx.isInvalid) return;
        lastCount = count;
        void send({ type: 'mention-count', count });
      },
      onOpenArticle: (entity) => void send({ type: 'open-article', entity }),
    });

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (!isFromUs(sender, browser.runtime.id) || !isMessage(message)) return undefined;
      const session = lifecycle.session;
      if (message.type === 'next-mention') session?.nextMention();
      else if (message.type === 'reveal-entity') session?.reveal(message.entity);
      else if (message.type === 'page-mentions') {
        const counts = session?.counts() ?? zeroCounts();
        const answer: PageMentions = { isActive: lifecycle.isActive, hostname: location.hostname, counts };
        return Promise.resolve(answer);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    lifecycle.apply(await readSettings());
    ctx.onInvalidated(watchSettings((settings) => lifecycle.apply(settings)));
  },
});
