import { entityIds, type EntityId } from './summary/entity-ids';

// The one declaration of what settings are: their fields, choices and defaults.
// Zod-free, so the content script can repair what it reads without carrying a
// validator library into every page; ./settings-schema.ts builds the zod
// schema from the same choices for the popup and background. Issue 5.

/** What the user chose; every field is always present and valid once read. */
export interface Settings {
  /** Everything on or off. */
  isEnabled: boolean;
  /** Hostnames (normalized, see {@link normalizeHostname}) where the extension is off. */
  disabledSites: string[];
  /** Entities not to mark, in summary order. */
  disabledEntities: EntityId[];
  /** Mark every mention, or only the first of each entity per page. */
  markMode: 'all' | 'first';
  /** Whether resting the pointer on a mention opens its card, or only a click does. */
  openOn: 'hover-and-click' | 'click';
  /** How mentions are painted; with 'none' cards stay reachable through the keyboard command. */
  highlightStyle: 'soft' | 'underline' | 'none';
  /** Colour scheme of the popup and the cards. */
  theme: 'system' | 'light' | 'dark';
}

/** The allowed values of each choice field. */
export const SETTING_CHOICES = {
  markMode: ['all', 'first'],
  openOn: ['hover-and-click', 'click'],
  highlightStyle: ['soft', 'underline', 'none'],
  theme: ['system', 'light', 'dark'],
} as const satisfies { [K in keyof Settings]?: readonly Settings[K][] };

/** Fields holding one value (not a list). */
export type ScalarKey = 'isEnabled' | keyof typeof SETTING_CHOICES;

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  isEnabled: true,
  disabledSites: [],
  disabledEntities: [],
  markMode: 'all',
  openOn: 'hover-and-click',
  highlightStyle: 'soft',
  theme: 'system',
});

/** Where settings live: `storage.sync`, under this key (WXT's `sync:settings` item). */
export const SETTINGS_KEY = 'settings';
/** Schema version written to the item's metadata (`settings$.v`). */
export const SETTINGS_VERSION = 2;
// storage.sync allows 8 KB per item; a few hundred hostnames would exceed it and fail every write.
const MAX_DISABLED_SITES = 200;

/** A hostname in the form stored in `disabledSites` (lowercase ASCII, no `www.`), or null if it is none. */
export function normalizeHostname(value: string): string | null {
  const trimmed = value.trim().toLowerCase().replace(/\.$/, '');
  // A port, path or credentials mean this is not a bare hostname; only IPv6 ("[::1]") has colons.
  if (!trimmed || /[\s/?#@\\]/.test(trimmed) || (trimmed.includes(':') && !trimmed.startsWith('['))) return null;
  let url: URL;
  try {
    url = new URL(`http://${trimmed}/`);
  } catch {
    return null;
  }
  if (!url.hostname) return null;
  // www.example.com and example.com are one site to a reader.
  return url.hostname.replace(/^www\.(?=.+\.)/, '');
}

function repairSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [...DEFAULT_SETTINGS.disabledSites];
  const sites = new Set<string>();
  for (const item of value) {
    const hostname = typeof item === 'string' ? normalizeHostname(item) : null;
    if (hostname) sites.add(hostname);
  }
  return [...sites].slice(-MAX_DISABLED_SITES);
}

function repairEntities(value: unknown): EntityId[] {
  if (!Array.isArray(value)) return [...DEFAULT_SETTINGS.disabledEntities];
  return entityIds.filter((id) => value.includes(id));
}

/**
 * Valid settings from anything: each valid field is kept, each invalid or
 * missing one takes its default. `accepts` judges the one-value fields.
 */
export function repairFields(value: unknown, accepts: (key: ScalarKey, value: unknown) => boolean): Settings {
  const raw = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  const field = <K extends ScalarKey>(key: K): Settings[K] => (accepts(key, raw[key]) ? raw[key] : DEFAULT_SETTINGS[key]) as Settings[K];
  return {
    isEnabled: field('isEnabled'),
    disabledSites: repairSites(raw.disabledSites),
    disabledEntities: repairEntities(raw.disabledEntities),
    markMode: field('markMode'),
    openOn: field('openOn'),
    highlightStyle: field('highlightStyle'),
    theme: field('theme'),
  };
}

/** Whether `hostname` is in the list of sites turned off. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const site = normalizeHostname(hostname);
  return site !== null && settings.disabledSites.includes(site);
}

/** Whether the extension should mark anything on a page of `hostname`. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.isEnabled && !isSiteDisabled(settings, hostname);
}
