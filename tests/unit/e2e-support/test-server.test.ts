import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../e2e/support/test-server';

// The e2e test server is also the browsers' proxy. A browser once reset an HTTPS tunnel it was
// being refused (ECONNRESET), and the socket's unhandled error crashed a whole e2e run.

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Sends `request` on a raw socket and resets the connection as soon as anything comes back. */
function sendAndReset(port: number, request: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    socket.on('error', reject);
    socket.once('data', () => {
      socket.resetAndDestroy();
      // Give the server's side the turn in which its socket learns of the reset.
      setTimeout(resolve, 50);
    });
  });
}

describe('the e2e test server as a proxy', () => {
  it.each([
    ['an HTTPS tunnel (CONNECT)', 'CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n', 'https://example.org:443/'],
    [
      'a WebSocket upgrade',
      'GET ws://example.org/socket HTTP/1.1\r\nHost: example.org\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n',
      'ws://example.org/socket',
    ],
  ])('refuses and logs %s, and a reset of it harms nothing', async (_, request, logged) => {
    server = await startTestServer();
    const port = Number(new URL(server.fixtureUrl('x.html')).port);
    if (request.startsWith('GET')) {
      // The server destroys an upgrade at once: reset from our side right after sending.
      await new Promise<void>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.write(request);
          setTimeout(() => {
            socket.resetAndDestroy();
            setTimeout(resolve, 50);
          }, 20);
        });
        socket.on('error', () => undefined);
      });
    } else {
      await sendAndReset(port, request);
    }
    expect(server.requests.map((entry) => entry.url)).toContain(logged);
    // Still serving.
    expect((await fetch(server.fixtureUrl('smoke.html'))).status).toBe(200);
  });
});
