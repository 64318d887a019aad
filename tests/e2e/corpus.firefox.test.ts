import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { corpusTests } from './suites/corpus.ts';

describe('Firefox: the real-page corpus', () => {
  const session = useFirefox();
  corpusTests(() => session().then(firefoxDriver));
});
