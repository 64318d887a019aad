import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellEnv } from '../support/shell-env.ts';
import { REPO_ROOT } from './support/paths.ts';

// The README's first command ends in `npm run dev`; without a display it runs headless and says
// what the extension found on the demo page. It once waited for the <fact-notes-ui> host, which a
// page now gets only with its first card, and said the content script "did not show up".

/** Runs scripts/dev.mjs headless until it reports, then stops it; resolves with its output. */
function runDev(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/dev.mjs'), '--headless', ...args], {
      cwd: REPO_ROOT,
      env: { ...shellEnv(), PORT: '0' },
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no report within 90 s:\n${output}`));
    }, 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // "Serving … until Ctrl+C." comes once the report is out and the browser closed.
      if (/\(headless\): .*\n/.test(output) && output.includes('until Ctrl+C')) {
        clearTimeout(timer);
        child.kill();
        resolve(output);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', reject);
  });
}

describe('npm run dev, headless', () => {
  it.each([
    ['Chromium', []],
    ['Firefox', ['--firefox']],
  ])(
    '%s: reports the demo page’s mentions painted',
    async (name, args) => {
      const report = /\(headless\): (.*)\n/.exec(await runDev(args))![1]!;
      expect(report).toMatch(/^mentions painted, highlights \[fact-notes-soft \((\d+)\)/);
      const painted = Number(/fact-notes-soft \((\d+)\)/.exec(report)![1]);
      // The demo names all four entities, several times each.
      expect(painted).toBeGreaterThanOrEqual(4);
      if (name === 'Chromium') expect(report).toContain(`badge "${painted}"`);
    },
    120_000,
  );
});
