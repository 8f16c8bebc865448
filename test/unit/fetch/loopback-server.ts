import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, listenOnLoopback } from '../../helpers/loopback-http';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 (port 0) whose routes tests set; it records every request it gets. */
export class LoopbackServer {
  readonly routes = new Map<string, Handler>();
  readonly requests: http.IncomingMessage[] = [];
  private readonly server: http.Server;
  port = 0;

  constructor() {
    this.server = http.createServer((req, res) => {
      this.requests.push(req);
      const path = (req.url ?? '/').split('?')[0];
      const handler = this.routes.get(path);
      if (handler) handler(req, res);
      else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    });
  }

  async start(): Promise<this> {
    this.port = Number(new URL(await listenOnLoopback(this.server)).port);
    return this;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get allowEntry(): string {
    return `127.0.0.1:${this.port}`;
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  on(path: string, handler: Handler): this {
    this.routes.set(path, handler);
    return this;
  }

  hits(path: string): number {
    return this.requests.filter((r) => (r.url ?? '').split('?')[0] === path).length;
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }
}

/** A port on 127.0.0.1 that nothing listens on (bound, then closed). */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
