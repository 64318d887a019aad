import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { lifecycleTests } from './suites/lifecycle.ts';

// The back/forward cache test is Chromium's: there the badge is reset on the way back (issue 9).
describe('Firefox: extension reload, disable and enable with a page open', () => {
  const session = useFirefox();
  lifecycleTests(() => session().then(firefoxDriver));
});
