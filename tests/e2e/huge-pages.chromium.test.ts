import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { hugePagesTests } from './suites/huge-pages.ts';

describe('Chromium: 200,000 nodes, 5,000 deep, 10,000 mentions', () => {
  const session = useChromium();
  hugePagesTests(() => session().then(chromiumDriver));
});
