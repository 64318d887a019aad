import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { backForwardCacheTests, lifecycleTests } from './suites/lifecycle.ts';

describe('Chromium: extension reload, disable and enable with a page open', () => {
  const session = useChromium();
  lifecycleTests(() => session().then(chromiumDriver));
});

// Its own browser: Playwright turns the back/forward cache off unless asked to keep it.
describe('Chromium: the back/forward cache', () => {
  const session = useChromium({ backForwardCache: true });
  backForwardCacheTests(() => session().then(chromiumDriver));
});
