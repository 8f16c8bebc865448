// Real HTTP servers for tests, on 127.0.0.1 only: listen on a free port, and close with every
// kept-alive connection (a pooled client would otherwise hold the server open past the test).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts `server` on 127.0.0.1 at a free port; resolves to its origin, "http://127.0.0.1:PORT". */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Stops `server`, dropping open connections. */
export async function closeServer(server: Server | undefined): Promise<void> {
  if (!server) return;
  await new Promise<void>((r) => {
    server.close(() => r());
    server.closeAllConnections();
  });
}
