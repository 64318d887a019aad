import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';

/** Looks up interface text by message name, `$1`… filled in order. */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/**
 * Interface text for the popup's components. The entrypoint provides lib/i18n's
 * `t` (browser.i18n); components never reach the browser themselves. Without a
 * provider each text is its message name, as `t` gives for a missing message.
 */
export const TextContext = createContext<Translate>((key) => key);

export const useText = (): Translate => useContext(TextContext);
