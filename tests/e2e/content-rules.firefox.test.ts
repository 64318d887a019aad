import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { ruleTests } from './suites/rules.ts';

describe('Firefox: what counts as a mention', () => {
  const session = useFirefox();
  ruleTests(() => session().then(firefoxDriver));
});
