import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { hugePagesTests } from './suites/huge-pages.ts';

describe('Firefox: 200,000 nodes, 5,000 deep, 10,000 mentions', () => {
  const session = useFirefox();
  hugePagesTests(() => session().then(firefoxDriver));
});
