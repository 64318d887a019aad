// A local server for the benchmark pages. Every response forbids page scripts
// (CSP script-src 'none'; DevTools evaluation and extension content scripts
// are exempt) and loads from anywhere but this server, and is cross-origin
// isolated so performance.now() has 5 µs steps instead of 100 µs.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { STRESS_PAGES } from './stress-pages.mjs';

const HEADERS = {
  // The corpus is UTF-8 throughout, though qq.html claims gb2312 and quanta-1.html declares nothing.
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'self' data:; script-src 'none'; style-src 'self' 'unsafe-inline'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cache-control': 'no-store',
};

/** Serves `/corpus/<name>.html` from `corpusDir`, `/stress/<name>.html` from the generators and `/fixture/<name>.html` from bench/fixtures/pages. */
export async function startServer(corpusDir) {
  const stress = new Map(Object.entries(STRESS_PAGES).map(([name, make]) => [name, make()]));
  const server = createServer(async (request, response) => {
    const [, kind, name] = /^\/(corpus|stress|fixture)\/([\w.-]+)\.html$/.exec(request.url ?? '') ?? [];
    try {
      const body =
        kind === 'stress'
          ? stress.get(name)
          : kind === 'corpus'
            ? await readFile(`${corpusDir}/pages/${name}.html`)
            : kind === 'fixture'
              ? await readFile(new URL(`../fixtures/pages/${name}.html`, import.meta.url))
              : undefined;
      if (body === undefined) throw new Error('not found');
      response.writeHead(200, HEADERS).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
