import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './paths.ts';

// Black-box tests must run against the current code, so build both targets
// first (about a second each). FACT_NOTES_SKIP_BUILD=1 reuses .output/ as is.
const BUILDS = [['build'], ['build', '-b', 'firefox']];

/** Vitest globalSetup for the e2e suite: builds the extension for both browsers. */
export default function buildExtension(): void {
  if (process.env.FACT_NOTES_SKIP_BUILD === '1') {
    console.log('[e2e] FACT_NOTES_SKIP_BUILD=1: testing the existing .output/ builds');
    return;
  }
  const wxt = path.join(REPO_ROOT, 'node_modules/.bin/wxt');
  for (const args of BUILDS) {
    const started = Date.now();
    const result = spawnSync(wxt, args, { cwd: REPO_ROOT, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`wxt ${args.join(' ')} failed:\n${result.stdout}${result.stderr}${result.error?.message ?? ''}`);
    }
    console.log(`[e2e] wxt ${args.join(' ')} (${Date.now() - started} ms)`);
  }
}
