import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { packsTests } from './suites/packs.ts';

describe('Chromium: the options page imports, lists, switches, exports and removes packs', () => {
  const session = useChromium();
  packsTests(async () => {
    const current = await session();
    return { driver: chromiumDriver(current), optionsUrl: `${current.extension.baseUrl}options.html` };
  });
});
