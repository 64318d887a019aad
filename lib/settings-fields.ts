import type { EntityKey } from './entity-key';

// The one declaration of what settings are: their fields, choices and defaults.
// What a stored value means is decided in ./settings-repair.ts, where it is
// read and written in ./settings-storage.ts.

/** What the user chose; every field is always present and valid once read. */
export interface Settings {
  /** Everything on or off. */
  isEnabled: boolean;
  /** Hostnames (normalized, see {@link normalizeHostname}) where the extension is off. */
  disabledSites: string[];
  /** Entities not to mark, as entity keys (lib/entity-key.ts): the built-in ids or `<pack>/<entity>`. */
  disabledEntities: EntityKey[];
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

/** Where settings live: `storage.sync`, under this key. */
export const SETTINGS_KEY = 'settings';
/** The key of their metadata, `{ v: version }` (the layout WXT's storage items used before, kept for synced devices). */
export const SETTINGS_META_KEY = 'settings$';
/** The version this build writes to `settings$.v`. */
export const SETTINGS_VERSION = 2;

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

/** Whether `hostname` is in the list of sites turned off. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  // Every page load asks: with no site turned off there is nothing to normalize (a URL parse) or compare.
  if (settings.disabledSites.length === 0) return false;
  const site = normalizeHostname(hostname);
  return site !== null && settings.disabledSites.includes(site);
}

/** Whether the extension should mark anything on a page of `hostname`. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.isEnabled && !isSiteDisabled(settings, hostname);
}
