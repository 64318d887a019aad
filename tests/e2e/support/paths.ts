import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (two folders above tests/e2e/support). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Hand-written pages for e2e tests. */
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests/e2e/fixtures');

/** Real-page corpus; CI puts `shared/` beside the clone, so it lives outside the repo. */
export const CORPUS_DIR = path.resolve(REPO_ROOT, '../shared/corpus/pages');

/** Unpacked Chromium build (contract item 1). */
export const CHROME_BUILD_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');

/** Unpacked Firefox build (contract item 1). */
export const FIREFOX_BUILD_DIR = path.join(REPO_ROOT, '.output/firefox-mv2');

/** Sources of the framework fixture apps (React, Vue). */
export const APPS_DIR = path.join(REPO_ROOT, 'tests/e2e/apps');

/** Where tests/e2e/apps/build-apps.ts bundles them (git-ignored), one folder per app. */
export const APPS_OUT_DIR = path.join(APPS_DIR, 'dist');
