// `npm run bench`: the extension's scan + match + paint against a floor and
// mark.js on the shared corpus and generated stress pages, the infinite-scroll
// cost per batch, the real extension's added main-thread time and heap, and the
// content script's size by dependency. Not part of `npm test`: it takes minutes
// and its figures depend on the machine. Flags: --quick, --pages=a,b,
// --skip=pages,scroll,extension,style,card,size. Results: bench/results/ (ignored by git).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildPageBundle } from './lib/build-page.mjs';
import { openBenchPage, openBrowser } from './lib/browser.mjs';
import { benchPage, DEFAULT_PLAN } from './lib/page-bench.mjs';
import { benchScroll } from './lib/scroll-bench.mjs';
import { startServer } from './lib/server.mjs';
import { STRESS_PAGES } from './lib/stress-pages.mjs';
import {
  checkTargets,
  formatCardOpen,
  formatExtensionCost,
  formatPages,
  formatScroll,
  formatSize,
  formatStyleMemory,
  formatSummary,
  formatTargets,
  summarizePages,
} from './lib/report.mjs';

const CORPUS = fileURLToPath(new URL('../../shared/corpus', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}`))?.split('=')[1] ?? (args.includes(`--${name}`) ? '' : undefined);
const isQuick = flag('quick') !== undefined;
const only = flag('pages')?.split(',');
const skipped = new Set(flag('skip')?.split(',') ?? []);
const plan = isQuick ? { ...DEFAULT_PLAN, warmups: 2, samples: 3, markjsSamples: 3, trackedSamples: 1 } : DEFAULT_PLAN;

const manifest = JSON.parse(await readFile(`${CORPUS}/manifest.json`, 'utf8'));
const targets = [
  ...manifest.map(({ name }) => ({ name, kind: 'corpus', path: `/corpus/${name}.html` })),
  ...Object.keys(STRESS_PAGES).map((name) => ({ name, kind: 'stress', path: `/stress/${name}.html` })),
].filter((t) => !only || only.includes(t.name));

const bundle = await buildPageBundle();
// The extension-cost and size steps load this build: made afresh, never a stale one (or none, on a fresh clone).
if (['extension', 'style', 'card'].some((step) => !skipped.has(step) && !only) || !skipped.has('size')) {
  const { buildBenchExtension } = await import('./lib/size.mjs');
  await buildBenchExtension();
}
const server = await startServer(CORPUS);
const { browser, context } = await openBrowser(server.origin);
const results = { date: new Date().toISOString(), browser: browser.version(), plan, pages: [] };
try {
  for (const target of skipped.has('pages') ? [] : targets) {
    const page = await openBenchPage(context, server.origin + target.path, bundle);
    const figures = await benchPage(page, plan);
    await page.close();
    const entry = {
      name: target.name,
      kind: target.kind,
      ...figures,
      markjsOverOurs: figures.markjs.median / figures.ours.median,
    };
    results.pages.push(entry);
    process.stderr.write(`${target.name}: ours ${entry.ours.median.toFixed(3)} ms, ×${entry.oursOverFloor.toFixed(2)} floor\n`);
  }
  if (!skipped.has('scroll') && !only) {
    const open = () => openBenchPage(context, `${server.origin}/stress/stress-infinite-scroll.html`, bundle);
    results.scroll = await benchScroll(open, { runs: isQuick ? 2 : 5 });
  }
} finally {
  await browser.close();
}
if (!skipped.has('extension') && !only) {
  const { benchExtension } = await import('./lib/extension-cost.mjs');
  results.extension = await benchExtension(
    server.origin,
    manifest.map((p) => p.name),
    { runs: isQuick ? 1 : 3 },
  );
}
if (!skipped.has('style') && !only) {
  const { benchStyleMemory } = await import('./lib/style-memory.mjs');
  // A few pages of the corpus: a heap snapshot each takes seconds.
  const names = ['bbc-1', 'guardian-1', 'lemonde-1', 'nytimes-4', 'wikipedia-2', 'wordpress'];
  results.styleMemory = await benchStyleMemory(server.origin, names);
}
if (!skipped.has('card') && !only) {
  const { benchCardOpen } = await import('./lib/card-open.mjs');
  results.cardOpen = await benchCardOpen(server.origin, { runs: isQuick ? 3 : 7 });
}
await server.close();
if (!skipped.has('size')) {
  const { measureSize } = await import('./lib/size.mjs');
  results.size = await measureSize();
}

results.summary = summarizePages(results.pages);
const lines = [`Fact Notes bench — ${results.browser}, ${results.date}`, formatPages(results.pages), formatSummary(results.summary)];
if (results.scroll) lines.push(formatScroll(results.scroll));
if (results.extension) lines.push(formatExtensionCost(results.extension));
if (results.styleMemory) lines.push(formatStyleMemory(results.styleMemory));
if (results.cardOpen) lines.push(formatCardOpen(results.cardOpen));
if (results.size) lines.push(formatSize(results.size));
results.targets = checkTargets(results);
lines.push(formatTargets(results.targets));
console.log(lines.join('\n\n'));
await mkdir(RESULTS, { recursive: true });
const json = JSON.stringify(results, null, 2);
await writeFile(`${RESULTS}/bench-${results.date.replace(/[:.]/g, '-')}.json`, json);
await writeFile(`${RESULTS}/latest.json`, json);
