/**
 * The extension's one node in the page (contract item 4): `<fact-notes-ui>`,
 * last child of `<html>`, with an open shadow root holding all of our UI.
 * Made on first need (the first card), never on a page without mentions.
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

/** A host made on first use. */
export interface LazyUiHost {
  /** The host, made now if needed and put back if the page removed it. */
  get(): UiHost;
  /** The host if it was made, without making it. */
  readonly current: UiHost | undefined;
}

/** How often the keeper puts the host back after the page removes it, before it waits for the next {@link LazyUiHost.get}. */
export const MAX_READDS = 3;
const HOST = 'fact-notes-ui';

/**
 * A host for this run that leaves when `signal` aborts. If the page removes it, a
 * keeper puts it back a few times, each in a task of its own (never in the same
 * microtask checkpoint, so a page observer that prunes unknown nodes cannot
 * ping-pong with it), then waits for the next real need. Nothing here throws into the page.
 */
export function createUiHost(css: string, signal: AbortSignal, isLive: () => boolean = () => true): LazyUiHost {
  let made: { ui: UiHost; host: HTMLElement; keeper: MutationObserver } | undefined;
  let readds = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const attach = (host: HTMLElement, keeper: MutationObserver) => {
    const root = document.documentElement;
    removeHosts(host);
    if (host.parentNode !== root) root.append(host);
    keeper.disconnect();
    keeper.observe(root, { childList: true });
  };

  const readd = () => {
    pending = undefined;
    if (signal.aborted || !made || made.host.isConnected) return;
    try {
      readds++;
      attach(made.host, made.keeper);
      if (readds >= MAX_READDS) made.keeper.disconnect();
    } catch {
      // A page can make appending throw (a hostile prototype); the card is then unavailable here, quietly.
    }
  };

  function make(): NonNullable<typeof made> {
    const host = document.createElement(HOST);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    // `all: initial` on the host stops inherited page styles (fonts, colours) at the boundary.
    style.textContent = `:host{all:initial !important}${css}`;
    const container = document.createElement('div');
    shadow.append(style, container);
    // Some frameworks re-render the whole document and drop nodes they did not make.
    const keeper = new MutationObserver(() => {
      // isLive may abort `signal` (an invalidated extension context): checked before anything else.
      if (!made || made.host.isConnected || pending !== undefined || !isLive() || signal.aborted) return;
      pending = setTimeout(readd, 0);
    });
    signal.addEventListener(
      'abort',
      () => {
        keeper.disconnect();
        clearTimeout(pending);
        host.remove();
      },
      { once: true },
    );
    return { ui: { shadow, container }, host, keeper };
  }

  return {
    get() {
      made ??= make();
      if (!signal.aborted && !made.host.isConnected) {
        // A real need: the keeper starts counting afresh.
        readds = 0;
        attach(made.host, made.keeper);
      }
      return made.ui;
    },
    get current() {
      return made?.ui;
    },
  };
}

/**
 * Removes every `<fact-notes-ui>` from the page but `keep`: a host left by an
 * instance whose context is gone (extension reload, update or disable) is ours to clear.
 */
export function removeHosts(keep?: Element): void {
  // Every page load asks: <html> has a handful of children, where a selector query costs a parse.
  for (const stale of [...document.documentElement.children]) if (stale.localName === HOST && stale !== keep) stale.remove();
}

/** Adds the host to the page now, until `signal` aborts. */
export function mountUiHost(css: string, signal: AbortSignal): UiHost {
  return createUiHost(css, signal).get();
}
