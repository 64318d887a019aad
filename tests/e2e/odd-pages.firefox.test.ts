import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { oddPagesTests } from './suites/odd-pages.ts';

describe('Firefox: about:blank, data:, file: and PDF tabs, closed details, frames, 20 tabs at once', () => {
  const session = useFirefox();
  oddPagesTests(() => session().then(firefoxDriver));
});
