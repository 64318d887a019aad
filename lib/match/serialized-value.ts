/**
 * A JSON-safe form of a compiled matcher, so its regexes can be built from the
 * bundled data at build time and only rebuilt, not derived, on each page. Generic:
 * it walks whatever the compiled object holds, so new fields need no change here.
 * RegExp, Set, Map and undefined get one-key markers; arrays, plain objects and
 * other primitives stay as they are.
 */
export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

const REGEXP = '$regexp';
const SET = '$set';
const MAP = '$map';
const UNDEFINED = '$undefined';

/** `value` as plain JSON data; throws on what it cannot represent (functions, class instances, `$` keys). */
export function encodeValue(value: unknown): Encoded {
  if (value === undefined) return { [UNDEFINED]: true };
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot encode the number ${value}`);
    return value;
  }
  if (value instanceof RegExp) return { [REGEXP]: [value.source, value.flags] };
  if (value instanceof Set) return { [SET]: [...value].map(encodeValue) };
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
export function decodeValue(encoded: Encoded, expandSource: (source: string) => string = (source) => source): unknown {
  const decode = (inner: Encoded): unknown => decodeValue(inner, expandSource);
  if (encoded === null || typeof encoded !== 'object') return encoded;
  if (Array.isArray(encoded)) return encoded.map(decode);
  const keys = Object.keys(encoded);
  if (keys.length === 1) {
    const [key] = keys as [string];
    const inner = encoded[key]!;
    if (key === REGEXP) {
      const [source, flags] = inner as [string, string];
      return new RegExp(expandSource(source), flags);
    }
    if (key === SET) return new Set((inner as Encoded[]).map(decode));
    if (key === MAP) return new Map((inner as [Encoded, Encoded][]).map(([k, v]) => [decode(k), decode(v)]));
    if (key === UNDEFINED) return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = decode(encoded[key]!);
  return out;
}
