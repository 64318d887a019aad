import { defineConfig } from 'vite';
import { buildTimeModules } from '../../scripts/build-time-modules.ts';

// bench/lib/build-page.mjs passes everything else inline.
export default defineConfig({ plugins: [buildTimeModules()] });
