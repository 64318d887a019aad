import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { corpusTests } from './suites/corpus.ts';

describe('Chromium: the real-page corpus', () => {
  const session = useChromium();
  corpusTests(() => session().then(chromiumDriver));
});
