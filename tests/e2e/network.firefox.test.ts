import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { networkTests } from './suites/network.ts';

describe('Firefox: no network requests of our own', () => {
  const session = useFirefox();
  networkTests(() => session().then(firefoxDriver));
});
