import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { packPagesTests } from './suites/pack-pages.ts';

describe('Chromium: imported packs on pages (counted, painted, cards), switched off and removed', () => {
  const session = useChromium();
  packPagesTests(async () => {
    const current = await session();
    return { driver: chromiumDriver(current), optionsUrl: `${current.extension.baseUrl}options.html` };
  });
});
