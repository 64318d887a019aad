import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { hostilePageTests } from './suites/hostile-pages.ts';

describe('Firefox: pages hostile to extensions (strict CSP, overridden DOM methods)', () => {
  const session = useFirefox();
  hostilePageTests(() => session().then(firefoxDriver));
});
