import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../assets/card.css', import.meta.url), 'utf8');

/** The colour custom properties, each declared as light-dark(light, dark), for one side. */
function palette(side: 'light' | 'dark'): Record<string, string> {
  const pairs = [...css.matchAll(/(--fn-[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\);/g)];
  return Object.fromEntries(pairs.map((m) => [m[1]!, side === 'light' ? m[2]! : m[3]!]));
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// Every text colour the card uses, on the background it sits on.
const textPairs = [
  ['--fn-fg', '--fn-bg'],
  ['--fn-muted', '--fn-bg'],
  ['--fn-on-accent', '--fn-accent'],
  ['--fn-on-accent', '--fn-accent-hover'],
  ['--fn-chip-fg', '--fn-chip-bg'],
  ['--fn-chip-fg', '--fn-chip-hover'],
  ['--fn-hedge-fg', '--fn-hedge-bg'],
  ['--fn-caveat-fg', '--fn-caveat-bg'],
  ['--fn-fg', '--fn-caveat-bg'],
  ['--fn-muted', '--fn-caveat-bg'],
  ['--fn-fg', '--fn-hover'],
  ['--fn-accent', '--fn-bg'],
] as const;

describe('card stylesheet', () => {
  // Stylelint (npm run lint) rejects @property, @font-face, :host and em/rem font sizes in this file.

  it('has nothing WXT would hoist into the page, not even in a comment (stylelint skips comments)', () => {
    // WXT moves these at-rules, even inside comments, out of the shadow root into a page <style>.
    expect(css).not.toMatch(/@(property|font-face)/);
  });

  it('declares its variables on its own element, where page custom properties cannot override them', () => {
    expect(css).toMatch(/^\.fn-popover \{[^}]*--fn-bg: light-dark/m);
    expect(Object.keys(palette('light')).length).toBeGreaterThan(10);
  });

  it.each(['light', 'dark'] as const)('meets WCAG AA text contrast in the %s theme', (side) => {
    const colours = palette(side);
    for (const [fg, bg] of textPairs) {
      expect(contrast(colours[fg]!, colours[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('follows the system theme unless the container names one', () => {
    expect(css).toMatch(/\.fn-popover \{[^}]*color-scheme: light dark;/);
    expect(css).toMatch(/\[data-theme='light'\] > \.fn-popover \{\s*color-scheme: light;\s*\}/);
    expect(css).toMatch(/\[data-theme='dark'\] > \.fn-popover \{\s*color-scheme: dark;\s*\}/);
  });
});
