import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { livePageTests } from './suites/live-page.ts';

describe('Chromium: changing pages, re-rendering pages and shadow roots', () => {
  const session = useChromium();
  livePageTests(() => session().then(chromiumDriver));
});
