// Browser test of the analyst page in its cloud shape: config.json next to the page
// names an API on another origin and a Cognito-style sign-in service. Both are real
// loopback servers (loopback-auth.ts): the sign-in service checks the PKCE verifier
// against the S256 challenge, the API front answers 401 without a live bearer token.
// Needs Debian's chromium at /usr/bin/chromium (.ci/run installs it).
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { pageFile } from '../../lib/local/http-server';
import type { StoryRecord } from '../../lib/types';
import { createApiHandler } from '../../lib/web/api';
import { startTestS3, type TestS3 } from '../helpers/s3';
import { listen, s256, startApiFront, startOAuthServer, type ApiFront, type Listening, type OAuthServer } from './loopback-auth';
import { launchChromium, requireChromium } from './chromium';

const STATIC_DIR = join(__dirname, '..', '..', 'lib', 'web', 'static');
const RECORDS_DIR = join(__dirname, 'fixtures', 'records');
const CLIENT_ID = '4loopbackclient7example';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

const records: StoryRecord[] = readdirSync(RECORDS_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(RECORDS_DIR, f), 'utf8')) as StoryRecord);

describe('analyst page signed in through a Cognito-style Hosted UI (loopback)', () => {
  let s3: TestS3;
  let site: Listening;
  let oauth: OAuthServer;
  let api: ApiFront;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];
  // What the page server answers for /config.json: an object, or null for 404.
  let config: Record<string, unknown> | null = null;
  // When set, what the page server answers for / instead of lib/web/static/index.html.
  let indexHtml: string | null = null;

  const pageUrl = (): string => `${site.origin}/`;
  const cloudConfig = (): Record<string, unknown> => ({
    apiBaseUrl: api.origin,
    auth: { region: 'eu-west-1', userPoolId: 'eu-west-1_Loopback1', clientId: CLIENT_ID, domain: oauth.origin, redirectUri: pageUrl() },
  });

  beforeAll(async () => {
    requireChromium();
    s3 = await startTestS3();
    for (const r of records) await s3.store.putRecord(r);
    // The page's own origin: static files plus whatever config.json this test sets.
    site = await listen(async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (path === '/config.json') {
        if (!config) {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(config));
        return;
      }
      if (path === '/' && indexHtml) {
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
        res.end(indexHtml);
        return;
      }
      const file = pageFile(STATIC_DIR, path);
      const info = file ? await stat(file).catch(() => null) : null;
      if (!file || !info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(await readFile(file));
    });
    oauth = await startOAuthServer({ clientId: CLIENT_ID, redirectUris: [pageUrl()], pageOrigin: () => site.origin });
    api = await startApiFront({ api: createApiHandler(s3.store, { ttlMs: 0, refreshInBackground: false }), oauth, pageOrigin: () => site.origin });
    browser = await launchChromium();
  }, 90_000);

  beforeEach(async () => {
    oauth.reset();
    api.requests.length = 0;
    config = cloudConfig();
    indexHtml = null;
    pageErrors = [];
    // A fresh context per test: its own sessionStorage, as a new browser tab would have.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.setDefaultTimeout(10_000);
  });

  afterEach(async () => {
    await page?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await oauth?.close();
    await site?.close();
    await s3?.stop();
  });

  const storage = (): Promise<{ session: Record<string, string>; local: number }> =>
    page.evaluate(() => {
      const session: Record<string, string> = {};
      for (let i = 0; i < sessionStorage.length; i++) {
        const k = sessionStorage.key(i)!;
        session[k] = sessionStorage.getItem(k)!;
      }
      return { session, local: localStorage.length };
    });

  async function openSignedOut(hash = ''): Promise<void> {
    await page.goto(pageUrl() + hash);
    await page.waitForSelector('#view-signin:not([hidden])');
  }

  async function signIn(hash = ''): Promise<void> {
    await openSignedOut(hash);
    await Promise.all([page.waitForURL((u) => u.origin === site.origin && !u.search, { waitUntil: 'load' }), page.click('#sign-in')]);
  }

  test('signed out: a Sign in button, no records, no API calls', async () => {
    await openSignedOut();
    expect(await page.locator('#sign-in').isVisible()).toBe(true);
    await expect(page.locator('#signin-heading').textContent()).resolves.toBe('Sign in to wirewatch');
    expect(await page.locator('#view-list').isHidden()).toBe(true);
    expect(await page.locator('#tabs').isHidden()).toBe(true);
    expect(await page.locator('#account').isHidden()).toBe(true);
    expect(await page.locator('#signin-message').isHidden()).toBe(true);
    expect(api.requests).toEqual([]);
    expect((await storage()).session).toEqual({});
    await page.screenshot({ path: '/tmp/wirewatch-analyst-signed-out.png' });
    expect(pageErrors).toEqual([]);
  });

  test('sign-in round trip: PKCE S256 and state, then the list from the API with the bearer token', async () => {
    await signIn('#/?type=ransomware');
    // Back on the page where the analyst started, the code and state gone from the address.
    await page.waitForSelector('#records .record');
    await page.waitForSelector('#records[aria-busy="false"]');
    expect(page.url()).toBe(`${pageUrl()}#/?type=ransomware`);
    const ransomware = records.filter((r) => r.incident.types.includes('ransomware')).map((r) => r.headline).sort();
    expect((await page.locator('#records .record-headline').allTextContents()).sort()).toEqual(ransomware);

    expect(oauth.authorizeRequests).toHaveLength(1);
    const auth = oauth.authorizeRequests[0];
    expect(auth).toMatchObject({ clientId: CLIENT_ID, redirectUri: pageUrl(), scope: 'openid email', codeChallengeMethod: 'S256' });
    expect(auth.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The one token request: the verifier whose S256 is the challenge sent, no client secret, from the page's origin.
    expect(oauth.tokenRequests).toHaveLength(1);
    const tr = oauth.tokenRequests[0];
    expect(tr).toMatchObject({ grantType: 'authorization_code', clientId: CLIENT_ID, status: 200, origin: site.origin });
    expect(s256(tr.codeVerifier!)).toBe(auth.codeChallenge);

    // Every API call carried the issued access token (not the id token).
    const accessToken = oauth.issued[0].accessToken;
    expect(api.requests.length).toBeGreaterThan(0);
    for (const r of api.requests) expect(r).toMatchObject({ authorization: `Bearer ${accessToken}`, status: 200 });
    expect(api.requests[0].path).toContain('type=ransomware');

    await expect(page.locator('#account-name').textContent()).resolves.toBe(oauth.email);
    expect(await page.locator('#sign-out').isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/wirewatch-analyst-signed-in.png' });
    const kept = await storage();
    expect(kept.local).toBe(0);
    expect(JSON.parse(kept.session['wirewatch.auth.tokens'])).toMatchObject({ accessToken, refreshToken: oauth.issued[0].refreshToken });
    expect(kept.session['wirewatch.auth.pending']).toBeUndefined();

    // Detail and failures go through the same authorized fetch.
    await page.click('#records .record-headline a');
    await page.waitForSelector('#detail-headline');
    await page.click('#tab-failures');
    await page.waitForSelector('#failures-status:has-text("failure")');
    expect(api.requests.some((r) => r.path.startsWith('/api/records/'))).toBe(true);
    expect(api.requests.some((r) => r.path.startsWith('/api/failures'))).toBe(true);
    for (const r of api.requests) expect(r.authorization).toBe(`Bearer ${accessToken}`);
    expect(pageErrors).toEqual([]);
  });

  test('a code bound to another verifier is refused by the token endpoint and the page says so', async () => {
    oauth.forgeChallenge = true;
    await signIn();
    await page.waitForSelector('#signin-message:not([hidden])');
    const message = await page.locator('#signin-message').textContent();
    expect(message).toContain('Sign-in failed');
    expect(message).toContain('invalid_grant');
    await page.screenshot({ path: '/tmp/wirewatch-analyst-sign-in-refused.png' });
    expect(oauth.tokenRequests).toEqual([expect.objectContaining({ grantType: 'authorization_code', status: 400, error: 'invalid_grant' })]);
    expect(await page.locator('#sign-in').isVisible()).toBe(true);
    expect(await page.locator('#view-list').isHidden()).toBe(true);
    expect((await storage()).session['wirewatch.auth.tokens']).toBeUndefined();
    expect(page.url()).toBe(pageUrl());
    expect(api.requests).toEqual([]);
  });

  test('an answer whose state this tab did not send is rejected before any token request', async () => {
    await page.goto(`${pageUrl()}?code=abcdef0123456789&state=not-mine`);
    await page.waitForSelector('#signin-message:not([hidden])');
    await expect(page.locator('#signin-message').textContent()).resolves.toContain('does not belong to a sign-in started in this tab');
    expect(oauth.tokenRequests).toEqual([]);
    expect(page.url()).toBe(pageUrl());
  });

  test('a stray sign-in answer in a signed-in tab is ignored: no exchange, the session stays', async () => {
    await signIn();
    await page.waitForSelector('#records .record');
    const tokens = (await storage()).session['wirewatch.auth.tokens'];
    await page.goto(`${pageUrl()}?code=abcdef0123456789&state=not-mine#/failures`);
    await page.waitForSelector('#view-failures:not([hidden])');
    await page.waitForSelector('#failures-status:has-text("failure")');
    expect(oauth.tokenRequests).toHaveLength(1);
    expect((await storage()).session['wirewatch.auth.tokens']).toBe(tokens);
    expect(page.url()).toBe(`${pageUrl()}#/failures`);
  });

  test('an error from the Hosted UI is shown and nothing is exchanged', async () => {
    await page.goto(`${pageUrl()}?error=access_denied&error_description=User+cancelled&state=x`);
    await page.waitForSelector('#signin-message:not([hidden])');
    await expect(page.locator('#signin-message').textContent()).resolves.toContain('access_denied (User cancelled)');
    expect(oauth.tokenRequests).toEqual([]);
  });

  test('an access token about to expire is refreshed with the refresh token before the API call', async () => {
    // 30 s of life is inside the page's 60 s margin: every API call finds the token due.
    oauth.expiresIn = 30;
    await signIn();
    await page.waitForSelector('#records .record');
    const refreshes = oauth.tokenRequests.filter((t) => t.grantType === 'refresh_token');
    expect(refreshes.length).toBeGreaterThan(0);
    expect(refreshes.every((t) => t.status === 200)).toBe(true);
    const refreshed = new Set(oauth.issued.filter((i) => i.grant === 'refresh_token').map((i) => `Bearer ${i.accessToken}`));
    expect(api.requests.length).toBeGreaterThan(0);
    for (const r of api.requests) expect(refreshed.has(r.authorization ?? '')).toBe(true);
  });

  test('a refused refresh ends the session: signed out, with a message', async () => {
    await signIn();
    await page.waitForSelector('#records .record');
    oauth.expiresIn = 30;
    oauth.refuseRefresh = true;
    // Make the stored token due, as an hour later would.
    await page.evaluate(() => {
      const t = JSON.parse(sessionStorage.getItem('wirewatch.auth.tokens')!) as { expiresAt: number };
      t.expiresAt = Date.now() - 1000;
      sessionStorage.setItem('wirewatch.auth.tokens', JSON.stringify(t));
    });
    const before = api.requests.length;
    await page.click('#tab-failures');
    await page.waitForSelector('#view-signin:not([hidden])');
    await expect(page.locator('#signin-message').textContent()).resolves.toContain('session has expired');
    expect(oauth.tokenRequests.at(-1)).toMatchObject({ grantType: 'refresh_token', status: 400 });
    expect(api.requests.length).toBe(before);
    expect((await storage()).session['wirewatch.auth.tokens']).toBeUndefined();
  });

  test('an API 401 sends the page back to the signed-out state with a message', async () => {
    await signIn();
    await page.waitForSelector('#records .record');
    oauth.expireAllAccessTokens();
    await page.click('#tab-failures');
    await page.waitForSelector('#view-signin:not([hidden])');
    await expect(page.locator('#signin-message').textContent()).resolves.toContain('did not accept your session (HTTP 401)');
    expect(api.requests.at(-1)).toMatchObject({ status: 401 });
    expect((await storage()).session['wirewatch.auth.tokens']).toBeUndefined();
    // What the signed-in views showed is gone.
    expect(await page.locator('#records .record').count()).toBe(0);
    expect(await page.locator('#account').isHidden()).toBe(true);
  });

  test('sign out revokes the refresh token, ends the Hosted UI session and clears the tab', async () => {
    await signIn();
    await page.waitForSelector('#records .record');
    const refreshToken = oauth.issued[0].refreshToken;
    await Promise.all([page.waitForURL((u) => u.origin === site.origin, { waitUntil: 'load' }), page.click('#sign-out')]);
    await page.waitForSelector('#view-signin:not([hidden])');
    await expect(page.locator('#signin-message').textContent()).resolves.toBe('You have signed out.');
    expect(oauth.revoked).toEqual([refreshToken]);
    expect(oauth.logouts).toEqual([{ clientId: CLIENT_ID, logoutUri: pageUrl() }]);
    expect((await storage()).session).toEqual({});
    // Still signed out after a reload; and the API sees nothing from this tab.
    const before = api.requests.length;
    await page.reload();
    await page.waitForSelector('#view-signin:not([hidden])');
    expect(await page.locator('#signin-message').isHidden()).toBe(true);
    expect(api.requests.length).toBe(before);
  });

  test('the page computes the S256 challenge of a verifier exactly as RFC 7636 does', async () => {
    await openSignedOut();
    const verifier = 'M25iVXpKU3puUjFaYWg3T1NDTDQtcW1ROUY5YXlwalNoc0hhakxifmZHag';
    const inPage = await page.evaluate((v) => (window as unknown as { WirewatchAuth: { pkceChallenge(v: string): Promise<string> } }).WirewatchAuth.pkceChallenge(v), verifier);
    expect(inPage).toBe(s256(verifier));
  });

  test('a sign-in domain on plain http that is not loopback is refused: no redirect, a config error', async () => {
    config = { ...cloudConfig(), auth: { clientId: CLIENT_ID, domain: 'http://wirewatch.auth.eu-west-1.amazoncognito.com', redirectUri: pageUrl() } };
    await page.goto(pageUrl());
    await page.waitForSelector('#error:not([hidden])');
    await expect(page.locator('#error').textContent()).resolves.toContain('auth.domain must be an https:// URL');
    expect(await page.locator('#view-signin').isHidden()).toBe(true);
    expect(await page.locator('#view-list').isHidden()).toBe(true);
    expect(api.requests).toEqual([]);
  });

  test('a config.json that is not JSON stops the page instead of guessing', async () => {
    config = null;
    await page.route(`${site.origin}/config.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"apiBaseUrl": ' }));
    await page.goto(pageUrl());
    await page.waitForSelector('#error:not([hidden])');
    await expect(page.locator('#error').textContent()).resolves.toContain('config.json is not valid JSON');
  });

  test('with no config.json (local mode) the wirewatch-api meta tag still picks the API, with no sign-in', async () => {
    config = null;
    const html = readFileSync(join(STATIC_DIR, 'index.html'), 'utf8').replace('<meta name="wirewatch-api" content="api">', `<meta name="wirewatch-api" content="${api.origin}/api">`);
    expect(html).toContain(api.origin);
    // Served by the page's own server: a routed (fulfilled) document counts as a public
    // address to Chromium, which then blocks its requests to loopback.
    indexHtml = html;
    await page.goto(pageUrl());
    await page.waitForSelector('#error:not([hidden])');
    await expect(page.locator('#error').textContent()).resolves.toContain('Unauthorized');
    expect(api.requests.length).toBeGreaterThan(0);
    for (const r of api.requests) expect(r).toMatchObject({ authorization: null, status: 401 });
    expect(await page.locator('#view-signin').isHidden()).toBe(true);
    expect(await page.locator('#account').isHidden()).toBe(true);
  });

  test('without auth in config.json the page calls apiBaseUrl with no sign-in (and the API front refuses it)', async () => {
    config = { apiBaseUrl: api.origin };
    await page.goto(pageUrl());
    await page.waitForSelector('#error:not([hidden])');
    await expect(page.locator('#error').textContent()).resolves.toContain('Unauthorized');
    expect(api.requests.length).toBeGreaterThan(0);
    for (const r of api.requests) expect(r).toMatchObject({ authorization: null, status: 401 });
    expect(api.requests[0].path.startsWith('/api/records')).toBe(true);
    expect(await page.locator('#view-signin').isHidden()).toBe(true);
  });
});
