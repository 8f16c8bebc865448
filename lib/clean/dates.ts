// Date parsing for the forms news pages actually print: ISO 8601 in markup (with offsets, zone
// abbreviations or none), RFC 2822 in feeds, and visible date lines in several languages such as
// "Saturday 10 September 2022 09:33 EDT", "June 2, 2021 · 3 min read", "13/11/2023 - 18:05 (GMT+11)",
// "Samstag, 19. Juli 2014", "jeudi 13 juin 2019", "28.01.22".
// Every reader returns DateParts: the UTC instant (ISO 8601 without milliseconds) and the publisher's
// own calendar day as the text states it, which differs from the UTC day for a late-evening story.
import { monthNumber, zoneOffsetMinutes } from '../date-names';
import { monthNameDate } from './month-names';

export interface DateParts {
  /** The instant in UTC, "2022-09-10T13:33:00Z"; a date without a time is midnight UTC of that day. */
  iso: string;
  /** The day as written on the page, in the publisher's time zone: "2022-09-10". */
  day: string;
  /** A time of day was given. */
  hasTime: boolean;
  /** How the zone was given: an explicit non-zero offset, UTC (Z, +00:00, GMT), or not at all. */
  zone: 'offset' | 'utc' | 'none';
}

const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIME_RE = '(\\d{1,2})(?:[:.h](\\d{2}))?(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?';
const ZONE_RE = '(?:\\(?\\s*(?:(?:gmt|utc)\\s*([+-]\\d{1,2})(?::?(\\d{2}))?|([a-z]{1,5}))\\s*\\)?)?';

// also the archive stamp "26-FEB-1987" (Reuters copy of the 1980s)
const DMY = new RegExp(`\\b(\\d{1,2})(?:(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?|-)${MONTH_RE}(?:,?\\s+|-)(\\d{4})`, 'i');
const MDY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
// 19.07.2014, 19/07/2014, 19-07-2014, "19. 07. 2014", 28.01.22 (two-digit year: not followed by more
// number parts, so version numbers and IP addresses do not pass).
const NUMERIC = /(?<![\d.:/-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d]|[./-]\d)/;
const YMD = /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
const TIME_AFTER = new RegExp(`^[\\s,·|@at\\-–—um]*${TIME_RE}\\s*${ZONE_RE}`, 'i');
const TIME_BEFORE = new RegExp(`${TIME_RE}\\s*${ZONE_RE}[\\s,·|\\-–—]*(?:on\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?$`, 'i');

const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const NUMBER_SEP = /\d\s?[./-]/;
const SPACE_RUN = /\s\s|[\t\n\r\f\v\u00a0\u2000-\u200b\u202f\u3000]/;
const SPACES = /\s+/g;

const pad = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** The latest year a page may carry (pages state no future years; a two-digit year is read below it). */
const MAX_YEAR = new Date().getUTCFullYear() + 1;
// Wire archives reach back to the 1980s (Reuters copy of 1987); earlier years are history in the text, not dates of the page.
const MIN_YEAR = 1980;

/** DateParts of a wall-clock reading at offsetMin minutes from UTC; null when it is not a calendar date. */
export function makeParts(y: number, mo: number, d: number, h: number | null = null, mi = 0, s = 0, offsetMin: number | null = null): DateParts | null {
  const hh = h ?? 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || hh > 23 || mi > 59 || s > 60 || y < MIN_YEAR || y > MAX_YEAR) return null;
  const local = Date.UTC(y, mo - 1, d, hh, mi, Math.min(s, 59));
  if (Number.isNaN(local) || new Date(local).getUTCDate() !== d) return null; // 31 February
  const t = local - (offsetMin ?? 0) * 60_000;
  return {
    iso: new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    day: `${y}-${pad(mo)}-${pad(d)}`,
    hasTime: h !== null,
    zone: offsetMin === null ? 'none' : offsetMin === 0 ? 'utc' : 'offset',
  };
}

function fullYear(y: string): number {
  if (y.length === 4) return +y;
  const n = +y;
  // Two-digit years: 2000s unless that would be in the future.
  return 2000 + n <= MAX_YEAR ? 2000 + n : 1900 + n;
}

function offsetOf(zone: string | undefined): number | null {
  if (!zone) return null;
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (m) return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +(m[3] ?? 0));
  const named = zoneOffsetMinutes(zone);
  return named === undefined ? null : named;
}

// 2023-11-08T21:30:00-05:00, 2023-11-08 21:30:00, 2023-11-09T16:02:50CDT, 2023-11-09T16:02:50.123+0100
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(z|[+-]\d{2}(?::?\d{2})?|[a-z]{2,5})?)?$/i;
// Tue, 10 Jun 2003 04:00:00 GMT
const RFC2822 = /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{2}:?\d{2}|[a-z]{1,5}))?)?$/i;

/**
 * A date in markup (meta content, JSON-LD, <time datetime>): ISO 8601 with an offset, a zone
 * abbreviation or none (the wall clock as written: its day is the publisher's, the instant is read
 * as UTC), RFC 2822, Unix seconds, or any visible form ("01-11-2023 10:29").
 */
export function machineDateParts(raw: string | null | undefined): DateParts | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s || s.length > 80) return null;
  let m = ISO.exec(s);
  if (m) {
    const off = offsetOf(m[7]);
    return makeParts(+m[1], +m[2], +m[3], m[4] === undefined ? null : +m[4], +(m[5] ?? 0), +(m[6] ?? 0), m[4] === undefined ? null : off);
  }
  m = RFC2822.exec(s);
  if (m) {
    const mo = monthNumber(m[2].slice(0, 3));
    if (mo) return makeParts(+m[3], mo, +m[1], m[4] === undefined ? null : +m[4], +(m[5] ?? 0), +(m[6] ?? 0), m[4] === undefined ? null : offsetOf(m[7]) ?? 0);
  }
  if (/^1\d{9}$/.test(s)) {
    const d = new Date(+s * 1000);
    return makeParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), 0);
  }
  return visibleDateParts(s);
}

/** Normalizes a machine date (ISO 8601, RFC 2822, …) to UTC ISO; null when unparseable. */
export function normalizeMachineDate(raw: string | null | undefined): string | null {
  return machineDateParts(raw)?.iso ?? null;
}

function zoneOffset(sign: string | undefined, mins: string | undefined, abbr: string | undefined): number | null {
  if (sign) {
    const neg = sign.startsWith('-');
    const total = Math.abs(parseInt(sign, 10)) * 60 + +(mins ?? 0);
    return neg ? -total : total;
  }
  if (abbr) {
    const z = zoneOffsetMinutes(abbr);
    return z === undefined ? null : z;
  }
  return null;
}

function readTime(m: RegExpExecArray | null): { h: number; mi: number; s: number; off: number | null } | null {
  if (!m) return null;
  let h = +m[1];
  const mi = m[2] ? +m[2] : 0;
  const s = m[3] ? +m[3] : 0;
  const ampm = m[4]?.toLowerCase().replace(/\./g, '');
  if (!m[2] && !ampm) return null; // a bare number is not a time
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  const off = zoneOffset(m[5], m[6], m[7]);
  if (m[7] && off === null && !m[2]) return null;
  return { h, mi, s, off };
}

interface Found {
  idx: number;
  end: number;
  y: number;
  mo: number;
  d: number;
}

/** Day-first for dotted and dashed numbers; for slashes too unless the page is in American English order. */
function numericDate(m: RegExpExecArray, monthFirst: boolean): Found | null {
  const a = +m[1], b = +m[3];
  let d = a, mo = b;
  if ((m[2] === '/' && monthFirst && a <= 12) || (b > 12 && a <= 12)) {
    mo = a;
    d = b;
  }
  return { idx: m.index, end: m.index + m[0].length, y: fullYear(m[4]), mo, d };
}

export interface VisibleDateOptions {
  /** The page's language ("de", "fr"): chooses the month names tried first. */
  lang?: string | null;
  /** Slash dates are month first (m/d/yyyy), as on American pages. */
  monthFirst?: boolean;
}

/**
 * Finds the first calendar date in free text and returns its parts; the time and zone are used when
 * printed next to it. English month names and numeric forms are read here; other languages' month
 * names by chrono-node (see month-names.ts).
 */
export function visibleDateParts(text: string, opts: VisibleDateOptions = {}): DateParts | null {
  const cut = text.length > 300 ? text.slice(0, 300) : text;
  const s = SPACE_RUN.test(cut) ? cut.replace(SPACES, ' ') : cut;
  let best: Found | null = null;
  const take = (f: Found | null): void => {
    if (f && (!best || f.idx < best.idx)) best = f;
  };
  let m: RegExpExecArray | null;
  // the two month-name patterns only when a month abbreviation occurs at all (one cheap test)
  if (MONTH_HINT.test(s)) {
    if ((m = DMY.exec(s))) take({ idx: m.index, end: m.index + m[0].length, d: +m[1], mo: monthNumber(m[2])!, y: +m[3] });
    if ((m = MDY.exec(s))) take({ idx: m.index, end: m.index + m[0].length, mo: monthNumber(m[1])!, d: +m[2], y: +m[3] });
  }
  if (NUMBER_SEP.test(s)) {
    if ((m = YMD.exec(s))) take({ idx: m.index, end: m.index + m[0].length, y: +m[1], mo: +m[3], d: +m[4] });
    if ((m = NUMERIC.exec(s))) take(numericDate(m, opts.monthFirst === true));
  }
  const named = monthNameDate(s, opts.lang ?? null, best ? (best as Found).idx : s.length);
  if (named) {
    if (!best || named.idx < (best as Found).idx) {
      return makeParts(named.y, named.mo, named.d, named.h, named.mi, 0, named.h === null ? null : named.offset);
    }
  }
  if (!best) return null;
  const f: Found = best;
  const after = TIME_AFTER.exec(s.slice(f.end));
  let t = readTime(after);
  if (!t) {
    const before = TIME_BEFORE.exec(s.slice(Math.max(0, f.idx - 40), f.idx));
    t = readTime(before);
  }
  return t ? makeParts(f.y, f.mo, f.d, t.h, t.mi, t.s, t.off) : makeParts(f.y, f.mo, f.d);
}

/** The first calendar date in free text as UTC ISO ("Published June 16, 2023" → 2023-06-16T00:00:00Z). */
export function parseVisibleDate(text: string, opts: VisibleDateOptions = {}): string | null {
  return visibleDateParts(text, opts)?.iso ?? null;
}

/** Date written into a story URL: /2019/11/19/, /20191119/, -2019-11-19. */
export function urlDateParts(url: string | null | undefined): DateParts | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (m) return makeParts(+m[1], +m[2], +m[3]);
  // Day and month before the year ("/meldungen/29-10-2021"): read only when the order is plain, a
  // number above 12 being the day.
  const dm = /[/_-](\d{1,2})[-.](\d{1,2})[-.]((?:19|20)\d{2})(?:[/_.-]|$)/.exec(path);
  if (!dm) return null;
  const a = +dm[1];
  const b = +dm[2];
  if (a > 12 && b <= 12) return makeParts(+dm[3], b, a);
  if (b > 12 && a <= 12) return makeParts(+dm[3], a, b);
  return null;
}

/** Date written into a story URL, as UTC ISO. */
export function dateFromUrl(url: string | null | undefined): string | null {
  return urlDateParts(url)?.iso ?? null;
}
