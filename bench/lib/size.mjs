// The content script's size: what every page gets (content.js + content.css),
// gzipped, and the minified JS attributed to its sources through the build's
// source map, grouped by npm package or by our own folder.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { EMPTY_WXT_OUT, EMPTY_WXT_ROOT, EXTENSION_OUT } from './build-extension.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of source-map VLQ segments into arrays of numbers (relative values). */
function decodeLine(line) {
  return line
    .split(',')
    .filter(Boolean)
    .map((segment) => {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      return values;
    });
}

/** Which package or folder of ours a source path belongs to. */
export function groupOf(source) {
  const path = source.replace(/\\/g, '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  const own = /(?:^|\/)(lib\/[^/]+\/|lib\/[^/]+$|components\/|entrypoints\/[^/]+\/|assets\/)/.exec(path);
  if (own) return own[1];
  return path.includes('virtual:') || path.includes('wxt') ? 'wxt (virtual modules)' : path;
}

/** Minified bytes per group of sources, from a built file and its source map. */
export function attributeBytes(code, map) {
  const bytes = new Map();
  const add = (group, n) => bytes.set(group, (bytes.get(group) ?? 0) + n);
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((mapping, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    const segments = decodeLine(mapping);
    let column = 0;
    let covered = 0;
    const starts = segments.map((segment) => {
      column += segment[0];
      if (segment.length > 1) source += segment[1];
      return { column, source: segment.length > 1 ? source : -1 };
    });
    starts.forEach((start, i) => {
      const end = starts[i + 1]?.column ?? line.length;
      const n = Buffer.byteLength(line.slice(start.column, end));
      covered += end - start.column;
      add(start.source < 0 ? '(unmapped)' : groupOf(map.sources[start.source]), n);
    });
    if (starts.length === 0 || starts[0].column > 0) add('(unmapped)', Buffer.byteLength(line.slice(0, starts[0]?.column ?? line.length)));
    add('(unmapped)', 1); // the newline
    void covered;
  });
  return bytes;
}

/** Builds the extension the bench loads and measures (bench/.build/extension), afresh from the working tree. */
export async function buildBenchExtension() {
  // In a child process: WXT's progress spinner stays out of the report.
  const script = fileURLToPath(new URL('./build-extension.mjs', import.meta.url));
  await promisify(execFile)(process.execPath, [script, EXTENSION_OUT, 'chrome', 'hidden']);
  // The baseline the extension-cost step compares against, built the same way.
  await promisify(execFile)(process.execPath, [script, EMPTY_WXT_OUT, 'chrome', 'false', EMPTY_WXT_ROOT]);
}

/** Measures the content script of the build made by {@link buildBenchExtension}; the breakdown is sorted by size. */
export async function measureSize() {
  const dir = `${EXTENSION_OUT}/chrome-mv3`;
  const js = await readFile(`${dir}/content-scripts/content.js`);
  const css = await readFile(`${dir}/content-scripts/content.css`).catch(() => Buffer.alloc(0));
  const map = JSON.parse(await readFile(`${dir}/content-scripts/content.js.map`, 'utf8'));
  const jsGzip = gzipSync(js, { level: 9 }).length;
  const cssGzip = css.length ? gzipSync(css, { level: 9 }).length : 0;
  const breakdown = [...attributeBytes(js.toString('utf8'), map)]
    .map(([group, bytes]) => ({ group, bytes, share: bytes / js.length, gzipEstimate: (bytes / js.length) * jsGzip }))
    .sort((a, b) => b.bytes - a.bytes);
  return {
    js: { bytes: js.length, gzip: jsGzip },
    css: { bytes: css.length, gzip: cssGzip },
    totalGzip: jsGzip + cssGzip,
    breakdown,
  };
}
