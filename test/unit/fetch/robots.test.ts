import { BlockedAddressError, RobotsChecker, RobotsDisallowedError } from '../../../lib/fetch';
import { LoopbackServer, closedPort } from './loopback-server';

const ROBOTS = ['User-agent: *', 'Disallow: /private/', '', 'User-agent: wirewatch', 'Disallow: /drafts/', 'Allow: /drafts/public', ''].join('\n');

let server: LoopbackServer;

beforeEach(async () => {
  server = await new LoopbackServer().start();
});

afterEach(async () => {
  await server.stop();
});

test('rules for our user agent allow and disallow paths, one robots.txt fetch per origin', async () => {
  server.on('/robots.txt', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(ROBOTS);
  });
  const robots = new RobotsChecker({ allow: [server.allowEntry] });
  await expect(robots.check(server.url('/world/story-1'))).resolves.toBeUndefined();
  // our own group replaces the * group, so /private/ is open to wirewatch
  await expect(robots.check(server.url('/private/x'))).resolves.toBeUndefined();
  await expect(robots.check(server.url('/drafts/public'))).resolves.toBeUndefined();
  const err = await robots.check(server.url('/drafts/secret')).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RobotsDisallowedError);
  expect((err as RobotsDisallowedError).reason).toBe('robots');
  await Promise.all([robots.check(server.url('/a')), robots.check(server.url('/b'))]);
  expect(server.hits('/robots.txt')).toBe(1);
});

test('the cache expires after its TTL', async () => {
  let body = 'User-agent: *\nDisallow:\n';
  server.on('/robots.txt', (_req, res) => res.end(body));
  let now = 1_000_000;
  const robots = new RobotsChecker({ allow: [server.allowEntry] }, { ttlMs: 60_000, now: () => now });
  await robots.check(server.url('/news/1'));
  body = 'User-agent: *\nDisallow: /news/\n';
  now += 59_000;
  await expect(robots.check(server.url('/news/1'))).resolves.toBeUndefined();
  now += 2_000;
  await expect(robots.check(server.url('/news/1'))).rejects.toThrow(RobotsDisallowedError);
  expect(server.hits('/robots.txt')).toBe(2);
});

test('a missing robots.txt (404) allows everything', async () => {
  const robots = new RobotsChecker({ allow: [server.allowEntry] });
  await expect(robots.check(server.url('/anything'))).resolves.toBeUndefined();
  expect(server.hits('/robots.txt')).toBe(1);
});

test('a 5xx robots.txt disallows the whole origin (RFC 9309)', async () => {
  server.on('/robots.txt', (_req, res) => {
    res.writeHead(503);
    res.end();
  });
  const robots = new RobotsChecker({ allow: [server.allowEntry] });
  const err = await robots.check(server.url('/story')).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RobotsDisallowedError);
  expect((err as Error).message).toContain('503');
});

test('a network error fetching robots.txt allows (the page fetch reports the real failure)', async () => {
  const port = await closedPort();
  const robots = new RobotsChecker({ allow: [`127.0.0.1:${port}`] });
  await expect(robots.check(`http://127.0.0.1:${port}/story`)).resolves.toBeUndefined();
});

test('an origin blocked by the SSRF guard is reported as blocked, not allowed', async () => {
  const robots = new RobotsChecker({});
  await expect(robots.check(server.url('/story'))).rejects.toThrow(BlockedAddressError);
  expect(server.hits('/robots.txt')).toBe(0);
});
