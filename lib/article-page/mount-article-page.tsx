import { createRef, render } from 'preact';
import { ArticleView } from '../../components/ArticleView';
import { summary } from '../summary';
import type { EntityId } from '../summary/schema';
import { trackMentions } from '../page/mention-tracker';
import { getDefaultMatcher } from '../match/default-matcher';
import { createPainter } from '../paint/painter';
import { entityFromHash, paragraphFromHash } from './entity-from-hash';
import { paragraphMentions, type ParagraphMention } from './paragraph-mentions';

/**
 * Renders the article page into `container` and keeps it live: the URL hash
 * picks the marked entity, and the same tracker and painter as on web pages
 * find and paint the mentions. Everything stops when `signal` aborts.
 *
 * The view is a plain component; this controller owns the hash, focus and
 * the page's only listeners, re-rendering the view when state changes.
 */
export function mountArticlePage(container: Element, signal: AbortSignal): void {
  const win = container.ownerDocument.defaultView ?? window;
  const textRef = createRef<HTMLDivElement>();
  let mentions: readonly ParagraphMention[] | undefined;
  let marked: EntityId | undefined;

  const update = () =>
    render(
      <ArticleView summary={summary} mentions={mentions} markedEntity={marked} textRef={textRef} onSelectEntity={select} />,
      container,
    );

  /** Scrolls to and focuses what the hash asks for: the entity's first paragraph, or a cited paragraph. */
  const reveal = () => {
    const paragraph = paragraphFromHash(win.location.hash);
    const target =
      paragraph !== undefined
        ? container.querySelector<HTMLElement>(`#p${paragraph}`)
        : marked && container.querySelector<HTMLElement>('.paragraph.is-marked');
    if (!target) return;
    target.scrollIntoView({ block: 'start', behavior: isReducedMotion(win) ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
  };

  const followHash = () => {
    marked = entityFromHash(win.location.hash, marked);
    update();
    reveal();
  };

  function select(id: EntityId | undefined): void {
    if (id === undefined) {
      // Drop the hash without a jump to the top, which `location.hash = ''` would cause.
      win.history.pushState(null, '', win.location.pathname + win.location.search);
      const focused = container.ownerDocument.activeElement;
      marked = undefined;
      update();
      // The "Clear marking" button is gone; keep focus where the reader was, at the top of the text.
      if (!focused?.isConnected) container.querySelector<HTMLElement>('#p1')?.focus({ preventScroll: true });
    } else if (win.location.hash === `#${id}`) {
      // Same hash again fires no hashchange, but the reader still asked to be taken there.
      reveal();
    }
  }

  marked = entityFromHash(win.location.hash, undefined);
  update();
  win.addEventListener('hashchange', followHash, { signal });
  signal.addEventListener('abort', () => render(null, container), { once: true });
  // Give the browser a frame to lay out before scrolling to a paragraph on load.
  win.requestAnimationFrame(reveal);

  const text = textRef.current;
  if (!text) return;
  // Firefox before 140 has no Custom Highlight API: the page still reads, only unpainted.
  const painter = typeof Highlight === 'function' && 'highlights' in CSS ? createPainter(signal) : undefined;
  trackMentions({
    root: text,
    matcher: getDefaultMatcher(),
    signal,
    onChange(found) {
      painter?.paint(found);
      mentions = paragraphMentions(found);
      update();
    },
  });
}

function isReducedMotion(win: Window): boolean {
  return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
