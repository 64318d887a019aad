import type { Plugin } from 'vite';
import { compileRegexes, GAP_MARK, INVISIBLE_GAP } from '../lib/match/compile-matcher.ts';
import { encodeValue } from '../lib/match/serialized-value.ts';
import { matching } from '../lib/summary/matching.ts';
import { articleSource, entities } from '../lib/summary/data.ts';
import type { CardEntity } from '../lib/summary/schema';

/** The module lib/match/default-matcher.ts imports the build-time matcher from. */
export const PRECOMPILED_MATCHER_ID = 'virtual:fact-notes-precompiled-matcher';
/** The module the content script takes the cards' data from. */
export const CARD_DATA_ID = 'virtual:fact-notes-card-data';

/** The cards' entities: the bundled ones without their matching data, since pages use the precompiled matcher instead. */
export function cardEntities(): CardEntity[] {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out on purpose
  return entities.map(({ matching, ...card }) => card);
}

const modules: Record<string, () => string> = {
  // Functions, not values: a literal inside a function is parsed lazily and built only when first needed.
  // The gate apart from the rest: a page whose text never passes the gate never builds the rest.
  [PRECOMPILED_MATCHER_ID]: () => {
    const { gate, hasWordCores, ...rest } = compileRegexes(matching);
    const literal = (value: unknown) => JSON.stringify(encodeValue(value)).replaceAll(INVISIBLE_GAP, JSON.stringify(GAP_MARK).slice(1, -1));
    return (
      `export function precompiledGate() { return ${literal({ gate, hasWordCores })}; }\n` +
      `export function precompiledMatcher() { return ${literal(rest)}; }\n`
    );
  },
  [CARD_DATA_ID]: () => `export function cardData() { return ${JSON.stringify({ article: articleSource, entities: cardEntities() })}; }\n`,
};

/**
 * Derives at build time what every page would otherwise derive from the
 * bundled data (issue 10): the matcher's regex sources, as
 * `compileRegexes(matching)` encoded (pages only rebuild the RegExp objects),
 * and the cards' data without the matching tables it no longer needs. The
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
