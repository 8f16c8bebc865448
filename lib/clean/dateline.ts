import type { Dateline, Wire } from '../types';
import atlas from './data/dateline-countries.json';
import { DATELINE_CITIES, DATELINE_REGIONS } from './data/dateline-places';
import { wireFromName } from './wire';

// Country names and capitals from the atlas (world-countries, compacted by
// data/build-dateline-countries.cjs), upper-cased, so "TIRANA, Albania" and "BUCHAREST" resolve.
const COUNTRY_BY_NAME = new Map<string, string>(atlas.names as Array<[string, string]>);
const CITY = new Map<string, string>(atlas.capitals as Array<[string, string]>);
for (const [k, v] of Object.entries(DATELINE_REGIONS)) COUNTRY_BY_NAME.set(k, v);
for (const [k, v] of Object.entries(DATELINE_CITIES)) CITY.set(k, v);

/** ISO code of a city the dateline table lists ("Maastricht" → NL), or null: the atlas capitals are left out, some of them being ordinary names elsewhere (Victoria, Kingston). */
export function listedCityCountry(name: string): string | null {
  return Object.prototype.hasOwnProperty.call(DATELINE_CITIES, name.toUpperCase()) ? DATELINE_CITIES[name.toUpperCase()] : null;
}

/** ISO code for a dateline's place and optional region ("OLDSMAR", "Fla." → US). */
export function countryForPlace(place: string, region: string | null): string | null {
  if (region) {
    const r = region.trim().toUpperCase();
    const byRegion = COUNTRY_BY_NAME.get(r) ?? COUNTRY_BY_NAME.get(r.replace(/\.$/, '')) ?? COUNTRY_BY_NAME.get(`${r}.`);
    if (byRegion) return byRegion;
  }
  const first = place.split('/')[0].trim().toUpperCase();
  return CITY.get(first) ?? COUNTRY_BY_NAME.get(first) ?? null;
}

const PLACE = `[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’\\-]*(?:\\s+[A-Za-zÀ-ÿ.'’\\-]+){0,3}`;
const PLACES = `${PLACE}(?:\\s*/\\s*${PLACE})*`;
// "June 16", "APRIL 1" (archive copy in capitals), "May 4, 2023", "5 May 2023", "April 2024"
const DATE_PART = `(?:[A-Z][A-Za-z]{2,8}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+[A-Z][A-Za-z]{2,8}\\.?(?:\\s+\\d{4})?|[A-Z][A-Za-z]{2,8}\\s+\\d{4})`;
// "TIRANA, Albania (AP) —", "WASHINGTON/LONDON, June 16 (Reuters) -", "Sydney (AFP) -"
const WITH_WIRE = new RegExp(
  `^(${PLACES})(?:,\\s*(${PLACE}))?(?:,\\s*${DATE_PART})?\\s*\\(([^()]{2,40})\\)\\s*[-—–:]+\\s*`,
);
// "(Reuters) -" with no place
const WIRE_ONLY = /^\(([^()]{2,40})\)\s*[-—–]+\s*/;
// "LONDON —" / "KYIV, Ukraine —": an upper-case place and a dash, no wire
// (the dash may end the paragraph: a results table's "DETROIT, March 2 -" stands on its own line)
const NO_WIRE = new RegExp(
  `^([A-ZÀ-Þ][A-ZÀ-Þ.'’\\-]+(?:[ /][A-ZÀ-Þ][A-ZÀ-Þ.'’\\-]+){0,3})(?:,\\s*([A-Z][A-Za-z.'’\\-]+(?:\\s+[A-Z][A-Za-z.'’\\-]+){0,2}))?(,\\s*${DATE_PART})?\\s*([—–-]{1,2}|:)(?:\\s+|$)`,
);

const MONTH_WORD = /^,\s*(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s/i;

export interface DatelineMatch {
  dateline: Dateline | null;
  wire: Wire | null;
  /** Length of the dateline prefix in the paragraph. */
  length: number;
}

/** Reads the dateline at the start of a paragraph; the paragraph itself is left unchanged. */
export function parseDateline(paragraph: string): DatelineMatch | null {
  const p = paragraph.trimStart();
  const w = WITH_WIRE.exec(p);
  if (w) {
    const wire = wireFromName(w[3]);
    // A parenthesis that names no wire must at least look like a credit ("(CNN) —", "(dpa)").
    if (wire || /^[A-Za-z][A-Za-z .&-]{1,30}$/.test(w[3])) {
      const place = w[1].trim();
      const words = place.split(/\s+/);
      // Guard against a sentence that merely has a parenthesis: places are short and mostly capitalized.
      if (words.length <= 5 && words.every((x) => /^[A-ZÀ-Þ/]/.test(x) || /^(?:de|la|el|al|es|of|the|upon|on|am|an|du)$/.test(x))) {
        return {
          dateline: { place, country: countryForPlace(place, w[2] ?? null) },
          wire,
          length: w[0].length,
        };
      }
    }
  }
  const o = WIRE_ONLY.exec(p);
  if (o) {
    const wire = wireFromName(o[1]);
    if (wire) return { dateline: null, wire, length: o[0].length };
  }
  const n = NO_WIRE.exec(p);
  if (n && n[1].replace(/[^A-Z]/g, '').length >= 3) {
    const place = n[1].trim();
    const country = countryForPlace(place, n[2] ?? null);
    // Without a wire credit, only accept places we know, so "FBI —" or "NOTE —" are not datelines;
    // an unknown place followed by the day ("MILWAUKEE, March 5 -") is one all the same, of no known country.
    const dated = n[3] !== undefined && MONTH_WORD.test(n[3]);
    // a colon ends a dateline only after its day ("MUMBAI, April 2024: …"), never a label ("NOTE: …")
    if (n[4] === ':' && !dated) return null;
    if (country || dated) return { dateline: { place, country }, wire: null, length: n[0].length };
  }
  return null;
}

// A dateline on a line of its own above the story ("DALLAS, May 4, 2023", "NEWARK, N.J., March 13, 2025",
// "SIEGEN, Nov 2, 2023 (translated from German)", the 1990s Reuters archive's "FRANKFURT 1996-08-22"):
// the place in capitals, then the day; nothing else.
const OWN_LINE = new RegExp(
  `^([A-ZÀ-Þ][A-ZÀ-Þ.'’\\-]+(?:[ /][A-ZÀ-Þ][A-ZÀ-Þ.'’\\-]+){0,3})(?:,\\s*([A-Z][A-Za-z.'’\\-]+(?:\\s+[A-Z][A-Za-z.'’\\-]+){0,2}))?(?:,\\s*${DATE_PART}|,?\\s+\\d{4}-\\d{2}-\\d{2})\\s*(?:\\([^()]{2,40}\\))?$`,
);

/** The dateline of a header line that is only a dateline, or null. */
export function parseDatelineLine(line: string): Dateline | null {
  const m = OWN_LINE.exec(line.trim());
  if (!m || m[1].replace(/[^A-Z]/g, '').length < 3) return null;
  return { place: m[1].trim(), country: countryForPlace(m[1].trim(), m[2] ?? null) };
}

