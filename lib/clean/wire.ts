import type { Wire } from '../types';

// Names a wire agency is printed under, longest first so "Associated Press" wins over "AP".
const WIRE_NAMES: Array<[RegExp, Wire]> = [
  [/^(?:the\s+)?associated\s+press$/i, 'AP'],
  [/^ap(?:\s+news)?$/i, 'AP'],
  [/^(?:thomson\s+)?reuters$/i, 'Reuters'],
  [/^agence\s+france[-\s]presse$/i, 'AFP'],
  [/^afp$/i, 'AFP'],
  [/^ansa$/i, 'ANSA'],
  [/^(?:dpa|deutsche\s+presse[-\s]agentur)$/i, 'dpa'],
  [/^(?:efe|agencia\s+efe)$/i, 'EFE'],
  [/^(?:pa|pa\s+media|press\s+association|pa\s+wire)$/i, 'PA'],
  [/^(?:xinhua|xinhua\s+news\s+agency)$/i, 'Xinhua'],
  [/^(?:kyodo|kyodo\s+news)$/i, 'Kyodo'],
  [/^(?:upi|united\s+press\s+international)$/i, 'UPI'],
  [/^(?:bloomberg|bloomberg\s+news)$/i, 'Bloomberg'],
];

const WIRE_ALT =
  '(?:the\\s+)?associated\\s+press|ap|reuters|thomson\\s+reuters|agence\\s+france[-\\s]presse|afp|ansa|dpa|deutsche\\s+presse[-\\s]agentur|efe|pa\\s+media|pa|press\\s+association|xinhua|kyodo(?:\\s+news)?|upi|united\\s+press\\s+international|bloomberg(?:\\s+news)?';

/** The wire a name refers to ("The Associated Press" → AP), or null. */
export function wireFromName(name: string): Wire | null {
  const n = name.trim().replace(/[.,;:]+$/, '');
  for (const [re, wire] of WIRE_NAMES) if (re.test(n)) return wire;
  return null;
}

// Credit lines. Each is anchored so that "told Reuters" in a sentence is not a credit.
const CREDIT_PATTERNS: RegExp[] = [
  // "(AP) —", "(Reuters) -", "LONDON, June 16 (Reuters) -"
  new RegExp(`^[^()]{0,80}\\((${WIRE_ALT})\\)\\s*[-—–:]`, 'i'),
  // "Via AP news wire", "Via Reuters"
  new RegExp(`^via\\s+(${WIRE_ALT})(?:\\s+news\\s*wire|\\s+wire)?\\b`, 'i'),
  // "By The Associated Press", "By Jane Doe, Associated Press"
  new RegExp(`^by\\s+(?:[^,]{0,60},\\s*)?(${WIRE_ALT})\\s*$`, 'i'),
  // "© 2023 AFP", "Copyright 2022 The Associated Press"
  new RegExp(`^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*)?(${WIRE_ALT})\\b`, 'i'),
  // A line that is just the wire name, or the wire name then a date: "dpa · 22 November 2023"
  new RegExp(`^(${WIRE_ALT})\\s*(?:$|[·|•,]\\s)`, 'i'),
  // "Source: Reuters", "Credit: AFP"
  new RegExp(`^(?:source|credit|agency|agencies)\\s*:\\s*(${WIRE_ALT})\\b`, 'i'),
];

// Trailing credit at the end of a paragraph: "… the ministry said. — AFP", "(Reuters)".
const TRAILING_CREDIT = new RegExp(`(?:[-—–]\\s*|\\()(${WIRE_ALT})\\)?\\s*$`, 'i');
// Reuters' sign-off: "Reporting by …; Editing by …".
const REUTERS_SIGNOFF = /^(?:\(?\s*)?(?:additional\s+)?reporting\s+by\b.*(?:;|\s)editing\s+by\b/i;

/** Wire credited by one line of text (a credit line, dateline or sign-off), or null. */
export function wireFromCreditLine(line: string): Wire | null {
  const s = line.trim();
  if (!s || s.length > 400) return null;
  for (const re of CREDIT_PATTERNS) {
    const m = re.exec(s);
    if (m) {
      const w = wireFromName(m[1]);
      if (w) return w;
    }
  }
  if (s.length < 300) {
    const t = TRAILING_CREDIT.exec(s);
    if (t) {
      const w = wireFromName(t[1]);
      // "PA" and "AP" at the end of a sentence are too easily something else unless set off by a dash.
      if (w && (s.length < 60 || /[-—–]\s*\w+\)?\s*$/.test(s))) return w;
    }
  }
  if (REUTERS_SIGNOFF.test(s) && s.length < 300) return 'Reuters';
  return null;
}

export function isReutersSignoff(line: string): boolean {
  return REUTERS_SIGNOFF.test(line.trim());
}
