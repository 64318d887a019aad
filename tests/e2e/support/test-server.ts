import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import { APPS_OUT_DIR, CORPUS_DIR, FIXTURES_DIR } from './paths.ts';
import type { LoggedRequest } from './request-log.ts';

/** Options for a page served from memory. */
export interface PageOptions {
  /** Let the page's own scripts run (default true); false sends CSP `script-src 'none'`. */
  scripts?: boolean;
  /** Extra response headers. */
  headers?: Record<string, string>;
}

/** A static server on 127.0.0.1 that is also the browsers' forward proxy, refusing and logging outside requests. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Absolute URL of a path on this server. */
  url(pathname: string): string;
  /** A second origin (`http://127.0.0.1:<other port>`) serving the same pages: a cross-origin frame's home. */
  otherOrigin: string;
  /** Absolute URL of a path on {@link otherOrigin}. */
  otherUrl(pathname: string): string;
  /** URL of `tests/e2e/fixtures/<name>`. */
  fixtureUrl(name: string): string;
  /** URL of `path` (a route, e.g. `/briefing`) of a fixture app built by tests/e2e/apps/build-apps.ts. */
  appUrl(name: string, route?: string): string;
  /** URL of a corpus page, served with page scripts blocked (`script-src 'none'`). */
  corpusUrl(name: string): string;
  /** Serves `html` at `pathname` until the server closes; returns its URL. */
  serveHtml(pathname: string, html: string, options?: PageOptions): string;
  /** Serves `body` as `contentType` at `pathname` until the server closes; returns its URL. */
  serveFile(pathname: string, body: string | Buffer, contentType: string): string;
  /** Every request received so far, in order (direct and proxied). */
  readonly requests: LoggedRequest[];
  /** Forgets the logged requests. */
  clearRequests(): void;
  close(): Promise<void>;
}

// Page scripts must not run on corpus pages (they would also try the network);
// extension content scripts are exempt from page CSP in both browsers.
const NO_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

/** The CSP of strict.html: nothing but the page's own files, and Trusted Types with no policy allowed. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

/** Response headers of particular fixtures, beside their content type. */
const FIXTURE_HEADERS: Record<string, Record<string, string>> = {
  'strict.html': { 'content-security-policy': STRICT_CSP },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', // corpus caveat: qq.html lies about its charset
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

interface Page {
  body: string | Buffer;
  headers: Record<string, string>;
}

/** Starts the server on a random port. */
export async function startTestServer(): Promise<TestServer> {
  const pages = new Map<string, Page>();
  const requests: LoggedRequest[] = [];
  const server = http.createServer((req, res) => {
    const isProxied = /^[a-z][a-z0-9+.-]*:\/\//i.test(req.url ?? '');
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const isLocal = url.host === `127.0.0.1:${port}` || url.host === `127.0.0.1:${otherPort}`;
    requests.push(logEntry(req, url.href, isLocal ? 'direct' : 'proxy'));
    if (!isLocal || req.method !== 'GET') {
      res.writeHead(isProxied ? 403 : 405).end();
      return;
    }
    void resolvePage(url.pathname, pages).then((page) => {
      if (page) res.writeHead(200, page.headers).end(page.body);
      else res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
    });
  });
  // HTTPS and WebSocket tunnels through the proxy: log the host, refuse. Node leaves these
  // sockets without an error listener: a browser that resets one (ECONNRESET) while we refuse
  // would otherwise crash the test run with an uncaught exception. A reset refusal is still one.
  const ignoreReset = (socket: Duplex) => socket.on('error', () => undefined);
  server.on('connect', (req: http.IncomingMessage, socket: Duplex) => {
    ignoreReset(socket);
    requests.push(logEntry(req, `https://${req.url}/`, 'proxy'));
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex) => {
    ignoreReset(socket);
    requests.push(logEntry(req, req.url ?? '', 'proxy'));
    socket.destroy();
  });
  // The same handler on a second port: a different origin for cross-origin frames (no proxy in between:
  // both browsers reach 127.0.0.1 directly).
  const other = http.createServer((req, res) => server.emit('request', req, res));
  const listen = async (s: http.Server) => {
    s.listen(0, '127.0.0.1');
    await new Promise<void>((resolve, reject) => s.once('listening', resolve).once('error', reject));
    return (s.address() as AddressInfo).port;
  };
  const port = await listen(server);
  const otherPort = await listen(other);
  const origin = `http://127.0.0.1:${port}`;
  const otherOrigin = `http://127.0.0.1:${otherPort}`;
  return {
    origin,
    port,
    url: (pathname) => new URL(pathname, origin).href,
    otherOrigin,
    otherUrl: (pathname) => new URL(pathname, otherOrigin).href,
    fixtureUrl: (name) => `${origin}/fixtures/${name}`,
    appUrl: (name, route = '/') => `${origin}/apps/${name}${route}`,
    corpusUrl: (name) => `${origin}/corpus/${name}`,
    serveHtml(pathname, html, options = {}) {
      const headers = { 'content-type': CONTENT_TYPES['.html']!, ...(options.scripts === false ? NO_SCRIPTS : {}), ...options.headers };
      pages.set(new URL(pathname, origin).pathname, { body: html, headers });
      return new URL(pathname, origin).href;
    },
    serveFile(pathname, body, contentType) {
      pages.set(new URL(pathname, origin).pathname, { body, headers: { 'content-type': contentType } });
      return new URL(pathname, origin).href;
    },
    requests,
    clearRequests: () => void requests.splice(0),
    close: () =>
      Promise.all(
        [server, other].map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
}

function logEntry(req: http.IncomingMessage, url: string, via: LoggedRequest['via']): LoggedRequest {
  const { 'sec-fetch-dest': dest, origin } = req.headers;
  return { url, method: req.method ?? 'GET', via, dest: dest, origin, at: Date.now() };
}

async function resolvePage(pathname: string, pages: Map<string, Page>): Promise<Page | undefined> {
  const page = pages.get(pathname);
  if (page) return page;
  const app = /^\/apps\/([a-z]+)\/(.*)$/.exec(pathname);
  if (app) return resolveAppFile(app[1]!, app[2]!);
  const [, root, rest] = /^\/(fixtures|corpus)\/(.+)$/.exec(pathname) ?? [];
  if (!root || !rest) return undefined;
  const dir = root === 'corpus' ? CORPUS_DIR : FIXTURES_DIR;
  const file = path.join(dir, decodeURIComponent(rest));
  if (!file.startsWith(dir + path.sep)) return undefined; // no ../ escapes
  const body = await fs.readFile(file).catch(() => undefined);
  if (!body) return undefined;
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const extra = root === 'corpus' ? NO_SCRIPTS : FIXTURE_HEADERS[rest];
  return { body, headers: { 'content-type': type, ...extra } };
}

// A single-page app's server: its files by name, and its page for every other path under it
// (SPA fallback), so a reload on a route the app pushed with the History API works.
async function resolveAppFile(name: string, rest: string): Promise<Page | undefined> {
  const dir = path.join(APPS_OUT_DIR, name);
  const file = path.join(dir, decodeURIComponent(rest) || 'index.html');
  if (!file.startsWith(dir + path.sep)) return undefined;
  const isAsset = path.extname(file) !== '';
  const body = await fs.readFile(isAsset ? file : path.join(dir, 'index.html')).catch(() => undefined);
  if (!body) return undefined;
  return { body, headers: { 'content-type': CONTENT_TYPES[isAsset ? path.extname(file) : '.html'] ?? 'application/octet-stream' } };
}
