import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellEnv } from '../support/shell-env.ts';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, REPO_ROOT } from './support/paths.ts';

// What addons.mozilla.org checks: its linter on the package, and that the
// sources zip rebuilds the very same package; and the Chrome Web Store's zip. `npm run zip` makes all three.

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const FIREFOX_ZIP = path.join(REPO_ROOT, `.output/${pkg.name}-${pkg.version}-firefox.zip`);
const CHROME_ZIP = path.join(REPO_ROOT, `.output/${pkg.name}-${pkg.version}-chrome.zip`);
const SOURCES_ZIP = path.join(REPO_ROOT, `.output/${pkg.name}-${pkg.version}-sources.zip`);
const bin = (name: string) => path.join(REPO_ROOT, 'node_modules/.bin', name);

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, env: shellEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}${result.stderr}${result.error?.message ?? ''}`);
  }
  return result.stdout;
}

/** Every file under `dir`, relative, with `/` separators, sorted. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function unzip(file: string): Record<string, Uint8Array> {
  const entries = unzipSync(fs.readFileSync(file));
  return Object.fromEntries(Object.entries(entries).filter(([name]) => !name.endsWith('/')));
}

// The very script a person runs: Chrome zip, Firefox zip and Firefox sources zip.
beforeAll(() => {
  run('npm', ['run', 'zip', '--silent'], REPO_ROOT);
}, 180_000);

describe('Chrome package', () => {
  it('is the Chrome build file for file, MV3 with the store icons and nothing web-accessible', () => {
    const packaged = unzip(CHROME_ZIP);
    expect(Object.keys(packaged).sort()).toEqual(filesUnder(CHROME_BUILD_DIR));
    for (const [name, bytes] of Object.entries(packaged)) {
      expect(Buffer.compare(Buffer.from(bytes), fs.readFileSync(path.join(CHROME_BUILD_DIR, name))), name).toBe(0);
    }
    const manifest = JSON.parse(Buffer.from(packaged['manifest.json']!).toString('utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ manifest_version: 3, permissions: ['storage'], icons: { 16: 'icon/16.png', 128: 'icon/128.png' } });
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
});

describe('Firefox package', () => {
  it('passes web-ext lint with no errors, warnings or notices', () => {
    const report = JSON.parse(
      run(bin('web-ext'), ['lint', '--source-dir', FIREFOX_BUILD_DIR, '--output', 'json', '--no-input'], REPO_ROOT),
    ) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: { code: string }[];
      warnings: { code: string }[];
      notices: { code: string }[];
    };
    const codes = [...report.errors, ...report.warnings, ...report.notices].map((message) => message.code);
    expect(codes).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  }, 120_000);

  it('declares that it collects nothing and supports Firefox for Android from the version that paints every style', () => {
    const manifest = JSON.parse(Buffer.from(unzip(FIREFOX_ZIP)['manifest.json']!).toString('utf8')) as {
      browser_specific_settings: { gecko: Record<string, unknown>; gecko_android: Record<string, unknown> };
    };
    const { gecko, gecko_android: android } = manifest.browser_specific_settings;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.strict_min_version).toBe('146.0');
    expect(android.strict_min_version).toBe('146.0');
  });
});

describe('Firefox sources zip', () => {
  let dir = '';
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('holds what a rebuild needs and no tests, bench or screenshots', () => {
    const names = Object.keys(unzip(SOURCES_ZIP));
    for (const needed of [
      'package.json',
      'package-lock.json',
      '.nvmrc',
      'wxt.config.ts',
      'tsconfig.json',
      'scripts/check-summary.ts',
      'store/REVIEWER-NOTES.md',
    ]) {
      expect(names, needed).toContain(needed);
    }
    expect(names.filter((name) => /^(bench|tests|docs|demo|store\/screenshots|node_modules|\.output|\.wxt)\//.test(name))).toEqual([]);
    expect(names.filter((name) => name.endsWith('.png') && !name.startsWith('public/icon/'))).toEqual([]);
  });

  it('rebuilds the Firefox package byte for byte (npm ci, npm run build-for-amo)', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fact-notes-amo-'));
    for (const [name, bytes] of Object.entries(unzip(SOURCES_ZIP))) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), bytes);
    }
    // npm from PATH runs under the pinned Node (npm test put node_modules/.bin first); offline from the cache when it can.
    run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir);
    run('npm', ['run', 'build-for-amo'], dir);

    const built = path.join(dir, '.output/firefox-mv2');
    const packaged = unzip(FIREFOX_ZIP);
    expect(filesUnder(built)).toEqual(Object.keys(packaged).sort());
    for (const [name, bytes] of Object.entries(packaged)) {
      expect(Buffer.compare(fs.readFileSync(path.join(built, name)), Buffer.from(bytes)), name).toBe(0);
    }
  }, 600_000);
});
