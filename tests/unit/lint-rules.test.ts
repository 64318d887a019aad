import { ESLint } from 'eslint';
import stylelint from 'stylelint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import architecture from '../../eslint/architecture.js';
import stylelintConfig from '../../stylelint.config.js';

// The architecture lives in lint rules (npm run lint); these prove each rule fires
// on the imports it is for and lets the allowed ones through.
const eslint = new ESLint({
  cwd: new URL('../../', import.meta.url).pathname,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
    ...architecture.map((config) => ({ ...config, plugins: { '@typescript-eslint': tseslint.plugin } })),
  ],
});

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('architecture lint rules', () => {
  it.each([
    ['lib/summary/index.ts', "import { z } from 'zod';"],
    ['lib/summary/index.ts', "import { summarySchema } from './schema';"],
    ['lib/session/start-notes.ts', "export { z } from 'zod/mini';"],
    ['entrypoints/content/index.ts', "import { summarySchema } from '../../lib/summary/schema';"],
    ['lib/settings-storage.ts', "import * as z from 'zod/mini';"],
    ['lib/settings-repair.ts', "import { summarySchema } from './summary/schema';"],
    ['lib/session/start-notes.ts', "import { checkPack } from '../pack/check-pack';"],
    ['lib/match/compile-matcher.ts', "import { describeProblem } from '../pack/messages.ts';"],
    ['components/EntityCard.tsx', "import { builtInPack } from '../lib/pack';"],
  ])('keeps zod out of the content script: %s may not %s', async (file, code) => {
    expect((await importErrors(file, code)).join('\n')).toMatch(/no-restricted-imports.*zod/);
  });

  it('allows type-only imports from zod modules in the content script', async () => {
    expect(
      await importErrors(
        'lib/match/compile-matcher.ts',
        "import type { z } from 'zod';\nimport type { EntityId } from '../summary/schema';\nimport type { Pack } from '../pack/schema';",
      ),
    ).toEqual([]);
  });

  it('allows zod outside the content script', async () => {
    expect(await importErrors('lib/summary/schema.ts', "import { z } from 'zod';")).toEqual([]);
    expect(await importErrors('entrypoints/background.ts', "import { summarySchema } from '../lib/summary/schema';")).toEqual([]);
  });

  it.each([
    "import { browser } from 'wxt/browser';",
    "import { t } from '../../lib/i18n';",
    'export const id = () => browser.runtime.id;',
    'export const id = () => chrome.runtime.id;',
  ])('keeps components away from the browser: %s', async (code) => {
    expect(await importErrors('components/popup/Anything.tsx', code)).toHaveLength(1);
  });

  it('keeps Preact out of DOM code', async () => {
    expect(await importErrors('lib/page/scan-subtree.ts', "import { h } from 'preact';")).toHaveLength(1);
    expect(await importErrors('lib/card/render-card.tsx', "import { render } from 'preact';")).toEqual([]);
  });
});

describe('card stylesheet lint rules', () => {
  async function cssErrors(code: string): Promise<string[]> {
    const { results } = await stylelint.lint({ code, codeFilename: 'assets/card.css', config: stylelintConfig });
    return results[0]!.warnings.map((warning) => warning.rule);
  }

  it('flags what WXT would hoist, :host variables and relative font sizes', async () => {
    expect(await cssErrors('@font-face { font-family: x; src: local(x); }')).toEqual(['at-rule-disallowed-list']);
    expect(await cssErrors('@property --x { syntax: "*"; inherits: false; }')).toEqual(['at-rule-disallowed-list']);
    expect(await cssErrors(':host { --fn-bg: white; }')).toEqual(['selector-pseudo-class-disallowed-list']);
    expect(await cssErrors('.fn-popover { font-size: 1.1em; }')).toEqual(['declaration-property-unit-disallowed-list']);
    expect(await cssErrors('.fn-popover { font: 400 0.8rem/1.45 system-ui; }')).toEqual(['declaration-property-unit-disallowed-list']);
    expect(await cssErrors('.fn-popover { font: 400 13px/1.45 system-ui; }')).toEqual([]);
  });
});
