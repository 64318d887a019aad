/**
 * The extension's one node in the page (contract item 4): `<fact-notes-ui>`,
 * last child of `<html>`, with an open shadow root holding all of our UI.
 *
 * Why not WXT's createShadowRootUi: it brings auto-mount code (wait-element,
 * defu, many-keys-map, isolated-element) that costs ~2.2 KB gzip of the
 * content script's 30 KB budget for features we never use. This does the
 * same three things: host, shadow root, reset-and-styles.
 */

/** Where the card UI lives. */
export interface UiHost {
  shadow: ShadowRoot;
  container: HTMLElement;
}

/** Adds the host to the page until `signal` aborts; puts it back if the page removes it. */
export function mountUiHost(css: string, signal: AbortSignal): UiHost {
  const root = document.documentElement;
  const host = document.createElement('fact-notes-ui');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // `all: initial` on the host stops inherited page styles (fonts, colours) at the boundary.
  style.textContent = `:host{all:initial !important}${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  root.append(host);

  // Some frameworks re-render the whole document and drop nodes they did not make.
  const keeper = new MutationObserver(() => {
    if (!host.isConnected) root.append(host);
  });
  keeper.observe(root, { childList: true });
  signal.addEventListener(
    'abort',
    () => {
      keeper.disconnect();
      host.remove();
    },
    { once: true },
  );
  return { shadow, container };
}
