import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { shellEnv } from '../../support/shell-env.ts';
import { REPO_ROOT } from './paths.ts';

// Black-box tests must run against the current code, so build both targets
// first (about a second each). FACT_NOTES_SKIP_BUILD=1 reuses .output/ as is.
const BUILDS = [['build'], ['build', '-b', 'firefox']];

/** Vitest globalSetup for the e2e suite: builds the extension for both browsers, and the framework fixture apps. */
export default function buildForE2e(): void {
  buildFixtureApps();
  if (process.env.FACT_NOTES_SKIP_BUILD === '1') {
    console.log('[e2e] FACT_NOTES_SKIP_BUILD=1: testing the existing .output/ builds');
    return;
  }
  const wxt = path.join(REPO_ROOT, 'node_modules/.bin/wxt');
  for (const args of BUILDS) run(wxt, args, `wxt ${args.join(' ')}`);
}

// The React and Vue apps are page fixtures, not the extension: always rebuilt (a few seconds),
// in a Node of their own (Node 24 runs the TypeScript file as is), away from Vitest's module runner.
function buildFixtureApps(): void {
  run(process.execPath, [path.join(REPO_ROOT, 'tests/e2e/apps/build-apps.ts')], 'fixture apps (tests/e2e/apps)');
}

function run(command: string, args: string[], what: string): void {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: REPO_ROOT, env: shellEnv(), encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${what} failed:\n${result.stdout}${result.stderr}${result.error?.message ?? ''}`);
  }
  console.log(`[e2e] ${what} (${Date.now() - started} ms)`);
}
