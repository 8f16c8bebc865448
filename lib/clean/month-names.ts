// Dates with month names in German, French, Spanish, Portuguese, Dutch and Italian ("19. Juli 2014",
// "jeudi 13 juin 2019", "3 de marzo de 2021", "14 Gennaio 2020"), read by chrono-node's locale parsers.
// chrono costs ~0.02 ms a call and ~25 ms to load its locales, so a cheap pattern first finds the
// "number word year" / "word number, year" shape, the locales are loaded on the first such string, and
// only that short stretch of text is handed to them: the page's language first, then the others.
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
    p = LOADERS[l]().strict;
    loaded.set(l, p);
  }
  return p;
}

// Day, optional "de"/"of", a word of letters (a month name in some language), optional "de", a year;
// or a word, a day and a year ("Juni 5, 2020"). \p{L} so "März", "février", "Março" count.
const SHAPE = /(?:(?<!\d)\d{1,2}(?:\.|º|er)?\s*(?:de\s+)?\p{L}{3,}\.?,?\s+(?:de\s+|del\s+)?\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})(?!\d)/u;
const ENGLISH_MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
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
  const m = SHAPE.exec(s);
  if (!m || m.index >= before) return null;
  const word = /\p{L}{3,}/u.exec(m[0]);
  if (word && ENGLISH_MONTH.test(word[0].replace(/\.$/, ''))) return null; // read by the English patterns
  // the shape plus what may follow it (a weekday before, a time after)
  const from = Math.max(0, m.index - 12);
  const stretch = s.slice(from, m.index + m[0].length + 24);
  const order: Locale[] = [];
  if (lang && (LOCALES as readonly string[]).includes(lang)) order.push(lang as Locale);
  for (const l of LOCALES) if (!order.includes(l)) order.push(l);
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
  return null;
}
