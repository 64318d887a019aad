import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { packPagesTests } from './suites/pack-pages.ts';

describe('Firefox: imported packs on pages (counted, painted, cards), switched off and removed', () => {
  const session = useFirefox();
  packPagesTests(async () => {
    const current = await session();
    return { driver: firefoxDriver(current), optionsUrl: `${current.extension.baseUrl}options.html` };
  });
});
