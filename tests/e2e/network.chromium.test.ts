import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { networkTests } from './suites/network.ts';

describe('Chromium: no network requests of our own', () => {
  const session = useChromium();
  networkTests(() => session().then(chromiumDriver));
});
