import type { WordGate } from './mention.ts';
import { normalizeText } from './normalize-text.ts';

/** Whether `text` may hold a mention: the compiled gate over the text as the matcher reads it, invisible characters taken out. */
export function passesGate(gate: RegExp, text: string): boolean {
  return gate.test(normalizeText(text)?.text ?? text);
}

/** The compiled gate as a page scanner tests words with it. */
export function wordGateOf(gate: RegExp): WordGate {
  return { test: (text) => passesGate(gate, text) };
}
