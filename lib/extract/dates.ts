// Dates the story gives for the incident, resolved against publishedAt: "July 15" in a 2022 story
// is 2022-07-15, "last evening" in a Saturday story is the Friday, "on Sunday" is the latest Sunday
// on or before the publication day. Dates of statements ("said Monday") are not incident dates.
import { monthNumber } from '../date-names';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_ALT = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

const DATE_RE = new RegExp(
  [
    `\\b(?<m1>${MONTH_ALT})\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y1>(?:19|20)\\d{2}))?(?![\\d:])`,
    `\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>${MONTH_ALT})\\.?(?:,?\\s+(?<y2>(?:19|20)\\d{2}))?\\b`,
    `\\b(?<iso>(?:19|20)\\d{2}-\\d{2}-\\d{2})\\b`,
    `\\b(?<last>last\\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`,
    `\\b(?<rel>yesterday|last night|last evening|the previous evening|the previous night|the previous day|the day before|overnight|earlier today|this morning|today)\\b`,
  ].join('|'),
  'gi',
);

const STATEMENT_BEFORE = /\b(?:said|says|say|announced|announces|reported|reports|told|added|stated|confirmed|confirms|wrote|tweeted|posted|published|disclosed|revealed|warned|testified|updated)\s+(?:in\s+an?\s+(?:\w+\s+)?(?:blog post|statement|post|tweet|filing|interview|report|letter|notice|briefing)\s+)?(?:on\s+|late\s+|early\s+|late on\s+|early on\s+)?$/i;

// A date written into the incident's own noun phrase ("the July 15 attack", "an attack on July 15")
// names the incident's day even in a sentence without other incident vocabulary.
const INCIDENT_AFTER = /^\s*(?:cyber[- ]?)?(?:attacks?|breach(?:es)?|hacks?|intrusions?|incidents?)\b/i;
const INCIDENT_BEFORE = /\b(?:attacks?|breach(?:es)?|hacks?|intrusions?|incidents?)\s+(?:on|of)\s+$/i;

export interface DateOptions {
  /** Keep only dates attached to an incident noun ("the July 15 attack"). */
  incidentPhraseOnly?: boolean;
}

function ymd(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** Publication day (UTC) or null when unknown/unparseable. */
export function publicationDay(publishedAt: string | null): Date | null {
  if (!publishedAt) return null;
  const t = Date.parse(publishedAt);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** All incident dates in a sentence, as YYYY-MM-DD, resolved against the publication day. */
export function datesInSentence(sentence: string, pub: Date | null, opts: DateOptions = {}): string[] {
  const out: string[] = [];
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(sentence))) {
    const g = m.groups ?? {};
    const before = sentence.slice(0, m.index);
    if (STATEMENT_BEFORE.test(before)) continue;
    if (opts.incidentPhraseOnly && !INCIDENT_AFTER.test(sentence.slice(m.index + m[0].length)) && !INCIDENT_BEFORE.test(before)) continue;
    if (g.iso) { out.push(g.iso); continue; }
    const mon = g.m1 ?? g.m2;
    if (mon) {
      const month = monthNumber(mon);
      const day = Number(g.d1 ?? g.d2);
      if (!month || day < 1 || day > 31) continue;
      if (g.m1 && mon.toLowerCase() === 'may' && !g.y1 && !/^\s*\d/.test(sentence.slice(m.index + 3))) continue;
      let year = Number(g.y1 ?? g.y2 ?? NaN);
      if (Number.isNaN(year)) {
        if (!pub) continue;
        year = pub.getUTCFullYear();
        // a month-day later than the story (beyond a day of time-zone slack) is from the previous year
        if (Date.UTC(year, month - 1, day) > pub.getTime() + 86_400_000) year -= 1;
      }
      const d = new Date(Date.UTC(year, month - 1, day));
      if (d.getUTCMonth() !== month - 1) continue;
      out.push(ymd(d));
      continue;
    }
    if (!pub) continue;
    if (g.wd) {
      const target = WEEKDAYS.indexOf(g.wd.toLowerCase());
      let back = (pub.getUTCDay() - target + 7) % 7;
      if (g.last && back === 0) back = 7;
      out.push(ymd(addDays(pub, -back)));
      continue;
    }
    if (g.rel) {
      const r = g.rel.toLowerCase();
      out.push(ymd(/today|this morning/.test(r) ? pub : addDays(pub, -1)));
    }
  }
  return out;
}
