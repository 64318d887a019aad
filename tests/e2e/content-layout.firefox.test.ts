import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { layoutTests } from './suites/layout.ts';

describe('Firefox: card placement and style isolation', () => {
  const session = useFirefox();
  layoutTests(() => session().then(firefoxDriver));
});
