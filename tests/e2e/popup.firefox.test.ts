import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { popupTests } from './suites/popup.ts';

describe('Firefox: popup settings apply live', () => {
  const session = useFirefox();
  popupTests(async () => {
    const current = await session();
    return { driver: firefoxDriver(current), popupUrl: `${current.extension.baseUrl}popup.html` };
  });
});
