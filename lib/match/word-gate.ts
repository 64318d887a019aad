import type { WordGate } from './mention.ts';
import { INVISIBLE, normalizeText } from './normalize-text.ts';

/** Whether `text` may hold a mention: the compiled gate over the text as the matcher reads it, invisible characters taken out. */
export function passesGate(gate: RegExp, text: string): boolean {
  return gate.test(normalizeText(text)?.text ?? text);
}

/** The compiled gate as a page scanner tests words with it, text node by text node. */
export function wordGateOf(gate: RegExp): WordGate {
  // One scan for nearly every text: a name as written, or an invisible character that may hide one.
  const nameOrInvisible = new RegExp(`${gate.source}|${INVISIBLE.source}`, gate.flags);
  return { test: (text) => nameOrInvisible.test(text) && passesGate(gate, text) };
}
