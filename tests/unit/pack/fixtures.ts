import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PackInput } from '../../../lib/pack/schema.ts';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const examplePackPath = `${root}examples/harbour-ferry.pack.json`;
export const exampleTextPath = `${root}examples/harbour-ferry.txt`;

/** A fresh copy of the example pack as committed (input form). */
export function examplePack(): PackInput {
  return JSON.parse(readFileSync(examplePackPath, 'utf8')) as PackInput;
}

/** The example pack with one thing changed. */
export function mutated(change: (pack: PackInput) => void): PackInput {
  const pack = examplePack();
  change(pack);
  return pack;
}

/** Entity `e` of a pack, which the example has. */
export function entity(pack: PackInput, e: number): PackInput['entities'][number] {
  const found = pack.entities[e];
  if (!found) throw new Error(`no entity ${e}`);
  return found;
}

/** Fact `f` of entity `e`. */
export function fact(pack: PackInput, e: number, f: number): PackInput['entities'][number]['facts'][number] {
  const found = entity(pack, e).facts[f];
  if (!found) throw new Error(`no fact ${e}/${f}`);
  return found;
}
