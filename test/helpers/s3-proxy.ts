// A real HTTP proxy in front of the embedded S3 server that answers 500 InternalError to the
// requests `refuse` picks: one story the store will not take (a poison message), while every
// other request goes through untouched (headers as sent, so signatures still match).
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface S3Proxy {
  endpoint: string;
  refused: number;
  close(): Promise<void>;
}

export async function startS3Proxy(target: string, refuse: (req: IncomingMessage) => boolean): Promise<S3Proxy> {
  const to = new URL(target);
  const proxy: S3Proxy = { endpoint: '', refused: 0, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    if (refuse(req)) {
      proxy.refused++;
      req.resume();
      res.writeHead(500, { 'content-type': 'application/xml' });
      return void res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>');
    }
    const up = request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  proxy.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  return proxy;
}
