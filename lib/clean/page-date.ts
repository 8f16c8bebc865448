// The publication date of an HTML page, chosen from every date the page carries, in the spirit of
// htmldate's cascade: the main object's JSON-LD and meta tags; <time> and date lines in the article,
// near the headline and byline (in several languages, with label words such as "Published",
// "Stand:", "Erschienen am", "Publié le"); the canonical URL; then any date in the page's own text;
// the modified date only as a last resort. Dates inside sidebars, comments, related-article lists and
// page-header widgets are not collected (html-meta's scan marks those zones).
//
// Markup can be wrong in one typical way: a CMS writes its last-modified or crawl time into the
// "published" meta while the article shows its own, earlier day. The markup date loses to the visible
// one only on evidence of that: the markup equals the page's modified date, or it is later than a
// labelled or article-header date and the canonical URL does not side with it.
import type { PublishedAtSource } from '../types';
import { type DateParts } from './dates';

export type DateRole = 'published' | 'modified' | 'unknown';

/** Where a date was found. Document order `order` is the element count before it (-1: head). */
export type EvidenceKind =
  | 'json-ld' // the main object's datePublished / dateCreated / uploadDate
  | 'json-ld-other' // another object's datePublished (only when the main object has none)
  | 'meta' // meta tags naming a publication date
  | 'itemprop' // itemprop="datePublished" on an element
  | 'time' // <time datetime> / <abbr title>
  | 'class' // an element whose class or id says date/time/published
  | 'label' // text led by a label word: "Published", "Stand:", "Erschienen am"
  | 'text' // a short text that is mostly a date
  | 'url' // the canonical URL, og:url or the fetched URL
  | 'script'; // an inline script's state object ({"publishedDate": …}): when nothing else dates the page

export interface DateEvidence {
  parts: DateParts;
  kind: EvidenceKind;
  role: DateRole;
  order: number;
  inArticle: boolean;
  /** Found in a comment, sidebar or related-list zone: used only when nothing else is. */
  discarded?: boolean;
}

export interface PageDateChoice {
  publishedAt: string | null;
  publishedDate: string | null;
  source: PublishedAtSource;
}

const SOURCE: Record<EvidenceKind, PublishedAtSource> = {
  'json-ld': 'json-ld', 'json-ld-other': 'json-ld', meta: 'meta', itemprop: 'meta', time: 'time', class: 'visible', label: 'visible', text: 'visible', url: 'url', script: 'meta',
};

const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/**
 * The publisher's day of the chosen instant. A UTC timestamp ("…T01:09:55Z") says nothing of the
 * publisher's zone: another statement of the same moment with an offset, or as a wall clock ("18:09:55",
 * whole quarter hours away), gives the local day; else the article's own day-only date line, when the
 * instant falls within that day in some zone.
 */
function localDay(chosen: DateParts, all: DateEvidence[], header: DateEvidence | null): string {
  if (chosen.zone !== 'utc' || !chosen.hasTime) return chosen.day;
  const t = Date.parse(chosen.iso);
  for (const e of all) {
    const p = e.parts;
    if (e.role === 'modified' || e.discarded || !p.hasTime || p.zone !== 'offset') continue;
    if (Date.parse(p.iso) === t) return p.day;
  }
  for (const e of all) {
    const p = e.parts;
    if (e.role === 'modified' || e.discarded || !p.hasTime || p.zone !== 'none') continue;
    if (p.iso === chosen.iso) return chosen.day;
    if (wallClockOf(chosen, p)) return p.day;
  }
  if (header && !header.parts.hasTime && sameMoment(chosen, header.parts)) return header.parts.day;
  return chosen.day;
}

/**
 * A zone-less wall clock ("2023-08-15 21:40") that reads a UTC instant in some zone: whole quarter
 * hours away, at most 14 hours, same minutes and seconds.
 */
function wallClockOf(utc: DateParts, wall: DateParts): boolean {
  if (!utc.hasTime || !wall.hasTime || wall.zone !== 'none') return false;
  const diff = Date.parse(wall.iso) - Date.parse(utc.iso); // the wall clock read as UTC minus the instant: the zone's offset
  return diff !== 0 && Math.abs(diff) <= 14 * 3_600_000 && diff % 900_000 === 0 && wall.iso.slice(14) === utc.iso.slice(14);
}

/** A UTC timestamp and a day-only date that can be the same moment seen from the publisher's zone. */
function sameMoment(utc: DateParts, day: DateParts): boolean {
  if (utc.zone !== 'utc' || !utc.hasTime || day.hasTime) return false;
  const t = Date.parse(utc.iso);
  const start = dayMs(day.day);
  return t >= start - 14 * 3_600_000 && t < start + 36 * 3_600_000;
}

function firstOf(ev: DateEvidence[], ok: (e: DateEvidence) => boolean): DateEvidence | null {
  for (const e of ev) if (ok(e)) return e;
  return null;
}

/** A visible date's strength: a label or a marked <time> 3, a date class or <time> in the article 2, elsewhere 1. */
function visibleStrength(e: DateEvidence): number {
  if (e.kind === 'label' || e.kind === 'itemprop') return 3;
  if (e.kind === 'time' && e.role === 'published') return 3;
  if ((e.kind === 'time' || e.kind === 'class') && e.inArticle) return 2;
  if (e.kind === 'time' || e.kind === 'class') return 1;
  return 0;
}

// "Near the headline": this many elements after the <h1>, or before it (kicker and date lines above it).
const NEAR_AFTER = 40;
const NEAR_BEFORE = 15;

/**
 * Picks the publication date among the page's evidence. `headOrder` is the document position of the
 * headline (<h1>), -1 when unknown; visible dates close to it are preferred. Dates later than
 * fetchedAt are skipped (pages carry "expires" and event dates).
 */
export function choosePageDate(evidence: DateEvidence[], headOrder: number, fetchedAt?: string | null): PageDateChoice {
  const limit = fetchedAt ? Date.parse(fetchedAt) : NaN;
  const ev = evidence.filter((e) => Number.isNaN(limit) || Date.parse(e.parts.iso) <= limit);
  const notModified = (e: DateEvidence): boolean => e.role !== 'modified';

  let markup =
    firstOf(ev, (e) => e.kind === 'json-ld' && notModified(e)) ??
    firstOf(ev, (e) => e.kind === 'meta' && notModified(e)) ??
    firstOf(ev, (e) => e.kind === 'itemprop' && notModified(e)) ??
    firstOf(ev, (e) => e.kind === 'json-ld-other' && notModified(e));
  const modified = firstOf(ev, (e) => e.role === 'modified' && (e.kind === 'json-ld' || e.kind === 'meta' || e.kind === 'itemprop'));
  const url = firstOf(ev, (e) => e.kind === 'url');

  const visible = ev.filter((e) => e.order >= 0 && notModified(e) && !e.discarded);
  const near = (e: DateEvidence): boolean => headOrder >= 0 && e.order >= headOrder - NEAR_BEFORE && e.order <= headOrder + NEAR_AFTER;
  const dist = (e: DateEvidence): number => (headOrder < 0 ? e.order : e.order >= headOrder ? e.order - headOrder : (headOrder - e.order) * 3);
  // The article's own date line: near the headline first, then the strongest, then the closest.
  let header: DateEvidence | null = null;
  const rank = (e: DateEvidence): number => (near(e) ? 10 : 0) + visibleStrength(e);
  for (const e of visible) {
    if (visibleStrength(e) === 0 && !near(e)) continue;
    if (!header || rank(e) > rank(header) || (rank(e) === rank(header) && dist(e) < dist(header))) header = e;
  }

  // JSON-LD and the meta tags disagree on the day: the article's visible date line decides between them.
  const metaPub = markup?.kind === 'json-ld' ? firstOf(ev, (e) => e.kind === 'meta' && notModified(e)) : null;
  if (markup && metaPub && metaPub.parts.day !== markup.parts.day) {
    const linesUp = (day: string): boolean => visible.some((e) => (near(e) || visibleStrength(e) >= 2) && e.parts.day === day);
    if (linesUp(metaPub.parts.day) && !linesUp(markup.parts.day)) markup = metaPub;
  }

  let chosen: DateEvidence | null = null;
  if (markup) {
    chosen = markup;
    const agrees = (e: DateEvidence): boolean =>
      e.parts.day === markup.parts.day || sameMoment(markup.parts, e.parts) || (markup.parts.zone === 'utc' && wallClockOf(markup.parts, e.parts));
    if (url && url.parts.day !== markup.parts.day) {
      // the URL sides with a visible date against the markup
      const withUrl = firstOf(visible, (e) => e.parts.day === url.parts.day && (near(e) || visibleStrength(e) >= 2));
      if (withUrl) chosen = withUrl;
    } else if (!url && !visible.some((e) => near(e) && agrees(e))) {
      // a labelled or marked date line under the headline, earlier than the markup: the markup is a
      // modified or crawl time
      const own = header && near(header) && visibleStrength(header) >= 2 ? header : null;
      if (own) chosen = own;
    }
  } else if (header && (near(header) || visibleStrength(header) >= 2)) {
    chosen = url && url.parts.day !== header.parts.day && !(near(header) && visibleStrength(header) >= 2) ? url : header;
  } else if (url) {
    chosen = url;
  } else {
    chosen = header ?? firstOf(ev, (e) => e.kind === 'script') ?? firstOf(visible, (e) => e.inArticle) ?? visible[0] ?? modified ??
      firstOf(ev, (e) => e.order >= 0 && !e.discarded) ?? firstOf(ev, (e) => e.discarded === true && notModified(e)) ?? firstOf(ev, (e) => e.discarded === true);
  }
  if (!chosen) return { publishedAt: null, publishedDate: null, source: null };
  return { publishedAt: chosen.parts.iso, publishedDate: localDay(chosen.parts, ev, header && !header.discarded && (near(header) || visibleStrength(header) >= 2) ? header : null), source: SOURCE[chosen.kind] };
}
