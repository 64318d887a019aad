import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { oddPagesTests } from './suites/odd-pages.ts';

describe('Chromium: about:blank, data:, file: and PDF tabs, closed details, frames, 20 tabs at once', () => {
  const session = useChromium();
  oddPagesTests(() => session().then(chromiumDriver));
});
