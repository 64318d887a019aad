// The printed report: one table of pages, a summary of geometric means, and
// the infinite-scroll, extension-cost and size sections.
import { geomean } from './stats.mjs';

const ms = (s) => `${s.median.toFixed(3)} (${s.min.toFixed(3)}–${s.max.toFixed(3)})`;
const chars = (n) => (n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Ratios and their geometric means for the summary line and the JSON. */
export function summarizePages(pages) {
  const group = (list) => ({
    pages: list.length,
    oursOverFloor: list.length ? geomean(list.map((p) => p.oursOverFloor)) : null,
    markjsOverOurs: list.length ? geomean(list.map((p) => p.markjsOverOurs)) : null,
  });
  return {
    corpus: group(pages.filter((p) => p.kind === 'corpus')),
    noMentions: group(pages.filter((p) => p.mentions === 0)),
    stress: group(pages.filter((p) => p.kind === 'stress')),
  };
}

/** The page table with medians (min–max) in milliseconds. */
export function formatPages(pages) {
  const rows = pages.map((p) => [
    p.name,
    chars(p.chars),
    p.mentions,
    ms(p.ours),
    ms(p.floor),
    ms(p.markjs),
    p.oursOverFloor.toFixed(2),
    p.markjsOverOurs.toFixed(1),
  ]);
  return table(['page', 'text', 'found', 'ours ms', 'floor ms', 'mark.js ms', 'ours/floor', 'mark.js/ours'], rows);
}

/** One line of geometric means. */
export function formatSummary(summary) {
  const g = (x) => (x === null ? 'n/a' : x.toFixed(2));
  const { corpus, noMentions, stress } = summary;
  return (
    `geomean ours/floor: corpus ${g(corpus.oursOverFloor)} (${corpus.pages} pages), ` +
    `no-mention pages ${g(noMentions.oursOverFloor)} (${noMentions.pages}), stress ${g(stress.oursOverFloor)}; ` +
    `mark.js/ours: corpus ${g(corpus.markjsOverOurs)}, stress ${g(stress.markjsOverOurs)}`
  );
}

/** The infinite-scroll section. */
export function formatScroll(scroll) {
  return [
    `infinite scroll (${scroll.batches.length} batches × 20 paragraphs, ${scroll.runs} runs, medians):`,
    `  per batch: ours ${scroll.ours.median.toFixed(3)} ms, floor over the batch ${scroll.floor.median.toFixed(3)} ms, ` +
      `ours/floor median ${scroll.ratio.median.toFixed(2)} (worst batch ${scroll.ratio.max.toFixed(2)})`,
    `  first 10 batches ${scroll.firstTen.toFixed(3)} ms, last 10 ${scroll.lastTen.toFixed(3)} ms: ×${scroll.growth.toFixed(2)}`,
  ].join('\n');
}

/** The size section: totals and the breakdown by dependency. */
export function formatSize(size) {
  const rows = size.breakdown.map((b) => [b.group, b.bytes, `${(b.share * 100).toFixed(1)}%`, kb(b.gzipEstimate)]);
  return [
    `content script: JS ${kb(size.js.bytes)} (${kb(size.js.gzip)} gzip), CSS ${kb(size.css.bytes)} (${kb(size.css.gzip)} gzip); ` +
      `injected total ${kb(size.totalGzip)} gzip (limit 30 KB, aim 20 KB)`,
    table(['JS by source', 'min bytes', 'share', '≈ gzip'], rows),
  ].join('\n');
}

/** Main-thread time and heap added per corpus page by each content script, side by side. */
export function formatExtensionCost(cost) {
  const keys = cost.variants.map((v) => v.key);
  const rows = cost.pages.map((p) => [
    p.name,
    ...keys.map((k) => p[k].extensionMs.toFixed(2)),
    p.ours.evaluateMs.toFixed(2),
    (p.ours.extensionMs / p.emptyWxt.extensionMs).toFixed(2),
    ...keys.map((k) => kb(p[k].heapDelta)),
  ]);
  const { summary } = cost;
  rows.push([
    'median',
    ...keys.map((k) => summary[k].extensionMs.toFixed(2)),
    summary.ours.evaluateMs.toFixed(2),
    summary.oursOverEmptyWxt.toFixed(2),
    ...keys.map((k) => kb(summary[k].heapDelta)),
  ]);
  return [
    `content scripts on corpus pages (${cost.runs} loads each, medians; main-thread ms the trace attributes to extension scripts; JS heap added after GC):`,
    ...cost.variants.map((v) => `  ${v.key}: ${v.label}`),
    table(['page', ...keys.map((k) => `${k} ms`), 'ours first run', 'ours/emptyWxt', ...keys.map((k) => `${k} heap`)], rows),
    `  ours / empty WXT: ${summary.oursOverEmptyWxt.toFixed(2)}× main-thread, heap ${summary.heapOverEmptyWxt >= 0 ? '+' : ''}${kb(summary.heapOverEmptyWxt)}`,
  ].join('\n');
}

/** Blink computed-style memory the extension adds to pages (heap snapshots, native objects). */
export function formatStyleMemory(style) {
  return [
    `computed-style memory on corpus pages, with the extension minus without (heap snapshot after GC, ${style.runs} load each):`,
    table(
      ['page', 'none', 'ours', 'added'],
      style.pages.map((p) => [p.name, kb(p.none), kb(p.ours), kb(p.added)]),
    ),
    `  median added: ${kb(style.addedMedian)}`,
  ].join('\n');
}

/** The first card open on a page with mentions: main-thread ms from the click to the card drawn, lazy set-up included. */
export function formatCardOpen(card) {
  return [
    `first card open (${card.runs} page loads, click on a mention; main-thread ms of extension scripts from the click until the card is shown):`,
    `  median ${card.median.toFixed(2)} ms (${card.min.toFixed(2)}–${card.max.toFixed(2)})`,
    `  the load before it (start-up, scan, paint; from navigation until the click): median ${card.loadMedian.toFixed(2)} ms`,
  ].join('\n');
}

/** Each target of issue 6 with the figure measured, met or missed. */
export function checkTargets(results) {
  const { summary, pages, scroll, size } = results;
  const long = pages.find((p) => p.name === 'stress-50k-words');
  const checks = [
    ['ours/floor, corpus geomean', summary.corpus.oursOverFloor, '≤', 1.4],
    ['ours/floor, pages without mentions geomean', summary.noMentions.oursOverFloor, '≤', 1.3],
    ['mark.js/ours, corpus geomean', summary.corpus.markjsOverOurs, '≥', 3.5],
    ['mark.js/ours, 50,000-word page', long?.markjsOverOurs, '≥', 3.5],
    ['infinite scroll: batch / floor over the batch (median batch)', scroll?.ratio.median, '≤', 2],
    ['infinite scroll: last 10 batches / first 10', scroll?.growth, '≤', 1.5],
    ['content script JS + CSS, KB gzip', size ? size.totalGzip / 1024 : undefined, '≤', 30],
    ['corpus: ours / empty WXT + polyfill, main-thread', results.extension?.summary.oursOverEmptyWxt, '≤', 1.25],
    [
      'corpus: ours − empty WXT + polyfill, JS heap KB',
      results.extension ? results.extension.summary.heapOverEmptyWxt / 1024 : undefined,
      '≤',
      100,
    ],
    ['first card open, main-thread ms', results.cardOpen?.median, '≤', 16],
  ];
  return checks
    .filter(([, value]) => typeof value === 'number')
    .map(([name, value, op, limit]) => ({ name, value, op, limit, isMet: op === '≤' ? value <= limit : value >= limit }));
}

/** The targets as lines. */
export function formatTargets(targets) {
  return [
    'targets (issues 6 and 10):',
    ...targets.map((t) => `  ${t.isMet ? 'met   ' : 'MISSED'} ${t.name}: ${t.value.toFixed(2)} (target ${t.op} ${t.limit})`),
  ].join('\n');
}
