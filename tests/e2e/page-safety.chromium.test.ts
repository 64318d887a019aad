import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { pageSafetyTests } from './suites/page-safety.ts';

describe('Chromium: what a page sees of the extension, and what it cannot do to it', () => {
  const session = useChromium();
  pageSafetyTests(() => session().then(chromiumDriver));
});
