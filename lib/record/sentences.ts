// Sentence splitting good enough for a lead: wire copy is plain prose, but
// abbreviations ("U.S.", "Mr.", "Jan.") and initials must not end a sentence.

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'st', 'jr', 'sr',
  'inc', 'ltd', 'co', 'corp', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** The run of ASCII letters and dots ending at text[end - 1] (not before `start`). */
function trailingWord(text: string, start: number, end: number): string {
  let i = end;
  while (i > start) {
    const c = text.charCodeAt(i - 1);
    if (c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) i--;
    else break;
  }
  return text.slice(i, end);
}

/** The text split into sentences, whitespace collapsed. */
export function splitSentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return [];
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(flat)) !== null) {
    const end = m.index + m[0].length;
    const lastWord = trailingWord(flat, start, m.index);
    // "U.S." / "U.N." / single initials like "J." are not sentence ends.
    if (m[0][0] === '.' && (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^(?:[A-Za-z]\.)*[A-Za-z]$/.test(lastWord))) continue;
    out.push(flat.slice(start, end).trim());
    start = end;
  }
  const rest = flat.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * The start of a text, enough to find its first two sentences for a lead of maxChars: a second
 * sentence is only used when both fit in maxChars, so nothing past a few times that can matter.
 * (Splitting a whole 2 MB story into sentences to read two of them was most of buildRecord's time.)
 */
export function leadText(text: string, maxChars: number): string {
  const room = Math.max(4000, maxChars * 10);
  return text.length > room ? text.slice(0, room) : text;
}

/** The lead: the first sentence, plus the second when the first is short. */
export function leadSummary(text: string, maxChars = 400): string {
  const sentences = splitSentences(leadText(text, maxChars));
  if (sentences.length === 0) return '';
  let summary = sentences[0];
  if (sentences.length > 1 && summary.length < 160 && summary.length + 1 + sentences[1].length <= maxChars) {
    summary = `${summary} ${sentences[1]}`;
  }
  return truncate(summary, maxChars);
}

export function truncate(s: string, maxChars: number): string {
  if (s.length <= maxChars) return s;
  const cut = s.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
