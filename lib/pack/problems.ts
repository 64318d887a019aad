import type { z } from 'zod';
import { groundingCodes, type GroundingParams } from '../summary/find-grounding-problems.ts';
import { SHA256_PATTERN, SLUG_PATTERN } from './schema.ts';

// What can be wrong with a pack, as data: a field path, a code and the
// parameters its message needs. lib/pack/messages.ts turns one into words in
// the reader's language; nothing here is prose, so the options page, the CLI
// and tests all see the same problems.

/** JSON value kinds, as messages name them. */
export type ValueKind = 'string' | 'number' | 'int' | 'boolean' | 'array' | 'object' | 'null' | 'undefined' | 'other';

/** Parameters of the problems that are not grounding rules: reading the file and the schema. */
export interface FormatParams {
  /** The file is not JSON at all; `detail` is the parser's own (English) message. */
  'not-json': { detail: string };
  /** JSON, but not an object with `"format": "fact-notes-pack"`. */
  'not-a-pack': Record<never, never>;
  /** A pack of a format version this code does not read. */
  'unsupported-version': { version: string; supported: number };
  /** A valid pack with no entities: nothing for a page to mark (what `pack:new` leaves for the author). */
  'no-entities': Record<never, never>;
  /** `article.sha256` (`stated`) is not the hash of the paragraphs (`computed`). */
  'sha256-mismatch': { stated: string; computed: string };
  /** A required field is absent. */
  'missing-field': { expected: ValueKind };
  /** A field of the wrong JSON type. */
  'wrong-type': { expected: ValueKind; received: ValueKind };
  /** A value outside a fixed set (an enum or literal); `allowed` are JSON-written values. */
  'bad-value': { allowed: string[] };
  /** A string not in the required form. */
  'bad-format': { format: 'slug' | 'sha256' | 'url' | 'pattern'; pattern: string };
  /** Too short a string, too few items, too small a number. */
  'too-small': { origin: 'string' | 'array' | 'number'; minimum: number };
  /** Too long a string, too many items, too large a number. */
  'too-big': { origin: 'string' | 'array' | 'number'; maximum: number };
  /** A field the format does not have (a typo, or from another version). */
  'unknown-key': { key: string };
  /** A value that is none of the accepted forms; `allowed` names them (JSON values, or value kinds such as `number`). */
  'no-union-match': { allowed: string[] };
  /** Anything else the schema rejects; `detail` is zod's English message. */
  invalid: { detail: string };
}

/**
 * Parameters of the problems of the extension's pack store (lib/pack/pack-store.ts):
 * an import it refuses, and what it finds damaged in `storage.local`. Their
 * paths name storage keys (`pack:harbour-ferry`, `packs:list.packs[2]`).
 */
export interface StoreParams {
  /** The pack's id is one the extension keeps for itself (`built-in`). */
  'reserved-id': { id: string };
  /** A listed pack whose text is not stored (or is not a string). */
  'stored-text-missing': { id: string };
  /** A stored text whose pack has another id than the key it is stored under. */
  'stored-id-mismatch': { id: string; listed: string };
  /** A pack listed a second time; the first entry counts. */
  'stored-duplicate': { id: string };
  /** The list of packs, one of its entries or an entry's field is not in the stored form. */
  'stored-list-damaged': Record<never, never>;
  /** A stored pack text that the list of packs does not name. */
  'stored-unlisted': { id: string };
}

/** Every problem's parameters, by code. */
export interface ProblemParams extends GroundingParams, FormatParams, StoreParams {}
export type ProblemCode = keyof ProblemParams;

/** One problem of a pack: where (`entities[2].facts[0].quote`), which rule, and the details its message needs. */
export type PackProblem = {
  [C in ProblemCode]: { path: string; code: C; params: ProblemParams[C] };
}[ProblemCode];

const formatCodeTable: Record<keyof FormatParams, true> = {
  'not-json': true,
  'not-a-pack': true,
  'unsupported-version': true,
  'no-entities': true,
  'sha256-mismatch': true,
  'missing-field': true,
  'wrong-type': true,
  'bad-value': true,
  'bad-format': true,
  'too-small': true,
  'too-big': true,
  'unknown-key': true,
  'no-union-match': true,
  invalid: true,
};
const storeCodeTable: Record<keyof StoreParams, true> = {
  'reserved-id': true,
  'stored-text-missing': true,
  'stored-id-mismatch': true,
  'stored-duplicate': true,
  'stored-list-damaged': true,
  'stored-unlisted': true,
};
/** Every problem code: the grounding rules', the format's and the store's. */
export const problemCodes: readonly ProblemCode[] = [
  ...groundingCodes,
  ...(Object.keys(formatCodeTable) as (keyof FormatParams)[]),
  ...(Object.keys(storeCodeTable) as (keyof StoreParams)[]),
];

/** `["entities", 2, "facts", 0, "quote"]` → `entities[2].facts[0].quote`; the empty path is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('') || '(root)';
}

/** The JSON kind of a value, as messages name it. */
export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const kind = typeof value;
  return kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'object' || kind === 'undefined' ? kind : 'other';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const expectedKinds = new Set<string>(['string', 'number', 'int', 'boolean', 'array', 'object', 'null']);

function formatOf(pattern: string | undefined, format: string): FormatParams['bad-format']['format'] {
  if (format === 'url') return 'url';
  if (pattern === `/${SLUG_PATTERN.source}/`) return 'slug';
  if (pattern === `/${SHA256_PATTERN.source}/`) return 'sha256';
  return 'pattern';
}

/** A short JSON rendering of what a union branch wanted, for `no-union-match`. */
function branchWants(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues;
  if (first?.code === 'invalid_value' && first.path.length === 0) return first.values.map((v) => JSON.stringify(v)).join(' | ');
  if (first?.code === 'invalid_type' && first.path.length === 0) return first.expected;
  return 'object';
}

/** Whether a union branch failed only inside the value (its kind was right), so its own issues say more. */
function failedInside(issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.every((issue) => issue.path.length > 0 || (issue.code !== 'invalid_type' && issue.code !== 'invalid_value'));
}

/**
 * Turns zod's issues on `input` into pack problems. Unknown keys get one
 * problem each at the key's own path; a union whose value fits exactly one
 * branch's kind reports that branch's issues instead of "none of the forms".
 */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[], input: unknown, base: readonly PropertyKey[] = []): PackProblem[] {
  return issues.flatMap((issue): PackProblem[] => {
    const at = [...base, ...issue.path];
    const path = formatPath(at);
    switch (issue.code) {
      case 'invalid_type': {
        const value = valueAt(input, at);
        const expected = (expectedKinds.has(issue.expected) ? issue.expected : 'other') as ValueKind;
        if (value === undefined) return [{ path, code: 'missing-field', params: { expected } }];
        return [{ path, code: 'wrong-type', params: { expected, received: kindOf(value) } }];
      }
      case 'invalid_value':
        return [{ path, code: 'bad-value', params: { allowed: issue.values.map((v) => JSON.stringify(v)) } }];
      case 'invalid_format':
        return [
          {
            path,
            code: 'bad-format',
            params: {
              format: formatOf('pattern' in issue ? issue.pattern : undefined, issue.format),
              pattern: 'pattern' in issue && issue.pattern !== undefined ? issue.pattern : issue.format,
            },
          },
        ];
      case 'too_small':
      case 'too_big': {
        const origin = issue.origin === 'string' ? 'string' : issue.origin === 'array' ? 'array' : 'number';
        const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        return issue.code === 'too_small'
          ? [{ path, code: 'too-small', params: { origin, minimum: limit } }]
          : [{ path, code: 'too-big', params: { origin, maximum: limit } }];
      }
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ path: formatPath([...at, key]), code: 'unknown-key' as const, params: { key } }));
      case 'invalid_union': {
        const inside = issue.errors.filter(failedInside);
        const [only] = inside;
        if (inside.length === 1 && only) return problemsFromZod(only, input, at);
        return [{ path, code: 'no-union-match', params: { allowed: issue.errors.map(branchWants) } }];
      }
      default:
        return [{ path, code: 'invalid', params: { detail: issue.message } }];
    }
  });
}
