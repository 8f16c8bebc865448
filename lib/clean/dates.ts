// Date parsing for the forms news pages actually print: ISO 8601 in markup,
// RFC 2822 in feeds, and visible date lines such as "Saturday 10 September 2022
// 09:33 EDT", "June 2, 2021 · 3 min read" or "13/11/2023 - 18:05 (GMT+11)".
// Output is always UTC ISO 8601 without milliseconds ("2022-09-10T13:33:00Z").
import { monthNumber, zoneOffsetMinutes } from '../date-names';

const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIME_RE = '(\\d{1,2})(?:[:.h](\\d{2}))?(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?';
const ZONE_RE = '(?:\\(?\\s*(?:(?:gmt|utc)\\s*([+-]\\d{1,2})(?::?(\\d{2}))?|([a-z]{1,5}))\\s*\\)?)?';

const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})`, 'i');
const MDY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const YMD = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const TIME_AFTER = new RegExp(`^[\\s,·|@at\\-–—]*${TIME_RE}\\s*${ZONE_RE}`, 'i');
const TIME_BEFORE = new RegExp(`${TIME_RE}\\s*${ZONE_RE}[\\s,·|\\-–—]*(?:on\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?$`, 'i');

function iso(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offsetMin = 0): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59 || y < 1990 || y > 2100) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMin * 60_000;
  const dt = new Date(t);
  if (Number.isNaN(t)) return null;
  return dt.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Normalizes any Date-parsable machine date (ISO 8601, RFC 2822) to UTC ISO; null when unparseable. */
export function normalizeMachineDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s) return null;
  // ISO date without a time or zone: read as that calendar day in UTC.
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (dateOnly) return iso(+dateOnly[1], +dateOnly[2], +dateOnly[3]);
  // ISO date-time without a zone: JS would read local time; read it as UTC instead.
  const noZone = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/.exec(s);
  if (noZone) return iso(+noZone[1], +noZone[2], +noZone[3], +noZone[4], +noZone[5], +(noZone[6] ?? 0));
  if (/^\d{4}-\d{2}-\d{2}[T ]\d/.test(s) || /^[A-Za-z]{3},? \d{1,2} [A-Za-z]{3} \d{4}/.test(s)) {
    const t = Date.parse(s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    const t2 = Number.isNaN(t) ? Date.parse(s) : t;
    if (!Number.isNaN(t2)) {
      const y = new Date(t2).getUTCFullYear();
      if (y >= 1990 && y <= 2100) return new Date(t2).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
  }
  return parseVisibleDate(s);
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

function readTime(m: RegExpExecArray | null): { h: number; mi: number; s: number; off: number } | null {
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
  return { h, mi, s, off: off ?? 0 };
}

/**
 * Finds the first calendar date in free text ("Published June 16, 2023", "10 September 2022 09:33 EDT",
 * "13/11/2023 - 18:05 (GMT+11)") and returns it as UTC ISO; the time and zone are used when printed next to it.
 */
export function parseVisibleDate(text: string): string | null {
  const s = text.replace(/\s+/g, ' ');
  let y = 0, mo = 0, d = 0, end = -1, start = -1;
  let m: RegExpExecArray | null;
  const candidates: Array<{ idx: number; apply: () => void }> = [];
  if ((m = DMY.exec(s))) { const mm = m; candidates.push({ idx: mm.index, apply: () => { d = +mm[1]; mo = monthNumber(mm[2])!; y = +mm[3]; start = mm.index; end = mm.index + mm[0].length; } }); }
  if ((m = MDY.exec(s))) { const mm = m; candidates.push({ idx: mm.index, apply: () => { mo = monthNumber(mm[1])!; d = +mm[2]; y = +mm[3]; start = mm.index; end = mm.index + mm[0].length; } }); }
  if ((m = YMD.exec(s))) { const mm = m; candidates.push({ idx: mm.index, apply: () => { y = +mm[1]; mo = +mm[2]; d = +mm[3]; start = mm.index; end = mm.index + mm[0].length; } }); }
  if ((m = NUMERIC.exec(s))) {
    const mm = m;
    // Day-first unless the first number cannot be a day of a 12-month year reading.
    candidates.push({ idx: mm.index, apply: () => {
      const a = +mm[1], b = +mm[2];
      if (b > 12 && a <= 12) { mo = a; d = b; } else { d = a; mo = b; }
      y = +mm[3]; start = mm.index; end = mm.index + mm[0].length;
    } });
  }
  if (!candidates.length) return null;
  candidates.sort((a, b) => a.idx - b.idx)[0].apply();
  if (!mo) return null;
  const after = TIME_AFTER.exec(s.slice(end));
  let t = readTime(after);
  if (!t) {
    const before = TIME_BEFORE.exec(s.slice(Math.max(0, start - 40), start));
    t = readTime(before);
  }
  return t ? iso(y, mo, d, t.h, t.mi, t.s, t.off) : iso(y, mo, d);
}

/** Date written into a story URL: /2019/11/19/, /20191119/, -2019-11-19. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (!m) return null;
  return iso(+m[1], +m[2], +m[3]);
}
