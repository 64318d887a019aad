import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { ruleTests } from './suites/rules.ts';

describe('Chromium: what counts as a mention', () => {
  const session = useChromium();
  ruleTests(() => session().then(chromiumDriver));
});
