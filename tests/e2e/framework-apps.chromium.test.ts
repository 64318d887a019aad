import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { frameworkAppTests } from './suites/framework-apps.ts';

describe('Chromium: real React 19 and Vue 3 single-page apps, hydrated from server markup', () => {
  const session = useChromium();
  frameworkAppTests(() => session().then(chromiumDriver));
});
