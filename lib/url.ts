import { createHash } from 'node:crypto';
import { getDomain } from 'tldts';

// Query parameters that only track the click; they never change the story.
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gclsrc', 'msclkid', 'mc_cid', 'mc_eid', 'yclid', 'igshid', 'twclid', 'ttclid',
  '_ga', '_gl', 'ref', 'ref_src', 'ref_url', 'cmpid', 'cmp', 'ito', 'icid', 'ncid', 'ocid', 'mbid', 'smid', 'partner',
  'taid', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'sr_share', 'share', 'source', 'cid',
  'rss', 'feed', 'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'guccounter',
  'guce_referrer', 'guce_referrer_sig', 'spm', 'soc_src', 'soc_trk', 'wt_mc', 'wt.mc_id', 'mkt_tok', 'vero_id', 'oly_enc_id', 'oly_anon_id',
  // AT Internet, Adobe, Sailthru and publishers' own campaign tags
  'xtor', 's_cid', 'ftag', 'mod', 'trk', 'intcmp', 'int_cmp', 'dicbo', 'sh', 'sr', 'fsrc',
]);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('pk_') || n.startsWith('hsa_') || TRACKING_PARAMS.has(n);
}

/** The URL with tracking parameters and the fragment removed; null when it is not an absolute http(s) URL. */
export function canonicalizeUrl(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (isTracking(name)) u.searchParams.delete(name);
  u.search = u.searchParams.toString() ? `?${u.searchParams.toString()}` : '';
  return u.toString();
}

/** First 16 hex digits of SHA-256 of the canonical URL (DESIGN.md). */
export function storyId(canonicalUrl: string): string {
  // Hex of the first 8 bytes, not a slice of the 64-digit string: V8 keeps a slice's parent alive,
  // which sets of ids (a 100,000-item feed's) would pay for five times over.
  return createHash('sha256').update(canonicalUrl).digest().toString('hex', 0, 8);
}

export function sha256Hex(s: string | Buffer): string {
  return createHash('sha256').update(s).digest('hex');
}

/** Registrable domain (eTLD+1), e.g. independent.co.uk; the host itself for IPs and localhost. */
export function registrableDomain(url: string): string {
  const host = new URL(url).hostname;
  return getDomain(host, { allowPrivateDomains: false }) ?? host.replace(/^\[|\]$/g, '');
}
