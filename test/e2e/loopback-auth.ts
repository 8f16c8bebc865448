// Loopback stand-ins for the cloud pieces the analyst page talks to when config.json
// has `auth`: a tiny OAuth2 authorization server shaped like Cognito's Hosted UI
// endpoints (/oauth2/authorize, /oauth2/token, /oauth2/revoke, /logout) and an API
// front that, like API Gateway's JWT authorizer, answers 401 unless the request
// carries a live access token, then hands over to the product's browse API handler.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandler } from '../../lib/web/api';

export interface Listening {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

export function listen(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Promise<Listening> {
  const server = createServer((req, res) => {
    handler(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > 64 * 1024) throw new Error('body too large');
    chunks.push(c);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url');

/** RFC 7636 S256: BASE64URL(SHA-256(verifier)). */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** A JWT-shaped token (unsigned: nothing here checks signatures, the API front checks issuance). */
function fakeJwt(claims: Record<string, unknown>): string {
  return `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.${b64url('loopback-test')}`;
}

export interface TokenRequestLog {
  grantType: string | null;
  clientId: string | null;
  codeVerifier: string | null;
  status: number;
  error: string | null;
  origin: string | null;
}

export interface AuthorizeLog {
  clientId: string | null;
  redirectUri: string | null;
  scope: string | null;
  state: string | null;
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
}

interface CodeGrant {
  challenge: string;
  redirectUri: string;
  clientId: string;
}

export interface OAuthServer extends Listening {
  clientId: string;
  email: string;
  /** Access tokens issued and not yet revoked or expired (the API front accepts these). */
  liveAccessTokens: Map<string, number>;
  authorizeRequests: AuthorizeLog[];
  tokenRequests: TokenRequestLog[];
  revoked: string[];
  logouts: Array<{ clientId: string | null; logoutUri: string | null }>;
  /** Seconds of life given to access tokens. */
  expiresIn: number;
  /** Binds the next authorization codes to a challenge from a different verifier (a stolen or injected code). */
  forgeChallenge: boolean;
  /** Refuses refresh grants (the refresh token was revoked or expired). */
  refuseRefresh: boolean;
  /** Every access token handed out, in order, with the grant that produced it. */
  issued: Array<{ grant: string; accessToken: string; refreshToken: string | null }>;
  /** Makes every live access token invalid (what the API sees after they expire). */
  expireAllAccessTokens(): void;
  reset(): void;
}

export async function startOAuthServer(opts: { clientId: string; redirectUris: string[]; pageOrigin: () => string }): Promise<OAuthServer> {
  const codes = new Map<string, CodeGrant>();
  const refreshTokens = new Set<string>();
  let counter = 0;

  const cors = (): Record<string, string> => ({ 'access-control-allow-origin': opts.pageOrigin(), vary: 'Origin' });

  function json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...cors() });
    res.end(JSON.stringify(body));
  }

  function issue(grant: string, withRefresh: boolean): Record<string, unknown> {
    counter++;
    const now = Math.floor(Date.now() / 1000);
    const accessToken = fakeJwt({ token_use: 'access', client_id: opts.clientId, sub: 'analyst-1', scope: 'openid email', exp: now + state.expiresIn, n: counter });
    const idToken = fakeJwt({ token_use: 'id', aud: opts.clientId, sub: 'analyst-1', email: state.email, exp: now + state.expiresIn, n: counter });
    state.liveAccessTokens.set(accessToken, Date.now() + state.expiresIn * 1000);
    const refreshToken = withRefresh ? `refresh-${counter}-${randomBytes(8).toString('hex')}` : null;
    if (refreshToken) refreshTokens.add(refreshToken);
    state.issued.push({ grant, accessToken, refreshToken });
    return {
      access_token: accessToken,
      id_token: idToken,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
      token_type: 'Bearer',
      expires_in: state.expiresIn,
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors(), 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' });
      res.end();
      return;
    }
    if (req.method === 'GET' && url.pathname === '/oauth2/authorize') {
      const q = url.searchParams;
      const log: AuthorizeLog = {
        clientId: q.get('client_id'),
        redirectUri: q.get('redirect_uri'),
        scope: q.get('scope'),
        state: q.get('state'),
        codeChallenge: q.get('code_challenge'),
        codeChallengeMethod: q.get('code_challenge_method'),
      };
      state.authorizeRequests.push(log);
      const problems: string[] = [];
      if (q.get('response_type') !== 'code') problems.push('response_type');
      if (log.clientId !== opts.clientId) problems.push('client_id');
      if (!log.redirectUri || !opts.redirectUris.includes(log.redirectUri)) problems.push('redirect_uri');
      if (log.codeChallengeMethod !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(log.codeChallenge ?? '')) problems.push('code_challenge');
      if (!log.state) problems.push('state');
      if (!(log.scope ?? '').split(' ').includes('openid')) problems.push('scope');
      if (problems.length) {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end(`bad authorize request: ${problems.join(', ')}`);
        return;
      }
      // The Hosted UI would show its sign-in form here; the analyst "signs in" at once.
      const code = randomBytes(16).toString('hex');
      const challenge = state.forgeChallenge ? s256(randomBytes(32).toString('base64url')) : log.codeChallenge!;
      codes.set(code, { challenge, redirectUri: log.redirectUri!, clientId: log.clientId! });
      const back = new URL(log.redirectUri!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', log.state!);
      res.writeHead(302, { location: back.href });
      res.end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/oauth2/token') {
      const form = new URLSearchParams(await readBody(req));
      const entry: TokenRequestLog = {
        grantType: form.get('grant_type'),
        clientId: form.get('client_id'),
        codeVerifier: form.get('code_verifier'),
        status: 400,
        error: null,
        origin: req.headers.origin ?? null,
      };
      state.tokenRequests.push(entry);
      const fail = (error: string): void => {
        entry.error = error;
        json(res, 400, { error });
      };
      if (form.get('client_secret')) return fail('invalid_client'); // a public client has no secret
      if (entry.clientId !== opts.clientId) return fail('invalid_client');
      if (entry.grantType === 'authorization_code') {
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? ''); // single use, even when the exchange fails
        if (!grant || grant.clientId !== entry.clientId || grant.redirectUri !== form.get('redirect_uri')) return fail('invalid_grant');
        if (!entry.codeVerifier || !/^[A-Za-z0-9._~-]{43,128}$/.test(entry.codeVerifier) || s256(entry.codeVerifier) !== grant.challenge) {
          return fail('invalid_grant');
        }
        entry.status = 200;
        json(res, 200, issue('authorization_code', true));
        return;
      }
      if (entry.grantType === 'refresh_token') {
        const rt = form.get('refresh_token') ?? '';
        if (state.refuseRefresh || !refreshTokens.has(rt)) return fail('invalid_grant');
        entry.status = 200;
        // Like Cognito: a refresh grant returns new access and id tokens, no new refresh token.
        json(res, 200, issue('refresh_token', false));
        return;
      }
      return fail('unsupported_grant_type');
    }
    if (req.method === 'POST' && url.pathname === '/oauth2/revoke') {
      const form = new URLSearchParams(await readBody(req));
      const token = form.get('token') ?? '';
      state.revoked.push(token);
      refreshTokens.delete(token);
      res.writeHead(200, cors());
      res.end();
      return;
    }
    if (req.method === 'GET' && url.pathname === '/logout') {
      const clientId = url.searchParams.get('client_id');
      const logoutUri = url.searchParams.get('logout_uri');
      state.logouts.push({ clientId, logoutUri });
      if (clientId !== opts.clientId || !logoutUri || !opts.redirectUris.includes(logoutUri)) {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end('bad logout request');
        return;
      }
      res.writeHead(302, { location: logoutUri });
      res.end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }

  const listening = await listen(handle);
  const state: OAuthServer = {
    ...listening,
    clientId: opts.clientId,
    email: 'analyst@example.org',
    liveAccessTokens: new Map(),
    authorizeRequests: [],
    tokenRequests: [],
    revoked: [],
    logouts: [],
    issued: [],
    expiresIn: 3600,
    forgeChallenge: false,
    refuseRefresh: false,
    expireAllAccessTokens() {
      state.liveAccessTokens.clear();
    },
    reset() {
      state.authorizeRequests = [];
      state.tokenRequests = [];
      state.revoked = [];
      state.logouts = [];
      state.issued = [];
      state.expiresIn = 3600;
      state.forgeChallenge = false;
      state.refuseRefresh = false;
    },
  };
  return state;
}

export interface ApiRequestLog {
  method: string;
  path: string;
  authorization: string | null;
  status: number;
}

export interface ApiFront extends Listening {
  requests: ApiRequestLog[];
}

/**
 * The browse API behind a bearer check, with CORS for the page's origin (API Gateway
 * answers preflights itself and adds the CORS headers to every answer, 401 included).
 */
export async function startApiFront(opts: { api: ApiHandler; oauth: OAuthServer; pageOrigin: () => string }): Promise<ApiFront> {
  const requests: ApiRequestLog[] = [];
  const listening = await listen(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cors = { 'access-control-allow-origin': opts.pageOrigin(), vary: 'Origin' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET,OPTIONS', 'access-control-allow-headers': 'authorization,content-type', 'access-control-max-age': '600' });
      res.end();
      return;
    }
    const authorization = req.headers.authorization ?? null;
    const log: ApiRequestLog = { method: req.method ?? 'GET', path: url.pathname + url.search, authorization, status: 401 };
    requests.push(log);
    const m = /^Bearer (\S+)$/.exec(authorization ?? '');
    const expires = m ? opts.oauth.liveAccessTokens.get(m[1]) : undefined;
    if (!expires || expires <= Date.now()) {
      res.writeHead(401, { ...cors, 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
      res.end(JSON.stringify({ message: 'Unauthorized' }));
      return;
    }
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = v;
    const out = await opts.api({ method: req.method ?? 'GET', path: url.pathname, query });
    log.status = out.status;
    res.writeHead(out.status, { ...cors, ...out.headers });
    res.end(out.body);
  });
  return { ...listening, requests };
}
