import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { APPS_DIR, APPS_OUT_DIR } from '../support/paths.ts';

// Bundles the framework fixture apps ahead of the e2e run (global-setup.ts runs this file), each
// twice: a server bundle whose render() gives the home route's markup, and the client bundle that
// hydrates it. Development builds, so React and Vue report hydration mismatches with details.
// Fixed file names, no hashes, no minifier: the same sources give the same files.
// Usable alone: `node tests/e2e/apps/build-apps.ts`.

interface AppBuild {
  name: 'react' | 'vue';
  title: string;
  /** Entry files, relative to the app's folder. */
  server: string;
  client: string;
  /** Compile-time flags of the framework. */
  define: Record<string, string>;
}

const APPS: AppBuild[] = [
  { name: 'react', title: 'React 19 fixture app', server: 'server.tsx', client: 'client.tsx', define: {} },
  {
    name: 'vue',
    title: 'Vue 3 fixture app',
    server: 'server.ts',
    client: 'client.ts',
    define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true' },
  },
];

function baseConfig(app: AppBuild): InlineConfig {
  return {
    configFile: false,
    envDir: false,
    publicDir: false,
    root: path.join(APPS_DIR, app.name),
    logLevel: 'warn',
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development'), ...app.define },
    // The repository's tsconfig says Preact; the React files also name React in a pragma.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  };
}

/** The page every route of `app` serves (SPA fallback), with the server's markup in its container. */
function page(app: AppBuild, markup: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${app.title}</title></head>
<body>
<div id="app" data-ssr-route="/">${markup}</div>
<script type="module" src="/apps/${app.name}/app.js"></script>
</body>
</html>
`;
}

async function buildApp(app: AppBuild): Promise<void> {
  const outDir = path.join(APPS_OUT_DIR, app.name);
  const serverDir = path.join(APPS_OUT_DIR, '.server', app.name);
  await build({
    ...baseConfig(app),
    build: {
      ssr: app.server,
      outDir: serverDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'server.mjs' } },
    },
  });
  const server = (await import(pathToFileURL(path.join(serverDir, 'server.mjs')).href)) as { render(): string | Promise<string> };
  const markup = await server.render();
  await build({
    ...baseConfig(app),
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      modulePreload: false,
      rolldownOptions: {
        input: path.join(APPS_DIR, app.name, app.client),
        output: { entryFileNames: 'app.js', chunkFileNames: '[name].js' },
      },
    },
  });
  await fs.writeFile(path.join(outDir, 'index.html'), page(app, markup));
}

/** Builds every fixture app into APPS_OUT_DIR/<name>/ (index.html, app.js). */
export async function buildApps(): Promise<void> {
  for (const app of APPS) await buildApp(app);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildApps();
