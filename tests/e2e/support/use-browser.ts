import { afterAll } from 'vitest';
import { launchChromium, type ChromiumExtension, type ChromiumOptions } from './launch-chromium.ts';
import { launchFirefox, type FirefoxExtension, type FirefoxOptions } from './launch-firefox.ts';
import { startTestServer, type TestServer } from './test-server.ts';

/** A test server and a browser with the extension, shared by the tests of one file. */
export interface Session<Extension> {
  server: TestServer;
  extension: Extension;
}

// Launched on first use rather than in beforeAll: a failing beforeAll makes
// Vitest report the tests as skipped, and a missing browser must fail them.
function useSession<Extension extends { close(): Promise<void> }>(
  launch: (server: TestServer) => Promise<Extension>,
): () => Promise<Session<Extension>> {
  let session: Promise<Session<Extension>> | undefined;
  let server: TestServer | undefined;
  afterAll(async () => {
    const extension = await session?.then(
      (s) => s.extension,
      () => undefined,
    );
    await extension?.close();
    await server?.close();
  });
  return () =>
    (session ??= (async () => {
      server = await startTestServer();
      return { server, extension: await launch(server) };
    })());
}

/** Registers a per-file Chromium session; call the result in each test to get it (launched once). */
export function useChromium(options: Omit<ChromiumOptions, 'server'> = {}): () => Promise<Session<ChromiumExtension>> {
  return useSession((server) => launchChromium({ ...options, server }));
}

/** Registers a per-file Firefox session; call the result in each test to get it (launched once). */
export function useFirefox(options: Omit<FirefoxOptions, 'server'> = {}): () => Promise<Session<FirefoxExtension>> {
  return useSession((server) => launchFirefox({ ...options, server }));
}
