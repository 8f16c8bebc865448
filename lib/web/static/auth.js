// wirewatch analyst page: deployment config and sign-in. Plain browser JavaScript,
// loaded before app.js with a classic <script defer>; exposes window.WirewatchAuth.
//
// config.json next to the page (written by the CDK deployment) decides the mode:
//   missing (404)         → local mode: same-origin API, no sign-in
//   {apiBaseUrl}          → that API, no sign-in
//   {apiBaseUrl, auth}    → Cognito Hosted UI, authorization-code flow with PKCE (S256).
// Tokens live in sessionStorage only (gone when the tab closes, never shared with
// other tabs), and only the access token leaves the page, as `Authorization: Bearer`
// to the API. Cognito access tokens carry client_id (not aud), which the HTTP API's
// JWT authorizer accepts when its audience is the app client id.
(function (root) {
  'use strict';

  var TOKENS_KEY = 'wirewatch.auth.tokens';
  var PENDING_KEY = 'wirewatch.auth.pending';
  var NOTICE_KEY = 'wirewatch.auth.notice';
  // A token this close to its expiry is refreshed first: the request must not arrive expired.
  var EXPIRY_SKEW_MS = 60 * 1000;
  // A sign-in that takes longer than this (Hosted UI incl. MFA) has to start again.
  var PENDING_MAX_AGE_MS = 15 * 60 * 1000;
  var REVOKE_TIMEOUT_MS = 2000;
  var DEFAULT_SCOPES = ['openid', 'email'];

  /** Config problems: the page cannot talk to the API until the deployment is fixed. */
  function ConfigError(message) {
    var e = new Error(message);
    e.name = 'ConfigError';
    return e;
  }

  /** Sign-in problems: the analyst is signed out and can try again. */
  function AuthError(message, code) {
    var e = new Error(message);
    e.name = 'AuthError';
    e.code = code || null;
    return e;
  }

  // ------------------------------------------------------------------ config

  function isLoopbackHost(hostname) {
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  }

  /** https only; plain http is accepted for loopback addresses (tests, local Cognito stand-ins). */
  function secureUrl(value, what, base) {
    if (typeof value !== 'string' || !value.trim()) throw ConfigError('config.json: ' + what + ' is missing');
    var u;
    try { u = new URL(value.trim(), base); } catch (e) { throw ConfigError('config.json: ' + what + ' is not a URL: ' + value); }
    if (u.protocol === 'https:') return u;
    if (u.protocol === 'http:' && isLoopbackHost(u.hostname)) return u;
    throw ConfigError('config.json: ' + what + ' must be an https:// URL (plain http only on 127.0.0.1/localhost): ' + value);
  }

  function stripSlash(s) { return s.replace(/\/+$/, ''); }

  /**
   * Checks config.json's shape and fills defaults. Returns
   * {apiBaseUrl: string|null, auth: null | {clientId, domain, redirectUri, logoutUri, scopes, region, userPoolId}}.
   * `domain` may be given with or without https:// (the CDK writes it with).
   */
  function normalizeConfig(raw, pageUrl) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw ConfigError('config.json is not a JSON object');
    var out = { apiBaseUrl: null, auth: null };
    if (raw.apiBaseUrl !== undefined && raw.apiBaseUrl !== null) {
      if (typeof raw.apiBaseUrl !== 'string' || !raw.apiBaseUrl.trim()) throw ConfigError('config.json: apiBaseUrl must be a non-empty string');
      var api;
      if (raw.auth) api = secureUrl(raw.apiBaseUrl, 'apiBaseUrl', pageUrl);
      else {
        try { api = new URL(raw.apiBaseUrl.trim(), pageUrl); } catch (e) { throw ConfigError('config.json: apiBaseUrl is not a URL: ' + raw.apiBaseUrl); }
      }
      out.apiBaseUrl = stripSlash(api.href);
    }
    if (raw.auth === undefined || raw.auth === null) return out;
    var a = raw.auth;
    if (typeof a !== 'object' || Array.isArray(a)) throw ConfigError('config.json: auth must be an object');
    if (typeof a.clientId !== 'string' || !/^[\w.-]+$/.test(a.clientId)) throw ConfigError('config.json: auth.clientId is missing or malformed');
    var domainText = typeof a.domain === 'string' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(a.domain.trim()) ? 'https://' + a.domain.trim() : a.domain;
    var domain = secureUrl(domainText, 'auth.domain', pageUrl);
    if (domain.pathname !== '/' || domain.search || domain.hash) throw ConfigError('config.json: auth.domain must be a bare host, got ' + a.domain);
    var redirect = secureUrl(a.redirectUri, 'auth.redirectUri', pageUrl);
    var logout = a.logoutUri === undefined || a.logoutUri === null ? redirect : secureUrl(a.logoutUri, 'auth.logoutUri', pageUrl);
    var scopes = DEFAULT_SCOPES;
    if (a.scopes !== undefined && a.scopes !== null) {
      var ok = Array.isArray(a.scopes) && a.scopes.length > 0 && a.scopes.every(function (s) { return typeof s === 'string' && /^[\x21\x23-\x5b\x5d-\x7e]+$/.test(s); });
      if (!ok) throw ConfigError('config.json: auth.scopes must be a non-empty list of scope names');
      scopes = a.scopes.slice();
    }
    out.auth = {
      clientId: a.clientId,
      domain: domain.origin,
      redirectUri: redirect.href,
      logoutUri: logout.href,
      scopes: scopes,
      region: typeof a.region === 'string' ? a.region : null,
      userPoolId: typeof a.userPoolId === 'string' ? a.userPoolId : null,
    };
    if (!out.apiBaseUrl) throw ConfigError('config.json: auth needs apiBaseUrl (the API that accepts its tokens)');
    return out;
  }

  /** Fetches config.json relative to the page: null when there is none (404, local mode). */
  function loadConfig(url) {
    var target = url || 'config.json';
    return fetch(target, { cache: 'no-store', headers: { accept: 'application/json' } }).then(function (res) {
      if (res.status === 404) return null;
      if (!res.ok) throw ConfigError('config.json could not be loaded (HTTP ' + res.status + ')');
      return res.text().then(function (body) {
        var raw;
        try { raw = JSON.parse(body); } catch (e) { throw ConfigError('config.json is not valid JSON'); }
        return normalizeConfig(raw, location.href);
      });
    }, function () {
      throw ConfigError('config.json could not be loaded (network error)');
    });
  }

  // ------------------------------------------------------------------ PKCE

  function base64url(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function subtle() {
    var c = root.crypto;
    if (!c || !c.subtle || !c.getRandomValues) throw AuthError('Sign-in needs a secure page (https): this browser offers no Web Crypto here.', 'insecure-context');
    return c;
  }

  /** 32 random bytes as base64url: 43 characters, inside RFC 7636's 43..128 verifier range. */
  function randomToken() {
    var bytes = new Uint8Array(32);
    subtle().getRandomValues(bytes);
    return base64url(bytes);
  }

  /** code_challenge = BASE64URL(SHA-256(ASCII(code_verifier))), RFC 7636 §4.2. */
  function pkceChallenge(verifier) {
    return Promise.resolve().then(function () {
      return subtle().subtle.digest('SHA-256', new TextEncoder().encode(verifier));
    }).then(function (digest) { return base64url(new Uint8Array(digest)); });
  }

  // ------------------------------------------------------------------ storage

  function store() { return root.sessionStorage; }

  function readJson(key) {
    try {
      var v = store().getItem(key);
      return v ? JSON.parse(v) : null;
    } catch (e) { return null; }
  }

  function writeJson(key, value) { store().setItem(key, JSON.stringify(value)); }
  function remove(key) { try { store().removeItem(key); } catch (e) { /* storage off: nothing kept anyway */ } }

  /** A JWT's claims, for display and expiry only: the API, not the page, verifies signatures. */
  function jwtClaims(token) {
    if (typeof token !== 'string') return null;
    var parts = token.split('.');
    if (parts.length !== 3) return null;
    try {
      var b64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
      while (b64.length % 4) b64 += '=';
      var bin = atob(b64);
      var bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      var claims = JSON.parse(new TextDecoder().decode(bytes));
      return claims && typeof claims === 'object' ? claims : null;
    } catch (e) { return null; }
  }

  // ------------------------------------------------------------------ session

  function formBody(fields) {
    var p = new URLSearchParams();
    Object.keys(fields).forEach(function (k) { p.set(k, fields[k]); });
    return p.toString();
  }

  /** POSTs a form to the token endpoint; resolves with its JSON or rejects with the OAuth error. */
  function tokenRequest(auth, fields, what) {
    return fetch(auth.domain + '/oauth2/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: formBody(fields),
      credentials: 'omit',
    }).catch(function () {
      throw AuthError(what + ' failed: could not reach the sign-in service at ' + auth.domain + '.', 'network');
    }).then(function (res) {
      return res.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        if (!res.ok || !data || typeof data.access_token !== 'string') {
          var code = data && typeof data.error === 'string' ? data.error : 'HTTP ' + res.status;
          var detail = data && typeof data.error_description === 'string' ? ': ' + data.error_description : '';
          throw AuthError(what + ' failed: the sign-in service refused it (' + code + detail + ').', code);
        }
        return data;
      });
    });
  }

  function tokensFrom(data, previous) {
    var lifetime = Number(data.expires_in);
    var expiresAt;
    if (lifetime > 0) expiresAt = Date.now() + lifetime * 1000;
    else {
      var claims = jwtClaims(data.access_token);
      expiresAt = claims && typeof claims.exp === 'number' ? claims.exp * 1000 : Date.now() + 5 * 60 * 1000;
    }
    return {
      accessToken: data.access_token,
      idToken: typeof data.id_token === 'string' ? data.id_token : previous ? previous.idToken : null,
      // Cognito's refresh grant returns no new refresh token: keep the one we have.
      refreshToken: typeof data.refresh_token === 'string' ? data.refresh_token : previous ? previous.refreshToken : null,
      expiresAt: expiresAt,
    };
  }

  function pageUrlWithout(query, hash) {
    return location.pathname + (query || '') + (hash || '');
  }

  /** One analyst's sign-in state for the `auth` part of a normalized config. */
  function createSession(auth) {
    var refreshing = null;

    function tokens() {
      var t = readJson(TOKENS_KEY);
      return t && typeof t.accessToken === 'string' ? t : null;
    }

    function clear() { remove(TOKENS_KEY); refreshing = null; }

    /** Starts the Hosted UI round trip; the page comes back to redirectUri with ?code&state. */
    function signIn() {
      var verifier, state;
      return Promise.resolve().then(function () {
        verifier = randomToken();
        state = randomToken();
        return pkceChallenge(verifier);
      }).then(function (challenge) {
        remove(NOTICE_KEY);
        writeJson(PENDING_KEY, { state: state, verifier: verifier, returnHash: location.hash || '', at: Date.now() });
        var p = new URLSearchParams();
        p.set('response_type', 'code');
        p.set('client_id', auth.clientId);
        p.set('redirect_uri', auth.redirectUri);
        p.set('scope', auth.scopes.join(' '));
        p.set('state', state);
        p.set('code_challenge', challenge);
        p.set('code_challenge_method', 'S256');
        location.assign(auth.domain + '/oauth2/authorize?' + p.toString());
      });
    }

    /**
     * Finishes a sign-in when the page was opened by the Hosted UI's redirect.
     * Resolves true when it stored tokens, false when the address holds no sign-in
     * response; rejects with AuthError otherwise. The code never stays in the address bar.
     */
    function completeSignIn() {
      var params = new URLSearchParams(location.search);
      var code = params.get('code');
      var error = params.get('error');
      if (!code && !error) return Promise.resolve(false);
      var pending = readJson(PENDING_KEY);
      remove(PENDING_KEY);
      var hash = pending && typeof pending.returnHash === 'string' ? pending.returnHash : location.hash;
      history.replaceState(null, '', pageUrlWithout('', hash));
      if (error) {
        var desc = params.get('error_description');
        return Promise.reject(AuthError('Sign-in did not complete: ' + error + (desc ? ' (' + desc + ')' : '') + '.', error));
      }
      if (!pending || typeof pending.state !== 'string' || pending.state !== params.get('state')) {
        return Promise.reject(AuthError('Sign-in did not complete: the answer does not belong to a sign-in started in this tab. Sign in again.', 'state-mismatch'));
      }
      if (!(Date.now() - pending.at < PENDING_MAX_AGE_MS)) {
        return Promise.reject(AuthError('Sign-in took too long. Sign in again.', 'pending-expired'));
      }
      return tokenRequest(auth, {
        grant_type: 'authorization_code',
        client_id: auth.clientId,
        code: code,
        redirect_uri: auth.redirectUri,
        code_verifier: pending.verifier,
      }, 'Sign-in').then(function (data) {
        writeJson(TOKENS_KEY, tokensFrom(data, null));
        return true;
      });
    }

    function refresh(current) {
      if (!current.refreshToken) { clear(); return Promise.resolve(null); }
      return tokenRequest(auth, { grant_type: 'refresh_token', client_id: auth.clientId, refresh_token: current.refreshToken }, 'Renewing the session')
        .then(function (data) {
          var next = tokensFrom(data, current);
          writeJson(TOKENS_KEY, next);
          return next.accessToken;
        }, function (e) {
          // A refused refresh token means the session is over; a network failure does not.
          if (e && e.code !== 'network') { clear(); return null; }
          throw e;
        });
    }

    /** A usable access token (refreshed first when due), or null when signed out. */
    function accessToken() {
      var t = tokens();
      if (!t) return Promise.resolve(null);
      if (t.expiresAt - EXPIRY_SKEW_MS > Date.now()) return Promise.resolve(t.accessToken);
      // One refresh for all the requests that found the token due.
      if (!refreshing) {
        refreshing = refresh(t).then(function (v) { refreshing = null; return v; }, function (e) { refreshing = null; throw e; });
      }
      return refreshing;
    }

    function user() {
      var t = tokens();
      var c = t && (jwtClaims(t.idToken) || jwtClaims(t.accessToken));
      if (!c) return null;
      return c.email || c['cognito:username'] || c.username || c.sub || null;
    }

    /** Forgets the tokens, revokes the refresh token, and ends the Hosted UI session. */
    function signOut() {
      var t = tokens();
      clear();
      remove(PENDING_KEY);
      try { store().setItem(NOTICE_KEY, 'You have signed out.'); } catch (e) { /* notice is cosmetic */ }
      var revoked = Promise.resolve();
      if (t && t.refreshToken) {
        // Best effort and bounded: the logout redirect must not wait on a slow endpoint.
        var ctl = typeof AbortController === 'function' ? new AbortController() : null;
        var timer = ctl ? setTimeout(function () { ctl.abort(); }, REVOKE_TIMEOUT_MS) : null;
        revoked = fetch(auth.domain + '/oauth2/revoke', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: formBody({ token: t.refreshToken, client_id: auth.clientId }),
          credentials: 'omit',
          signal: ctl ? ctl.signal : undefined,
        }).then(function () { clearTimeout(timer); }, function () { clearTimeout(timer); });
      }
      return revoked.then(function () {
        var p = new URLSearchParams();
        p.set('client_id', auth.clientId);
        p.set('logout_uri', auth.logoutUri);
        location.assign(auth.domain + '/logout?' + p.toString());
      });
    }

    /** A one-time message left for the next page load (e.g. after signing out). */
    function takeNotice() {
      var n = null;
      try { n = store().getItem(NOTICE_KEY); } catch (e) { n = null; }
      remove(NOTICE_KEY);
      return n;
    }

    return {
      config: auth,
      signIn: signIn,
      completeSignIn: completeSignIn,
      signedIn: function () { return tokens() !== null; },
      accessToken: accessToken,
      user: user,
      signOut: signOut,
      clear: clear,
      takeNotice: takeNotice,
    };
  }

  root.WirewatchAuth = {
    loadConfig: loadConfig,
    normalizeConfig: normalizeConfig,
    createSession: createSession,
    pkceChallenge: pkceChallenge,
    randomToken: randomToken,
    jwtClaims: jwtClaims,
  };
})(window);
