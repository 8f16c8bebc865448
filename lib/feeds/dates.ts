/*
 * Feed dates to ISO 8601 UTC. RSS uses RFC 822/2822 ("Tue, 01 Jul 2025
 * 14:30:00 +0200", named US zones, two-digit years); Atom, dc:date, JSON Feed
 * and sitemaps use W3C/RFC 3339 ("2025-07-01T14:30:00+02:00", or just a
 * date). Date.parse alone would read zone-less strings as the machine's local
 * time, so both forms are parsed explicitly and zone-less times mean UTC.
 */
import { monthNumber, zoneOffsetMinutes } from '../date-names';

function offsetMinutes(zone: string | undefined): number | null {
  if (!zone) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  const named = zoneOffsetMinutes(zone);
  if (named !== undefined) return named;
  // RFC 822 military letters are unreliable in practice (RFC 2822 §4.3), and an unknown
  // abbreviation is better read as UTC (hours off) than dropped (no date at all).
  if (/^[a-z]{1,5}$/i.test(zone)) return 0;
  return null;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): string | null {
  if (y < 1900 || y > 2200 || mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const t = Date.UTC(y, mo, d, h, mi, Math.min(s, 59), ms);
  const check = new Date(t);
  if (check.getUTCDate() !== d && h < 24) return null; // 31 Feb and friends
  return new Date(t - offset * 60_000).toISOString();
}

/** RFC 822 / 2822 date-time ("Tue, 1 Jul 2025 09:05:00 EDT"), null when it is not one. */
export function parseRfc822Date(raw: string): string | null {
  const m =
    /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2}|\d{4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{2}:?\d{2}|[a-z]{1,5}))?)?$/i.exec(
      raw.trim(),
    );
  if (!m) return null;
  const number = monthNumber(m[2].slice(0, 3));
  if (number === undefined) return null;
  const month = number - 1;
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  const offset = offsetMinutes(m[7]);
  if (offset === null) return null;
  return build(year, month, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, offset);
}

/** W3C-DTF / RFC 3339 ("2025-07-01", "2025-07-01T14:30Z", "2025-07-01T14:30:00.5+02:00"); null otherwise. */
export function parseW3cDate(raw: string): string | null {
  const m =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i.exec(
      raw.trim(),
    );
  if (!m) return null;
  let zone = m[8];
  if (zone && /^[+-]\d{2}$/.test(zone)) zone += '00';
  const offset = offsetMinutes(zone);
  if (offset === null) return null;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  return build(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Math.min(ms, 999), offset);
}

/** Either form (feeds mix them up), then a last try with an explicit zone only; null when unusable. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s) return null;
  const parsed = parseRfc822Date(s) ?? parseW3cDate(s);
  if (parsed) return parsed;
  // US style "Jul 1, 2025 2:30 PM GMT": Date.parse, but only with that shape and a spelled-out zone.
  if (/^[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}\b/i.test(s) && /(?:\b(?:gmt|utc|ut|z|[ecmp][sd]t)\b|[+-]\d{2}:?\d{2})\s*$/i.test(s)) {
    const t = Date.parse(s);
    if (Number.isFinite(t)) {
      const iso = new Date(t).toISOString();
      const year = Number(iso.slice(0, 4));
      if (year >= 1900 && year <= 2200) return iso;
    }
  }
  return null;
}
