// Bundles bench/page/entry.ts (and the extension's lib code it imports) into
// one IIFE for evaluation in benchmark pages, minified like the shipped build.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Where the page bundle is written. */
export const PAGE_BUNDLE = fileURLToPath(new URL('../.build/bench-page.js', import.meta.url));

/** Builds the page bundle; returns its path. */
export async function buildPageBundle() {
  await build({
    // Only the build-time matcher plugin (a TypeScript file, loaded the way Vite loads configs).
    configFile: fileURLToPath(new URL('../page/vite.config.ts', import.meta.url)),
    root,
    logLevel: 'warn',
    publicDir: false,
    // WXT defines these for the extension; the Chromium build has FIREFOX false.
    define: { 'import.meta.env.FIREFOX': 'false', 'import.meta.env.CHROME': 'true' },
    build: {
      target: 'es2022',
      outDir: 'bench/.build',
      emptyOutDir: false,
      minify: true,
      lib: { entry: 'bench/page/entry.ts', formats: ['iife'], name: 'factNotesBench', fileName: () => 'bench-page.js' },
    },
  });
  return PAGE_BUNDLE;
}
