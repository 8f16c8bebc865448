import type { Dateline, PublishedAtSource, Wire } from '../types';
import { parseByline } from './byline';
import { parseDateline } from './dateline';
import { urlDateParts } from './dates';
import { isReutersSignoff, wireFromCreditLine, wireFromName } from './wire';

// Decisions shared by the HTML and the plain-text paths.

/**
 * First candidate that parses and is not later than fetchedAt (pages carry future "expires" dates),
 * with the publisher's own day: the candidate's `day` when it has one, else the UTC day.
 */
export function choosePublishedAt(
  candidates: Array<{ value: string | null; day?: string | null; source: PublishedAtSource }>,
  fetchedAt: string | null | undefined,
  url: string | null | undefined,
): { publishedAt: string | null; publishedDate: string | null; source: PublishedAtSource } {
  const limit = fetchedAt ? Date.parse(fetchedAt) : NaN;
  const ok = (iso: string | null): iso is string => {
    if (!iso) return false;
    if (Number.isNaN(limit)) return true;
    // A date-only value on the fetch day is fine; anything later than the fetch is not a publication date.
    return Date.parse(iso) <= limit;
  };
  for (const c of candidates) if (ok(c.value)) return { publishedAt: c.value, publishedDate: c.day ?? c.value.slice(0, 10), source: c.source };
  const fromUrl = urlDateParts(url);
  if (fromUrl && ok(fromUrl.iso)) return { publishedAt: fromUrl.iso, publishedDate: fromUrl.day, source: 'url' };
  return { publishedAt: null, publishedDate: null, source: null };
}

export interface CreditResult {
  wire: Wire | null;
  dateline: Dateline | null;
}

/**
 * Wire credit and dateline. The dateline is read from the first body paragraphs; the credit comes
 * from, in order: the dateline's parenthesis, credit lines near the headline ("Via AP news wire",
 * "By The Associated Press"), organization authors, and sign-offs at the end ("— AFP", "Reporting by …").
 */
export function resolveCredit(paragraphs: string[], creditLines: string[], authorOrgs: string[]): CreditResult {
  let dateline: Dateline | null = null;
  let wire: Wire | null = null;
  for (const p of paragraphs.slice(0, 3)) {
    const d = parseDateline(p);
    if (d) {
      dateline = d.dateline;
      wire = d.wire;
      break;
    }
  }
  if (!wire) for (const l of creditLines) if ((wire = wireFromCreditLine(l))) break;
  if (!wire) for (const o of authorOrgs) if ((wire = wireFromName(o))) break;
  if (!wire) {
    for (const p of paragraphs.slice(-3)) {
      const w = wireFromCreditLine(p.length > 300 ? p.slice(-120) : p);
      if (w && (p.length < 300 || /[-—–]\s*\w+\)?\s*$/.test(p))) {
        wire = w;
        break;
      }
    }
  }
  return { wire, dateline };
}

/** Byline names from raw candidates, trying each source in turn. */
export function resolveByline(sources: string[]): string[] {
  for (const s of sources) {
    const names = parseByline(s);
    if (names.length) return names;
  }
  return [];
}

/** Paragraphs that are credit or sign-off lines, not story text ("Reporting by …; Editing by …"). */
export function isSignoff(p: string): boolean {
  return isReutersSignoff(p) && p.length < 300;
}
