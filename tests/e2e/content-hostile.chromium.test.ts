import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { hostilePageTests } from './suites/hostile-pages.ts';

describe('Chromium: pages hostile to extensions (strict CSP, overridden DOM methods)', () => {
  const session = useChromium();
  hostilePageTests(() => session().then(chromiumDriver));
});
