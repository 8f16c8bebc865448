import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BlockedAddressError, NetworkError, guardedFetch } from '../../../lib/fetch';

// A throwaway self-signed certificate made with the system openssl for this run only.
let server: https.Server;
let port = 0;
let hits = 0;
let dir = '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
  server = https.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) }, (_req, res) => {
    hits++;
    res.end('<html></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('https to a loopback name is checked in lookup too', async () => {
  await expect(guardedFetch(`https://localhost:${port}/`, { resolve: async () => [{ address: '127.0.0.1', family: 4 }] })).rejects.toThrow(BlockedAddressError);
  expect(hits).toBe(0);
});

test('an allowed https host connects, and an untrusted certificate is refused as a network error', async () => {
  const err = await guardedFetch(`https://localhost:${port}/`, { allow: [`localhost:${port}`], resolve: async () => [{ address: '127.0.0.1', family: 4 }] }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(NetworkError);
  expect((err as NetworkError).code).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/);
  expect(hits).toBe(0);
});
