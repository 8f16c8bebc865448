import ipaddr from 'ipaddr.js';
import { InvalidAllowListError } from './errors';

/**
 * The SSRF guard's address rules. Only ipaddr.js's 'unicast' range counts as
 * public: loopback, private, link-local (incl. 169.254.169.254 metadata),
 * CGNAT, unique-local, multicast, reserved, documentation, 6to4/Teredo/NAT64
 * (which can tunnel to private IPv4) are all refused. IPv4-mapped IPv6 is
 * judged by the IPv4 address it maps to.
 */

/** Strip IPv6 brackets and lower-case, so "[::1]" and "::1" compare equal. */
function normalizeHost(host: string): string {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(h)) return ipaddr.process(h).toString();
  return h.replace(/\.$/, '');
}

/** The range name of an IP literal (after unmapping IPv4-mapped IPv6), or null when it is not an IP. */
export function addressRange(address: string): string | null {
  const h = address.trim().replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(h)) return null;
  return ipaddr.process(h).range();
}

export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.trim().replace(/^\[|\]$/g, ''));
}

/** True when the address is public unicast (the only range fetched without an allow entry). */
export function isPublicAddress(address: string): boolean {
  return addressRange(address) === 'unicast';
}

/**
 * Parse WIREWATCH_FETCH_ALLOW: comma-separated "host:port" entries, IPv6 in
 * brackets ("[::1]:8080"). Returns normalized "host:port" strings; throws
 * InvalidAllowListError on an entry without a valid port.
 */
export function parseAllowList(value: string | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const m = /^(\[[^\]]+\]|[^:\s]+):(\d{1,5})$/.exec(entry);
    const port = m ? Number(m[2]) : NaN;
    if (!m || port < 1 || port > 65535) throw new InvalidAllowListError(entry);
    const key = allowKey(m[1], port);
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

function allowKey(host: string, port: number): string {
  const h = normalizeHost(host);
  return `${h.includes(':') ? `[${h}]` : h}:${port}`;
}

/**
 * Whether a connection to `address` (resolved IP) for a URL whose host is
 * `urlHost`, on `port`, may go ahead. Allowed when the address is public, or
 * when "urlHost:port" or "address:port" is on the allow list.
 */
export function checkAddress(
  urlHost: string,
  address: string,
  port: number,
  allow: readonly string[],
): { ok: true } | { ok: false; range: string } {
  const range = addressRange(address) ?? 'not an IP address';
  if (range === 'unicast') return { ok: true };
  if (allow.length > 0) {
    const normalized = allow.map((a) => {
      const i = a.lastIndexOf(':');
      return allowKey(a.slice(0, i), Number(a.slice(i + 1)));
    });
    if (normalized.includes(allowKey(urlHost, port)) || normalized.includes(allowKey(address, port))) return { ok: true };
  }
  return { ok: false, range };
}
