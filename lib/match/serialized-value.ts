/**
 * A JSON-safe form of a compiled matcher, so its regexes can be built from the
 * bundled data at build time and only rebuilt, not derived, on each page. Generic:
 * it walks whatever the compiled object holds, so new fields need no change here.
 * RegExp, Set (a set of words front-coded), Map and undefined get one-key markers; arrays, plain objects and
 * other primitives stay as they are.
 */
export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

const REGEXP = '$regexp';
const SET = '$set';
const MAP = '$map';
const UNDEFINED = '$undefined';
const WORDS = '$words';
// Front coding of a set of words: sorted, each written as how many leading characters it shares
// with the one before (one base-36 digit) and the rest, joined by `|`. The matcher's word lists
// (case forms of names and titles: "зак", "зака", "заку", …) shrink by a third, and the content
// script by ~1.4 KB gzip. Order is not kept: these sets are for lookups.
const SEPARATOR = '|';
const MAX_SHARED = 35;

function frontCode(words: readonly string[]): string {
  let previous = '';
  return [...words]
    .sort()
    .map((word) => {
      let shared = 0;
      while (shared < MAX_SHARED && shared < previous.length && previous[shared] === word[shared]) shared++;
      previous = word;
      return shared.toString(36) + word.slice(shared);
    })
    .join(SEPARATOR);
}

function frontDecode(coded: string): string[] {
  let previous = '';
  return coded.split(SEPARATOR).map((entry) => (previous = previous.slice(0, parseInt(entry[0]!, 36)) + entry.slice(1)));
}

const isWordSet = (items: unknown[]): items is string[] =>
  items.length > 1 && items.every((item) => typeof item === 'string' && !item.includes(SEPARATOR));

/** `value` as plain JSON data; throws on what it cannot represent (functions, class instances, `$` keys). */
export function encodeValue(value: unknown): Encoded {
  if (value === undefined) return { [UNDEFINED]: true };
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot encode the number ${value}`);
    return value;
  }
  if (value instanceof RegExp) return { [REGEXP]: [value.source, value.flags] };
  if (value instanceof Set) {
    const items: unknown[] = [...value];
    return isWordSet(items) ? { [WORDS]: frontCode(items) } : { [SET]: items.map(encodeValue) };
  }
  if (value instanceof Map) return { [MAP]: [...value].map(([k, v]) => [encodeValue(k), encodeValue(v)]) };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: { [key: string]: Encoded } = {};
    for (const [key, item] of Object.entries(value)) {
      if (key.startsWith('$')) throw new Error(`Cannot encode the key "${key}": $ keys are markers`);
      out[key] = encodeValue(item);
    }
    return out;
  }
  throw new Error(`Cannot encode a ${typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value}`);
}

/** The value {@link encodeValue} was given: fresh RegExp objects (lastIndex 0), Sets and Maps. */
export function decodeValue(encoded: Encoded): unknown {
  const decode = (inner: Encoded): unknown => decodeValue(inner);
  if (encoded === null || typeof encoded !== 'object') return encoded;
  if (Array.isArray(encoded)) return encoded.map(decode);
  const keys = Object.keys(encoded);
  if (keys.length === 1) {
    const [key] = keys as [string];
    const inner = encoded[key]!;
    if (key === REGEXP) {
      const [source, flags] = inner as [string, string];
      return new RegExp(source, flags);
    }
    if (key === SET) return new Set((inner as Encoded[]).map(decode));
    if (key === WORDS) return new Set(frontDecode(inner as string));
    if (key === MAP) return new Map((inner as [Encoded, Encoded][]).map(([k, v]) => [decode(k), decode(v)]));
    if (key === UNDEFINED) return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = decode(encoded[key]!);
  return out;
}
