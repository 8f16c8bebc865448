import { isHeadlineShaped, lowercaseRatio, type Line } from './text-shape';

// The headline of a copied story, chosen among the lines above the body. The body is found first;
// the headline is never taken out of it. A line scores for sharing words with the body's opening
// paragraphs (a headline restates the lead; a site name, a kicker or a related link does not), for
// a headline's length and case, and for sitting close above the body.

const STOP = new Set(
  ('the a an and or but of to in on at for with by from as is are was were be been has have had it its this that these those ' +
    'after before over under into about says said say will would could can may not no new more than up out off who what how why ' +
    'when where which his her their our your they he she we you').split(' '),
);

/** Lower-cased content words, with a plural or possessive ending dropped so "hackers" meets "hacker". */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // Letters, digits, apostrophes and hyphens make words; anything above ASCII counts as a letter.
    const inWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 || (c > 127 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0xa0 && c !== 0x2014 && c !== 0x2013);
    if (inWord) {
      if (from < 0) from = i;
      continue;
    }
    if (c === 0x2019 && from >= 0) continue; // ’ inside a word
    if (from < 0) continue;
    let w = text.slice(from, i).toLowerCase();
    from = -1;
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
    while (w.endsWith("'") || w.endsWith('’') || w.endsWith('-')) w = w.slice(0, -1);
    if (w.length < 3 || STOP.has(w)) continue;
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    out.push(w);
  }
  return out;
}

const ARTICLE = /^(?:a|an|the)$/i;
const META = new Set(['credit', 'date', 'byline']);
const SKIPPED = new Set(['chrome', 'nav', 'prompt']);
// How far above the body a headline is looked for, in lines that are neither chrome nor meta.
const REACH = 12;
const TOP_BONUS = 0.5;
const MIN_SCORE = 0.8;

function score(l: Line, bodyWords: Set<string>, between: number, nextIsMetaOrBody: boolean): number {
  const cw = contentWords(l.text);
  let hit = 0;
  for (const w of cw) if (bodyWords.has(w)) hit++;
  let s = cw.length ? (3 * hit) / cw.length : 0;
  const w = l.words;
  s += w >= 5 && w <= 14 ? 1 : w >= 15 && w <= 20 ? 0.5 : w >= 3 && w <= 4 ? 0.4 : w <= 2 ? -0.6 : 0;
  // Headlines drop articles; a standfirst below them is written in sentences.
  let articles = 0;
  for (const t of l.text.split(' ')) if (ARTICLE.test(t)) articles++;
  s -= Math.min(articles, 3) * 0.2;
  if (/^[\p{Ll}]/u.test(l.text)) s -= 1.5;
  // A sentence or a caption ("… Saakashvili. (Screenshot)") rather than a headline.
  if ((/\.$/.test(l.text) && !/\b[A-Z][a-z]?\.$/.test(l.text)) || /[.!?]["”]?\s*\([^()]{2,60}\)$/.test(l.text)) s -= 0.7;
  if (/:$/.test(l.text)) s -= 1;
  if (w >= 20 && lowercaseRatio(l.text) >= 0.6) s -= 0.5; // a standfirst sentence rather than a headline
  s -= 0.3 * between;
  if (nextIsMetaOrBody) s += 0.3;
  return s;
}

/** Index of the headline among lines[0..bodyStart), or -1 when no line above the body reads like one. */
export function chooseHeadline(lines: Line[], bodyStart: number, body: string[]): { index: number; text: string } | null {
  const cands: Array<{ j: number; line: Line; between: number; nextIsMetaOrBody: boolean; s: number }> = [];
  let between = 0;
  let nextIsMetaOrBody = true;
  for (let j = bodyStart - 1; j >= 0 && between < REACH; j--) {
    const l = lines[j];
    if (SKIPPED.has(l.kind)) continue;
    if (META.has(l.kind)) {
      nextIsMetaOrBody = true;
      continue;
    }
    const line = withoutSuffix(l);
    if (isHeadlineShaped(line)) cands.push({ j, line, between, nextIsMetaOrBody, s: 0 });
    between++;
    nextIsMetaOrBody = false;
  }
  if (!cands.length) return null;
  const bodyWords = new Set<string>();
  let taken = 0;
  for (const p of body) {
    for (const w of contentWords(p)) bodyWords.add(w);
    if ((taken += p.length) > 800) break; // the lead is what a headline restates
  }
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    c.s = score(c.line, bodyWords, c.between, c.nextIsMetaOrBody);
    // Right below another candidate: the standfirst under its headline.
    if (i + 1 < cands.length && cands[i + 1].between === c.between + 1) c.s -= 0.4;
  }
  // The topmost candidate is where a page copy usually starts its story.
  cands[cands.length - 1].s += TOP_BONUS;
  let best = cands[0];
  for (const c of cands) if (c.s > best.s) best = c;
  // Below this, a lone site name or kicker: better no headline than a wrong one.
  return best.s >= MIN_SCORE ? { index: best.j, text: best.line.text } : null;
}

// "Title | Site" or "Title | #tag | #tag": the title without what follows its first separator.
function withoutSuffix(l: Line): Line {
  if (!/\s[|·•]\s/.test(l.text)) return l;
  const segs = l.text.split(/\s+[|·•]\s+/);
  const head = segs[0];
  const words = head.split(' ').length;
  if (words < 3 || segs.length > 4 || segs.slice(1).some((x) => x.split(' ').length > 5)) return l;
  return { text: head, kind: l.kind, words };
}

// A closing pointer to the whole story ("Full story: TITLE (site)", "Read the full article: TITLE").
const POINTER = /^(?:(?:full|original|complete) (?:story|article|report)|(?:read|see) the (?:full|whole|original) (?:story|article|report))\s*(?::|at|on|-|—|–)\s*/i;

/** The title named by a pointer line after the body, when it restates the body's lead; else null. */
export function headlineFromPointer(after: Line[], body: string[]): string | null {
  for (const l of after) {
    const m = POINTER.exec(l.text);
    if (!m) continue;
    const title = l.text.slice(m[0].length).replace(/\s*\((?:[\w-]+\.)+[a-z]{2,}\)$|\s*https?:\/\/\S+$/i, '').trim();
    const cw = contentWords(title);
    if (cw.length < 2 || /https?:|www\./i.test(title) || wordsIn(title) > 30) continue;
    const lead = new Set(contentWords(body.slice(0, 3).join(' ')));
    let hit = 0;
    for (const w of cw) if (lead.has(w)) hit++;
    if (hit / cw.length >= 0.5) return title;
  }
  return null;
}

function wordsIn(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
