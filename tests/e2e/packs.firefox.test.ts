import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { packsTests } from './suites/packs.ts';

describe('Firefox: the options page imports, lists, switches, exports and removes packs', () => {
  const session = useFirefox();
  packsTests(async () => {
    const current = await session();
    return { driver: firefoxDriver(current), optionsUrl: `${current.extension.baseUrl}options.html` };
  });
});
