/**
 * Calls `onSwap` whenever the document's body is no longer the one it was: Turbo Drive and
 * pjax navigations `pushState`, then replace `<body>` (or the whole `<html>`) with new nodes,
 * which an observer of the old body never hears of. Watches only the children of the
 * document and of its `<html>`, so the page's own edits cost nothing here. Stops when `signal` aborts.
 */
export function watchBody(signal: AbortSignal, onSwap: () => void): void {
  let html: Element | null = null;
  let body = document.body;
  const observer = new MutationObserver(() => {
    if (document.documentElement !== html) watch();
    if (document.body === body) return;
    body = document.body;
    onSwap();
  });
  const watch = () => {
    observer.disconnect();
    html = document.documentElement;
    observer.observe(document, { childList: true });
    if (html) observer.observe(html, { childList: true });
  };
  watch();
  // An AbortSignal aborts once: its listener needs no `once`.
  signal.addEventListener('abort', () => observer.disconnect());
}
