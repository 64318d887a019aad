import { describe } from 'vitest';
import { chromiumDriver } from './support/chromium-driver.ts';
import { useChromium } from './support/use-browser.ts';
import { interactionTests } from './suites/interactions.ts';

describe('Chromium: hover, click, tap, Escape, keyboard command, links', () => {
  const session = useChromium();
  interactionTests(() => session().then(chromiumDriver));
});
