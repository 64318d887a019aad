/** One request that reached the test server, directly or as the browsers' forward proxy. */
export interface LoggedRequest {
  /** Absolute URL; for a proxied HTTPS tunnel only `https://host:port/` is known. */
  url: string;
  /** HTTP method, or `CONNECT` for a refused tunnel (HTTPS, WSS). */
  method: string;
  /** `direct` = served from 127.0.0.1; `proxy` = an outside request, refused and logged. */
  via: 'direct' | 'proxy';
  /** `Sec-Fetch-Dest` (document, image, empty, ...) when the browser sent one. */
  dest?: string;
  /** `Origin` header; an extension's own fetch carries chrome-extension:// or moz-extension://. */
  origin?: string;
  /** Milliseconds since the epoch. */
  at: number;
}

// The browsers' own services, seen through the proxy in test runs: Chromium's
// sign-in, update and autofill endpoints, and Firefox's remote settings (which
// ignore puppeteer's dummy server pref). The extension has no reason to call them.
const CHROMIUM_SERVICE_HOSTS = new Set([
  'accounts.google.com',
  'clients2.google.com',
  'clients2.googleusercontent.com',
  'clientservices.googleapis.com',
  'content-autofill.googleapis.com',
  'optimizationguide-pa.googleapis.com',
  'safebrowsing.googleapis.com',
  'update.googleapis.com',
  'redirector.gvt1.com',
  'edgedl.me.gvt1.com',
]);
const FIREFOX_SERVICE_HOST = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|dummy\.test)$/;

/** True for traffic the browser makes for itself (updates, remote settings). */
export function isBrowserServiceRequest(request: LoggedRequest): boolean {
  const { hostname } = new URL(request.url);
  return CHROMIUM_SERVICE_HOSTS.has(hostname) || FIREFOX_SERVICE_HOST.test(hostname);
}

/**
 * Requests that neither the test nor the browser made: everything except
 * top-level and frame navigations, favicons, browser services, and `allow`
 * (exact URLs or patterns). On a fixture page with no subresources and no page
 * scripts, what remains was made by the extension (contract item 6).
 */
export function unexpectedRequests(requests: readonly LoggedRequest[], allow: ReadonlyArray<string | RegExp> = []): LoggedRequest[] {
  return requests.filter((request) => {
    if (request.dest === 'document' || request.dest === 'iframe') return false;
    if (new URL(request.url).pathname === '/favicon.ico') return false;
    if (isBrowserServiceRequest(request)) return false;
    return !allow.some((rule) => (typeof rule === 'string' ? rule === request.url : rule.test(request.url)));
  });
}
