import { defineConfig } from 'vite';
import { precompiledMatcher } from '../../scripts/precompiled-matcher-plugin';

// bench/lib/build-page.mjs passes everything else inline.
export default defineConfig({ plugins: [precompiledMatcher()] });
