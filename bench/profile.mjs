// `node bench/profile.mjs [page …]`: where the content script spends its main-thread
// time on corpus pages, by function (CPU profile samples in extension scripts, self
// time), summed over a few cold loads. Uses the build `npm run bench` made in
// bench/.build/extension (run the bench, or its size step, first), or the unpacked build in
// EXT_DIR, to compare two builds. A tool for finding what to fix; the bench is what reports.
import { fileURLToPath } from 'node:url';
import { EXTENSION_OUT } from './lib/build-extension.mjs';
import { launch } from './lib/extension-cost.mjs';
import { startServer } from './lib/server.mjs';

const CORPUS = fileURLToPath(new URL('../../shared/corpus', import.meta.url));
const DIR = process.env.EXT_DIR ?? `${EXTENSION_OUT}/chrome-mv3`;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['wikipedia-2', 'wordpress', 'bbc-1', 'cnn'];
const LOADS = 3;
const server = await startServer(CORPUS);
const context = await launch(server.origin, DIR);
const self = new Map();
let total = 0;
/** Loads `name` once under the CPU profiler; the samples that fall in extension scripts, by function. */
async function profileLoad(name) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/corpus/${name}.html`, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  return profile;
}
try {
  await profileLoad(pages[0]); // thrown away: the first load compiles and caches the script
  for (const name of pages) {
    for (let i = 0; i < LOADS; i++) {
      const profile = await profileLoad(name);
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      const dt = new Map();
      profile.samples.forEach((id, k) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[k + 1] ?? 0)));
      for (const [id, us] of dt) {
        const { callFrame } = byId.get(id);
        if (!callFrame.url.startsWith('chrome-extension://')) continue;
        const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber}:${callFrame.columnNumber}`;
        self.set(key, (self.get(key) ?? 0) + us);
        total += us;
      }
    }
  }
} finally {
  await context.close();
  await server.close();
}
const loads = pages.length * LOADS;
console.log(`extension self time: ${(total / 1000 / loads).toFixed(2)} ms per load over ${loads} loads (${pages.join(', ')})`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${(us / 1000 / loads).toFixed(3).padStart(8)} ms  ${key}`);
}
