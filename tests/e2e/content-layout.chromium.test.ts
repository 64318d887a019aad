import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { layoutTests } from './suites/layout.ts';

describe('Chromium: card placement and style isolation', () => {
  const session = useChromium();
  layoutTests(() => session().then(chromiumDriver));
});
