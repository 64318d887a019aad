import type { Plugin } from 'vite';
import { builtInPack } from '../lib/pack/built-in.ts';
import { compilePacks } from '../lib/pack/compile-packs.ts';

/** The module lib/match/default-matcher.ts imports the build-time matcher from. */
export const PRECOMPILED_MATCHER_ID = 'virtual:fact-notes-precompiled-matcher';
/** The module the content script takes the cards' data from. */
export const CARD_DATA_ID = 'virtual:fact-notes-card-data';

/**
 * The built-in pack compiled as the background compiles any choice of packs
 * (lib/pack/compile-packs.ts): pages without imported packs read it from the
 * bundle instead of from storage.
 */
const builtIn = () => compilePacks([builtInPack()]);

const modules: Record<string, () => string> = {
  // Functions, not values: a literal inside a function is parsed lazily and built only when first needed.
  // The gate apart from the rest: a page whose text never passes the gate never builds the rest.
  [PRECOMPILED_MATCHER_ID]: () => {
    const { gate, matcher } = builtIn();
    return (
      `export function precompiledGate() { return ${JSON.stringify(gate)}; }\n` +
      `export function precompiledMatcher() { return ${JSON.stringify(matcher)}; }\n`
    );
  },
  [CARD_DATA_ID]: () => `export function cardSubjects() { return ${JSON.stringify(builtIn().subjects)}; }\n`,
};

/**
 * Derives at build time what every page would otherwise derive from the
 * bundled data (issue 10): the matcher's regex sources, as
 * the built-in pack compiled (pages only rebuild the RegExp objects), and the
 * cards' subjects without the matching tables they no longer need. The
 * data is read when the config loads, so a dev server restarts to pick up a
 * change to lib/summary.
 */
export function buildTimeModules(): Plugin {
  return {
    name: 'fact-notes:build-time-modules',
    resolveId: (id) => (id in modules ? `\0${id}` : undefined),
    load(id) {
      const make = id.startsWith('\0') ? modules[id.slice(1)] : undefined;
      return make?.();
    },
  };
}

/**
 * Resolves `wxt/browser` to WXT's own zero-cost `browser` (the native `browser` or
 * `chrome` object) instead of the webextension-polyfill the module aliases it to.
 * Vite's alias runs before plugins, so this catches the alias's target.
 */
export function nativeBrowserApi(): Plugin {
  return {
    name: 'fact-notes:native-browser-api',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id !== '@wxt-dev/webextension-polyfill/browser') return undefined;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}
