// Dates with month names in German, French, Spanish, Portuguese, Dutch and Italian ("19. Juli 2014",
// "jeudi 13 juin 2019 à 10h05", "3 de marzo de 2021", "14 Gennaio 2020"), read by chrono-node's locale
// parsers. chrono costs ~0.02 ms a call and 20-100 ms to load a locale, so a cheap pattern first finds
// the "number word year" / "word number, year" shape, the word must be a month name of one of those
// languages (the table below), and only then is that short stretch handed to chrono, in the page's
// declared language first. A page that declares no language is read from the table alone (the day,
// not the time), so it loads no locale.
import type { Chrono, ParsedResult } from 'chrono-node';

export interface NamedDate {
  idx: number;
  y: number;
  mo: number;
  d: number;
  h: number | null;
  mi: number;
  /** Minutes east of UTC when the text names a zone; null otherwise. */
  offset: number | null;
}

const LOCALES = ['de', 'fr', 'es', 'pt', 'nl', 'it'] as const;
type Locale = (typeof LOCALES)[number];

// literal require()s: loaded on first use, and esbuild (the Lambda bundles) includes them
const LOADERS: Record<Locale, () => { strict: Chrono }> = {
  de: () => require('chrono-node/de') as { strict: Chrono },
  fr: () => require('chrono-node/fr') as { strict: Chrono },
  es: () => require('chrono-node/es') as { strict: Chrono },
  pt: () => require('chrono-node/pt') as { strict: Chrono },
  nl: () => require('chrono-node/nl') as { strict: Chrono },
  it: () => require('chrono-node/it') as { strict: Chrono },
};
const loaded = new Map<Locale, Chrono>();

function parserFor(l: Locale): Chrono {
  let p = loaded.get(l);
  if (!p) {
    // chrono is ~100 small files, each with a .map: under tsx (source maps on) reading those maps
    // doubled the load time, and stack traces inside chrono need no mapping.
    const maps = process.sourceMapsEnabled;
    if (maps) process.setSourceMapsEnabled(false);
    try {
      p = LOADERS[l]().strict;
    } finally {
      if (maps) process.setSourceMapsEnabled(true);
    }
    loaded.set(l, p);
  }
  return p;
}

// Day, optional "de", a word of letters (a month name in some language), optional "de", a year;
// or a word, a day and a year ("Juni 5, 2020"). Latin-1 letters so "März", "février", "Março" count.
const SHAPE = /(?:(?<!\d)\d{1,2}(?:\.|º|er)?\s*(?:de\s+)?[A-Za-zÀ-ÿ]{3,}\.?,?\s+(?:de\s+|del\s+)?\d{4}|[A-Za-zÀ-ÿ]{3,}\.?\s+\d{1,2},?\s+\d{4})(?!\d)/;
const ENGLISH_MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

// The month names of the six languages, only to decide which of chrono's parsers (if any) to load and
// ask: a word that names no month ("12 Kommentare 2020", "Maret 30, 2015") costs no chrono call.
// Twelve entries each; variants of one month joined by "|".
const MONTH_NAMES: Record<Locale, string> = {
  de: 'januar|jänner februar|feber märz|mrz april mai juni juli august september oktober november dezember',
  fr: 'janvier février|fevrier mars avril mai juin juillet août|aout septembre octobre novembre décembre|decembre',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre',
  pt: 'janeiro fevereiro março|marco abril maio junho julho agosto setembro outubro novembro dezembro',
  nl: 'januari februari maart|mrt april mei juni juli augustus september oktober november december',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
};
const NAMES = LOCALES.map((l) => [l, MONTH_NAMES[l].split(' ').map((m) => m.split('|'))] as const);

/** The languages in which a word is a month name or its abbreviation (three letters or more), with the month. */
function monthsOf(word: string): Array<{ locale: Locale; month: number }> {
  const w = word.toLowerCase().replace(/\.$/, '');
  const out: Array<{ locale: Locale; month: number }> = [];
  if (w.length < 3) return out;
  for (const [locale, months] of NAMES) {
    const i = months.findIndex((forms) => forms.some((n) => n === w || n.startsWith(w) || (w === 'sept' && n.startsWith('sept'))));
    if (i >= 0) out.push({ locale, month: i + 1 });
  }
  return out;
}

const REF = new Date(Date.UTC(2000, 0, 1));

function certainDate(r: ParsedResult): boolean {
  const c = r.start;
  return c.isCertain('day') && c.isCertain('month') && c.isCertain('year');
}

/**
 * The first month-name date in s that starts before `before` (an earlier numeric or English date wins),
 * read in the page's language first; null when none.
 */
export function monthNameDate(s: string, lang: string | null, before: number): NamedDate | null {
  // a page that declares another language (English, Polish…) is not searched for these names
  if (lang && !(LOCALES as readonly string[]).includes(lang)) return null;
  const m = SHAPE.exec(s);
  if (!m || m.index >= before) return null;
  const word = /[A-Za-zÀ-ÿ]{3,}/.exec(m[0]);
  if (!word || ENGLISH_MONTH.test(word[0])) return null; // English: read by the English patterns
  const months = monthsOf(word[0]);
  if (!months.length) return null;
  // A page that declares none of the six languages is read from the names above (day, month, year):
  // loading a chrono locale costs more than cleaning a page, and such pages rarely need its times.
  if (!lang) return fromNames(m[0], m.index, months[0].month);
  const order = months.map((x) => x.locale);
  if (order.includes(lang as Locale)) order.sort((a, b) => (a === lang ? -1 : b === lang ? 1 : 0));
  // the shape plus what may follow it (a weekday before, a time after)
  const from = Math.max(0, m.index - 12);
  const stretch = s.slice(from, m.index + m[0].length + 24);
  for (const l of order) {
    const results = parserFor(l).parse(stretch, REF);
    for (const r of results) {
      if (!certainDate(r)) continue;
      const c = r.start;
      const hasTime = c.isCertain('hour');
      const tz = c.isCertain('timezoneOffset') ? (c.get('timezoneOffset') ?? null) : null;
      return {
        idx: from + r.index,
        y: c.get('year')!,
        mo: c.get('month')!,
        d: c.get('day')!,
        h: hasTime ? c.get('hour')! : null,
        mi: hasTime ? c.get('minute') ?? 0 : 0,
        offset: tz,
      };
    }
  }
  // chrono reads day-month-year; a page may still write the English order with its own month name
  // ("Juli 12, 2017"): read that form from the names above.
  return MDY_NAMED.test(m[0]) ? fromNames(m[0], m.index, months[0].month) : null;
}

const DMY_NAMED = /^(\d{1,2})(?:\.|º|er)?\s*(?:de\s+)?[A-Za-zÀ-ÿ]{3,}\.?,?\s+(?:de\s+|del\s+)?(\d{4})$/;
const MDY_NAMED = /^[A-Za-zÀ-ÿ]{3,}\.?\s+(\d{1,2}),?\s+(\d{4})$/;

/** Day and year of a matched shape around a known month. */
function fromNames(shape: string, idx: number, month: number): NamedDate | null {
  const m = DMY_NAMED.exec(shape) ?? MDY_NAMED.exec(shape);
  return m ? { idx, y: +m[2], mo: month, d: +m[1], h: null, mi: 0, offset: null } : null;
}
