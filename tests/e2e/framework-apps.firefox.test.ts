import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { frameworkAppTests } from './suites/framework-apps.ts';

describe('Firefox: real React 19 and Vue 3 single-page apps, hydrated from server markup', () => {
  const session = useFirefox();
  frameworkAppTests(() => session().then(firefoxDriver));
});
