import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { pageSafetyTests } from './suites/page-safety.ts';

describe('Firefox: what a page sees of the extension, and what it cannot do to it', () => {
  const session = useFirefox();
  pageSafetyTests(() => session().then(firefoxDriver));
});
