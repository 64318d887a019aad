// Builds the real extension for the bench, apart from .output/ (which the
// developer and the e2e tests own): production mode, with hidden source maps
// (the .js files are byte-for-byte what ships; only .map files are added).
// As a script (for tests and size.mjs): node bench/lib/build-extension.mjs [outDir] [chrome|firefox] [hidden]
// builds into <outDir>/chrome-mv3 or <outDir>/firefox-mv2.
import { build } from 'wxt';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Where the bench's build goes by default. */
export const EXTENSION_OUT = fileURLToPath(new URL('../.build/extension', import.meta.url));

/** Builds the extension for `browser` into `outDir`; returns the unpacked extension's directory. */
export async function buildExtension({ outDir = EXTENSION_OUT, browser = 'chrome', sourcemap = 'hidden', projectRoot = root } = {}) {
  await build({
    root: projectRoot,
    browser,
    mode: 'production',
    outDir,
    // Quiet except for warnings and errors: the bench prints its own report.
    logger: new Proxy({}, { get: (_, level) => (level === 'warn' || level === 'error' || level === 'fatal' ? console.error : () => {}) }),
    vite: () => ({ build: { sourcemap } }),
  });
  return `${outDir}/${browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3'}`;
}

/** The empty WXT + polyfill content script the bench compares against (bench/fixtures/empty-wxt). */
export const EMPTY_WXT_ROOT = fileURLToPath(new URL('../fixtures/empty-wxt', import.meta.url));
export const EMPTY_WXT_OUT = fileURLToPath(new URL('../.build/empty-wxt', import.meta.url));
/** The hand-written MV3 script that only reads storage.sync: loaded as it is, no build. */
export const PLAIN_MV3_DIR = fileURLToPath(new URL('../fixtures/plain-mv3', import.meta.url));

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir, browser, sourcemap, projectRoot] = process.argv.slice(2);
  await buildExtension({
    outDir: outDir || undefined,
    browser: browser || undefined,
    sourcemap: sourcemap && sourcemap !== 'false' ? sourcemap : false,
    projectRoot: projectRoot || undefined,
  });
}
