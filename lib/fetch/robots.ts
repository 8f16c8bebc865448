import robotsParser from 'robots-parser';
import { BadUrlError, BlockedAddressError, FetchError, HttpStatusError, RobotsDisallowedError } from './errors';
import { guardedFetch, type GuardedFetchOptions } from './guarded-fetch';
import { ROBOTS_USER_AGENT } from './user-agent';

type Robot = ReturnType<typeof robotsParser>;

/** What we learnt about one origin's robots.txt. */
type Verdict =
  | { kind: 'rules'; robot: Robot }
  | { kind: 'allow-all'; why: string }
  | { kind: 'disallow-all'; why: string };

interface CacheEntry {
  at: number;
  verdict: Promise<Verdict>;
}

export interface RobotsCheckerOptions {
  /** How long one origin's answer is kept, default 1 hour. */
  ttlMs?: number;
  /** Product token matched against User-agent groups, default "wirewatch". */
  userAgent?: string;
  /** Clock, for tests. */
  now?: () => number;
}

export const ROBOTS_TTL_MS = 60 * 60 * 1000;
/** RFC 9309 asks crawlers to parse at least 500 KiB; a bigger file is treated as absent. */
const ROBOTS_MAX_BYTES = 512 * 1024;

/**
 * robots.txt checks per RFC 9309, cached per origin:
 * - 2xx: the rules apply to our product token (robots-parser).
 * - 4xx (404 and friends): "unavailable" — RFC 9309 §2.3.1.3 lets crawlers fetch anything.
 * - 5xx: "unreachable" — RFC 9309 §2.3.1.4 says assume complete disallow, so every URL of the origin is refused until the cache entry expires.
 * - network error, timeout or a robots.txt too large: treated as allowed. The page fetch
 *   that follows meets the same network and fails with its own honest reason
 *   (network / timeout), instead of being mislabelled as a robots refusal.
 * - SSRF-blocked or bad URL: rethrown, because the page itself is blocked for the same reason.
 */
export class RobotsChecker {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly ttlMs: number;
  private readonly userAgent: string;
  private readonly now: () => number;

  constructor(
    private readonly fetchOptions: GuardedFetchOptions = {},
    options: RobotsCheckerOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? ROBOTS_TTL_MS;
    this.userAgent = options.userAgent ?? ROBOTS_USER_AGENT;
    this.now = options.now ?? Date.now;
  }

  /** Resolves when `url` may be fetched; throws RobotsDisallowedError when robots.txt forbids it. */
  async check(url: string): Promise<void> {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw new BadUrlError(url, 'not a valid URL');
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new BadUrlError(url, `scheme ${u.protocol} is not http or https`);
    const verdict = await this.verdictFor(u.origin);
    if (verdict.kind === 'allow-all') return;
    if (verdict.kind === 'disallow-all') throw new RobotsDisallowedError(url, verdict.why);
    // isAllowed is undefined only for a URL of another origin, which cannot happen here.
    if (verdict.robot.isAllowed(u.href, this.userAgent) === false) {
      const line = verdict.robot.getMatchingLineNumber(u.href, this.userAgent);
      throw new RobotsDisallowedError(url, `${u.origin}/robots.txt line ${line} disallows it for ${this.userAgent}`);
    }
  }

  /** Forget cached answers (all, or one origin). */
  clear(origin?: string): void {
    if (origin) this.cache.delete(origin);
    else this.cache.clear();
  }

  private verdictFor(origin: string): Promise<Verdict> {
    const now = this.now();
    const hit = this.cache.get(origin);
    if (hit && now - hit.at < this.ttlMs) return hit.verdict;
    // The promise itself is cached, so concurrent checks share one fetch.
    const verdict = this.load(origin);
    this.cache.set(origin, { at: now, verdict });
    verdict.catch(() => this.cache.delete(origin));
    return verdict;
  }

  private async load(origin: string): Promise<Verdict> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const res = await guardedFetch(robotsUrl, {
        ...this.fetchOptions,
        expect: 'any',
        accept: 'text/plain,*/*;q=0.5',
        etag: null,
        lastModified: null,
        maxBytes: Math.min(this.fetchOptions.maxBytes ?? ROBOTS_MAX_BYTES, ROBOTS_MAX_BYTES),
      });
      // Rules found after a redirect still govern this origin (RFC 9309 §2.3.1.2).
      return { kind: 'rules', robot: robotsParser(robotsUrl, res.text) };
    } catch (e) {
      if (e instanceof HttpStatusError && e.status !== null && e.status >= 500) {
        return { kind: 'disallow-all', why: `${robotsUrl} answered HTTP ${e.status}; RFC 9309 treats an unreachable robots.txt as disallow all` };
      }
      if (e instanceof HttpStatusError) return { kind: 'allow-all', why: `${robotsUrl} answered HTTP ${e.status}` };
      if (e instanceof BlockedAddressError || e instanceof BadUrlError) throw e;
      if (e instanceof FetchError) return { kind: 'allow-all', why: e.message };
      throw e;
    }
  }
}
