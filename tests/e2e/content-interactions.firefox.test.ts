import { describe } from 'vitest';
import { firefoxDriver } from './support/firefox-driver.ts';
import { useFirefox } from './support/use-browser.ts';
import { interactionTests } from './suites/interactions.ts';

describe('Firefox: hover, click, tap, Escape, keyboard command, links', () => {
  const session = useFirefox();
  interactionTests(() => session().then(firefoxDriver));
});
