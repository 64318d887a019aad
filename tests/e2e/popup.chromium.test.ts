import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { popupTests } from './suites/popup.ts';

describe('Chromium: popup settings apply live', () => {
  const session = useChromium({ collectErrors: false });
  popupTests(async () => {
    const current = await session();
    return { driver: chromiumDriver(current), popupUrl: `${current.extension.baseUrl}popup.html` };
  });
});
