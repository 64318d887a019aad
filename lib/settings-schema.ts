import * as z from 'zod/mini';
import {
  DEFAULT_SETTINGS,
  SETTING_CHOICES,
  SETTINGS_VERSION,
  normalizeHostname,
  repairFields,
  type ScalarKey,
  type Settings,
} from './settings-fields';

// Validation where settings enter: the popup's writes, and what the background
// finds in `sync` storage (another device may run an older or newer build, or
// the value may be damaged). Values are repaired field by field, never trusted.
// The shape itself is declared once, in ./settings-fields.ts. Issue 5.

export { DEFAULT_SETTINGS, SETTINGS_VERSION, normalizeHostname, type Settings };

// Pages may forbid eval in their CSP (which also reports the probe); zod then never compiles code.
z.config({ jitless: true });

/** One zod schema per one-value field, built from the declared choices. */
export const scalarSchemas: { [K in ScalarKey]: z.ZodMiniType<Settings[K]> } = {
  isEnabled: z.boolean(),
  markMode: z.enum(SETTING_CHOICES.markMode),
  openOn: z.enum(SETTING_CHOICES.openOn),
  highlightStyle: z.enum(SETTING_CHOICES.highlightStyle),
  theme: z.enum(SETTING_CHOICES.theme),
};

/** Valid settings from anything: each valid field is kept, each invalid or missing one takes its default. */
export function repairSettings(value: unknown): Settings {
  return repairFields(value, (key, fieldValue) => z.safeParse(scalarSchemas[key], fieldValue).success);
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
