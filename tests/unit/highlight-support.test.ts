import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIREFOX_MIN } from '../../wxt.config';

// Every highlight style must paint in every Firefox the manifest admits. Firefox
// applies only some properties inside ::highlight(); the first version for each
// (MDN browser-compat-data, css.selectors.highlight and its sub-features):
const FIREFOX_HIGHLIGHT_SUPPORT: Record<string, number> = {
  'background-color': 140,
  color: 140,
  'text-decoration': 146,
};

const css = readFileSync(new URL('../../assets/highlights.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const rules = [...css.matchAll(/::highlight\((fact-notes-[\w-]+)\)\s*\{([^}]*)\}/g)].map(([, name, body]) => ({
  name: name!,
  properties: [...body!.matchAll(/([\w-]+)\s*:/g)].map((match) => match[1]!),
}));

describe('highlight styles in Firefox', () => {
  it('reads the rules of assets/highlights.css', () => {
    expect(rules.map((rule) => rule.name)).toEqual(['fact-notes-soft', 'fact-notes-underline', 'fact-notes-active']);
  });

  it.each(rules)('$name paints with properties Firefox $properties supports from the manifest floor on', ({ properties }) => {
    for (const property of properties) {
      expect(FIREFOX_HIGHLIGHT_SUPPORT[property], `${property}: add its Firefox version to the table`).toBeDefined();
      expect(FIREFOX_MIN, property).toBeGreaterThanOrEqual(FIREFOX_HIGHLIGHT_SUPPORT[property]!);
    }
  });
});
