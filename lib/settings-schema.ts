import * as z from 'zod/mini';
import { summary } from './summary';
import type { EntityId } from './summary/schema';

// What a valid settings value is, and how anything else becomes one. Storage
// is `sync`, so a value may come from another device running an older or newer
// build, or be damaged: it is repaired field by field, never trusted. Issue 5.

/** What the user chose; every field is always present and valid once read through this module. */
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

/** Schema version written to the item's metadata (`settings$.v`). */
export const SETTINGS_VERSION = 2;
// storage.sync allows 8 KB per item; a few hundred hostnames would exceed it and fail every write.
const MAX_DISABLED_SITES = 200;

// The content script parses with this module, and pages may forbid eval in
// their CSP (which also reports the probe); zod then never compiles code.
z.config({ jitless: true });

const entityIds = summary.entities.map((entity) => entity.id);
const scalarFields = {
  isEnabled: z.boolean(),
  markMode: z.enum(['all', 'first']),
  openOn: z.enum(['hover-and-click', 'click']),
  highlightStyle: z.enum(['soft', 'underline', 'none']),
  theme: z.enum(['system', 'light', 'dark']),
} satisfies { [K in keyof Settings]?: z.ZodMiniType<Settings[K]> };
const stringList = z.array(z.unknown());

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
  const parsed = z.safeParse(stringList, value);
  if (!parsed.success) return [...DEFAULT_SETTINGS.disabledSites];
  const sites = new Set<string>();
  for (const item of parsed.data) {
    const hostname = typeof item === 'string' ? normalizeHostname(item) : null;
    if (hostname) sites.add(hostname);
  }
  return [...sites].slice(-MAX_DISABLED_SITES);
}

function repairEntities(value: unknown): EntityId[] {
  const parsed = z.safeParse(stringList, value);
  if (!parsed.success) return [...DEFAULT_SETTINGS.disabledEntities];
  return entityIds.filter((id) => parsed.data.includes(id));
}

/** Valid settings from anything: each valid field is kept, each invalid or missing one takes its default. */
export function repairSettings(value: unknown): Settings {
  const raw = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  const field = <K extends keyof typeof scalarFields>(key: K): Settings[K] => {
    const parsed = z.safeParse(scalarFields[key], raw[key]);
    return (parsed.success ? parsed.data : DEFAULT_SETTINGS[key]) as Settings[K];
  };
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

/**
 * Version 1 (the 0.0.x previews) stored
 * `{ enabled: boolean, style: 'background' | 'underline', disabledSites: string[], hoverCards: boolean }`.
 * Version 2 renamed `enabled` to `isEnabled`, replaced `style` by `highlightStyle`
 * ('background' is now 'soft'; 'none' is new), replaced `hoverCards` by `openOn`,
 * and added `disabledEntities`, `markMode` and `theme`. Fields already in the
 * v2 shape win, so running this on a v2 value changes nothing.
 */
export function migrateSettingsFromV1(value: unknown): Settings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return repairSettings(value);
  const v1 = value as Record<string, unknown>;
  const styles: Record<string, Settings['highlightStyle']> = { background: 'soft', underline: 'underline' };
  const fromV1: Partial<Record<keyof Settings, unknown>> = {
    isEnabled: v1.enabled,
    highlightStyle: typeof v1.style === 'string' ? styles[v1.style] : undefined,
    openOn: v1.hoverCards === false ? 'click' : v1.hoverCards === true ? 'hover-and-click' : undefined,
  };
  const merged: Record<string, unknown> = { ...v1 };
  for (const [key, fieldValue] of Object.entries(fromV1)) merged[key] ??= fieldValue;
  return repairSettings(merged);
}

/** Whether a stored value is exactly `settings`, so nothing needs writing back. */
export function isSameSettings(raw: unknown, settings: Settings): boolean {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const keys = Object.keys(settings) as (keyof Settings)[];
  if (Object.keys(raw).length !== keys.length) return false;
  const record = raw as Record<string, unknown>;
  return keys.every((key) => JSON.stringify(record[key]) === JSON.stringify(settings[key]));
}
