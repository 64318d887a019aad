import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { livePageTests } from './suites/live-page.ts';

describe('Firefox: changing pages, re-rendering pages and shadow roots', () => {
  const session = useFirefox();
  livePageTests(() => session().then(firefoxDriver));
});
