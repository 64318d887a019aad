import { isEntityKey, type EntityKey } from './entity-key';
import { DEFAULT_SETTINGS, SETTING_CHOICES, SETTINGS_VERSION, normalizeHostname, type ScalarKey, type Settings } from './settings-fields';

// The one rule for what a stored settings value means, in every context
// (content script included, so no validator library: five choices and a
// boolean need none). Another synced device may run an older or a newer
// build, so a value is read as best it can be and never narrowed to what
// this build knows: keys it does not know are kept as they are.

/** What {@link repairSettings} made of a stored value. */
export interface RepairedSettings {
  /** Every field valid: what this build acts on. */
  settings: Settings;
  /** What to store: the stored object with bad known fields replaced and unknown keys kept. */
  stored: Record<string, unknown>;
  /** The version to store, never lower than the one found. */
  version: number;
  /** One line per field that was missing its valid value, e.g. `theme: "neon" is not one of system, light, dark`. */
  problems: string[];
}

// storage.sync allows 8 KB per item; a few hundred hostnames would exceed it and fail every write.
const MAX_DISABLED_SITES = 200;

/** A plain object (not null, not a list): what a stored settings value or its metadata should be. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Only values found in storage are shown, so always JSON.
const show = (value: unknown) => String(JSON.stringify(value));

/** Whether `value` is a valid value of the one-value field `key`. */
export function isValidScalar(key: ScalarKey, value: unknown): boolean {
  if (key === 'isEnabled') return typeof value === 'boolean';
  return (SETTING_CHOICES[key] as readonly unknown[]).includes(value);
}

const expected = (key: ScalarKey) => (key === 'isEnabled' ? 'true or false' : `one of ${SETTING_CHOICES[key].join(', ')}`);

/** The entries of a stored list that `keep` accepts (as it returns them), each once; a problem for the rest. */
function repairList<T>(key: string, value: unknown, keep: (item: unknown) => T | null, what: string, problems: string[]): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return (problems.push(`${key}: ${show(value)} is not a list`), []);
  const kept = value.map(keep);
  const dropped = kept.filter((item) => item === null).length;
  if (dropped) problems.push(`${key}: ${dropped} entries are not ${what}`);
  return [...new Set(kept.filter((item) => item !== null))];
}

/** The valid hostnames of a stored list, normalized, each once (the newest when too many). */
export function repairSites(value: unknown, problems: string[] = []): string[] {
  const keep = (item: unknown) => (typeof item === 'string' ? normalizeHostname(item) : null);
  return repairList('disabledSites', value, keep, 'hostnames', problems).slice(-MAX_DISABLED_SITES);
}

/** Entity keys a stored list may hold: more than the built-in four and every pack's entities could want. */
export const MAX_DISABLED_ENTITIES = 500;

/**
 * The entity keys of a stored list (lib/entity-key.ts), each once, in
 * stored order. A key no enabled pack has is kept (its pack may be switched
 * off, or imported again later); only what cannot be a key is dropped.
 */
export function repairEntities(value: unknown, problems: string[] = []): EntityKey[] {
  const keep = (item: unknown) => (isEntityKey(item) ? item : null);
  return repairList('disabledEntities', value, keep, 'entity ids', problems).slice(0, MAX_DISABLED_ENTITIES);
}

/**
 * Version 1 (the 0.0.x previews) stored
 * `{ enabled: boolean, style: 'background' | 'underline', disabledSites: string[], hoverCards: boolean }`.
 * Version 2 renamed `enabled` to `isEnabled`, replaced `style` by `highlightStyle`
 * ('background' is now 'soft'; 'none' is new), replaced `hoverCards` by `openOn`,
 * and added `disabledEntities`, `markMode` and `theme`. The old names are
 * consumed (they are known, not foreign); fields already in the v2 shape win.
 */
function migrateFromV1(v1: Record<string, unknown>): Record<string, unknown> {
  const { enabled, style, hoverCards, ...rest } = v1;
  const styles: Record<string, Settings['highlightStyle']> = { background: 'soft', underline: 'underline' };
  const fromV1: Record<string, unknown> = {
    isEnabled: enabled,
    highlightStyle: typeof style === 'string' ? styles[style] : undefined,
    openOn: hoverCards === false ? 'click' : hoverCards === true ? 'hover-and-click' : undefined,
  };
  for (const [key, value] of Object.entries(fromV1)) if (value !== undefined) rest[key] ??= value;
  return rest;
}

/** The stored version as a number, or null when it is damaged; no metadata means version 1. */
export function readVersion(meta: unknown): number | null {
  const version = isRecord(meta) ? meta.v : undefined;
  if (version === undefined) return 1;
  return Number.isInteger(version) && (version as number) >= 1 ? (version as number) : null;
}

/**
 * Valid settings from a stored value and its version metadata (`settings$`):
 * each known field is taken if valid, else its default (with a problem
 * saying which and why); unknown keys are kept. An older version is migrated
 * and stamped with ours. A newer one (written by a newer build on another
 * synced device) is read as best it can be and left exactly as stored: its
 * fields may mean something this build cannot judge, so nothing is rewritten.
 * `ownVersion` is the version this build writes (tests simulate a newer build).
 */
export function repairSettings(raw: unknown, meta?: unknown, ownVersion = SETTINGS_VERSION): RepairedSettings {
  const problems: string[] = [];
  const found = readVersion(meta);
  if (found === null) problems.push(`version: ${show(isRecord(meta) ? meta.v : meta)} is not a version number`);
  const isNewer = found !== null && found > ownVersion;
  if (raw !== undefined && !isRecord(raw)) problems.push(`settings: ${show(raw)} is not an object`);
  const original = isRecord(raw) ? raw : {};
  const source = found !== null && found < 2 ? migrateFromV1(original) : original;

  const scalar = <K extends ScalarKey>(key: K): Settings[K] => {
    if (isValidScalar(key, source[key])) return source[key] as Settings[K];
    // A field not set yet (a partial value) is no damage: it just takes its default.
    if (source[key] !== undefined) problems.push(`${key}: ${show(source[key])} is not ${expected(key)}`);
    return DEFAULT_SETTINGS[key];
  };
  const isEnabled = scalar('isEnabled');
  const settings: Settings = {
    isEnabled,
    disabledSites: repairSites(source.disabledSites, problems),
    disabledEntities: repairEntities(source.disabledEntities, problems),
    markMode: scalar('markMode'),
    openOn: scalar('openOn'),
    highlightStyle: scalar('highlightStyle'),
    theme: scalar('theme'),
  };

  // A fresh install stores nothing until the user changes something; then all of it.
  if (raw === undefined) return { settings, stored: { ...settings }, version: isNewer ? found : ownVersion, problems };
  if (isNewer) return { settings, stored: { ...original }, version: found, problems };
  return { settings, stored: { ...source, ...settings }, version: ownVersion, problems };
}

/** Whether two stored objects hold the same keys and values. */
export function isSameStored(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/**
 * Whether writing `repaired` back would change what was found (`raw`, `meta`).
 * Never for nothing stored (a fresh install) or for a newer version, which
 * {@link repairSettings} leaves exactly as stored. Kept apart from it: only
 * the background rewrites, so pages do not carry this.
 */
export function needsRewrite(raw: unknown, meta: unknown, repaired: RepairedSettings): boolean {
  if (raw === undefined) return false;
  return readVersion(meta) !== repaired.version || !isRecord(raw) || !isSameStored(raw, repaired.stored);
}
