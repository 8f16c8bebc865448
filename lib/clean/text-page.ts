import type { CleanedPage, PublishedAtSource } from '../types';
import { hasPublisherVoice, isShareBar } from './boilerplate';
import { parseByline } from './byline';
import { parseDateline, parseDatelineLine } from './dateline';
import { parseVisibleDate, visibleDateParts } from './dates';
import { collapse } from './dom';
import { guessLanguage } from './language';
import { choosePublishedAt, resolveCredit } from './resolve';
import { splitTextBlocks } from './text-blocks';
import { chooseHeadline, headlineFromPointer } from './text-headline';
import { classify, isCutSentence, isEndHeading, wordCount, type Kind, type Line } from './text-shape';

// Page text copied from a browser (one paragraph or chrome line per line), or hard-wrapped wire copy.
// The usual layout is [chrome] headline [standfirst] [credit/date/byline lines] [prompts] body
// [sign-off, prompts, related], but any part may be missing: an excerpt may have no headline, end with
// "Full story: …", or stop mid-sentence. So the body is found first, by the shape of its blocks (the
// run of prose, table rows and list items that weighs most), and the headline is then chosen among
// the lines above it; nothing inside the body is ever taken for the headline.
//
// Standfirst decision: a summary paragraph that sits between the headline and the credit/date lines is
// the publisher's teaser, not story text (wire bodies restate it in their first paragraph), so it is
// left out of `paragraphs`. A first paragraph with no credit/date line after it is body.

/** Story text and metadata of a page copied as plain text. */
export function cleanTextPage(raw: string, opts: { fetchedAt?: string | null } = {}): CleanedPage {
  const lines: Line[] = splitTextBlocks(raw).map((b) => ({ text: b.text, kind: classify(b), words: wordCount(b.text) }));
  const kinds = lines.map((l) => l.kind);
  const { start, end } = findBody(lines, kinds);

  const paragraphs: string[] = [];
  for (let j = start; j <= end; j++) {
    const k = kinds[j];
    if (k === 'prose' || k === 'row' || (k === 'short' && !/^\[.*\]$/.test(lines[j].text))) paragraphs.push(lines[j].text.replace(MORE_LINK, '$1'));
  }

  // Headline: the best-scoring line above the body, else the title a closing "Full story: …" line
  // names. Choosing it never takes a line out of the body.
  const h = chooseHeadline(lines, Math.max(start, 0), paragraphs);
  const headline = h ? h.text.replace(/^(?:subject|title|headline)\s*:\s*/i, '') : headlineFromPointer(lines.slice(end + 1), paragraphs);

  const header = lines.slice(0, Math.max(start, 0));
  const tail = lines.slice(end + 1);
  const creditLines = [...header, ...tail].filter((l) => l.kind === 'credit' || l.kind === 'byline' || l.kind === 'chrome' || l.kind === 'date').map((l) => l.text);
  const credit = resolveCredit(paragraphs, creditLines, []);
  // no dateline opens the body: one standing on its own line above it ("TOKYO, April 5, 2024") is the story's
  if (!credit.dateline) for (const l of header) if ((credit.dateline = parseDatelineLine(l.text))) break;
  // The 1990s Reuters sign-off is the bare word "Reuter" after the story.
  if (!credit.wire && tail.some((l) => /^reuters?$/i.test(l.text))) credit.wire = 'Reuters';

  // Dates: a date line in the header, then a date inside the dateline ("LONDON, June 16 (Reuters)").
  const candidates: Array<{ value: string | null; day?: string | null; source: PublishedAtSource }> = [];
  for (const l of header) {
    if (l.kind === 'prose' || l.kind === 'prompt' || isShareBar(l.text)) continue; // "15 SHARES Share Tweet" holds no date
    // A date line, or a chrome line that starts with the date ("Monday, May 29, 2017 · [Photo: …]").
    const d = visibleDateParts(l.kind === 'date' || l.kind === 'credit' || l.kind === 'nav' ? l.text : l.text.slice(0, 60));
    if (d) candidates.push({ value: d.iso, day: d.day, source: 'visible' });
  }
  if (paragraphs.length) {
    const dl = parseDateline(paragraphs[0]);
    const d = dl ? visibleDateParts(paragraphs[0].slice(0, dl.length)) : null;
    if (d) candidates.push({ value: d.iso, day: d.day, source: 'dateline' });
  }
  const { publishedAt, publishedDate, source } = choosePublishedAt(candidates, opts.fetchedAt, null);

  // Byline: a "By …" line near the top; else the AP sign-off "Follow NAME at/on …".
  const bylineSources = header.filter((l) => l.kind === 'byline').map((l) => l.text);
  let byline = parseByline(bylineSources);
  if (!byline.length) {
    for (const l of tail) {
      const m = /^follow\s+(.{3,60}?)\s+(?:on\s+\w+\s+)?(?:at|on)\s+\S+$/i.exec(l.text);
      if (m) byline = parseByline(m[1]);
      if (byline.length) break;
    }
  }

  return {
    headline,
    byline,
    publishedAt,
    publishedDate,
    publishedAtSource: source,
    canonicalUrl: null,
    publisher: publisherFromPrompts(header.concat(tail).map((l) => l.text)),
    wire: credit.wire,
    dateline: credit.dateline,
    language: guessLanguage(paragraphs.join(' ')),
    paragraphs,
    text: paragraphs.join('\n\n'),
  };
}

// "… Read more" at the end of an excerpt's paragraph: the link, not the story (the ellipsis stays).
const MORE_LINK = /(…|\.\.\.)\s*\[?\s*(?:read|continue reading|read (?:the )?(?:full|whole) (?:story|article)|read more|read even more|more)\s*\]?\s*[»›→>]*$/i;

/** Why a copied text gave no story: said in the error a refused .txt gets. */
export function describeMissingStory(raw: string): string {
  const kinds = splitTextBlocks(raw).map((b) => classify(b));
  if (!kinds.length) return 'the text has no words';
  const lines = (n: number): string => `${n} line${n === 1 ? '' : 's'}`;
  const chrome = kinds.filter((k) => k !== 'prose' && k !== 'short' && k !== 'row').length;
  if (chrome === kinds.length) return `all ${lines(kinds.length)} are page chrome (menus, share bars, prompts, consent boxes, credit or date lines)`;
  return `no paragraph, table or list among ${lines(kinds.length)} (${kinds.length - chrome} short, such as a title or labels; ${chrome} of page chrome)`;
}

// Weight of a block as body text: running prose counts by its length, a table row when it is part of
// a table, bulleted items when they come in a run; page chrome and short lines count a little against,
// meta lines (credit, date, byline) more, since they sit between the header and the body.
function bodyWeights(lines: Line[], kinds: Kind[]): number[] {
  const n = lines.length;
  const w = new Array<number>(n);
  for (let j = 0; j < n; j++) {
    const k = kinds[j];
    if (k === 'prose') w[j] = 1 + Math.min(lines[j].words, 60) / 20;
    // A lone line of figures ("1 / 12", a stray time) is no table; inside the body it stays anyway.
    else if (k === 'row') w[j] = (j > 0 && kinds[j - 1] === 'row') || (j + 1 < n && kinds[j + 1] === 'row') ? 0.5 : -0.1;
    else if (k === 'short') w[j] = inList(lines, kinds, j) ? 0.3 : -0.3;
    else if (k === 'credit' || k === 'date' || k === 'byline') w[j] = -0.6;
    else w[j] = -0.1; // chrome is left out anyway; a box of it between two paragraphs must not split the story
  }
  return w;
}

// Items of a list start alike: a bullet, a number, a date.
function listKey(text: string): string | null {
  if (/^[•▪●◦*–-]\s+\S/.test(text)) return 'bullet';
  if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.test(text)) return 'date';
  if (/^\d/.test(text)) return 'number';
  return null;
}

/** A short line in a run of three or more that start alike. */
function inList(lines: Line[], kinds: Kind[], j: number): boolean {
  const key = listKey(lines[j].text);
  if (!key) return false;
  let run = 1;
  for (let k = j - 1; k >= 0 && run < 3 && (kinds[k] === 'short' || kinds[k] === 'row') && listKey(lines[k].text) === key; k--) run++;
  for (let k = j + 1; k < lines.length && run < 3 && (kinds[k] === 'short' || kinds[k] === 'row') && listKey(lines[k].text) === key; k++) run++;
  return run >= 3;
}

/** The body's first and last block (end < start when there is none). */
function findBody(lines: Line[], kinds: Kind[]): { start: number; end: number } {
  // The run of blocks with the greatest total weight (one pass, Kadane): the story's own paragraphs,
  // wherever the headline is and whatever follows.
  const w = bodyWeights(lines, kinds);
  let best = 0;
  let start = 0;
  let end = -1;
  let sum = 0;
  let from = 0;
  for (let j = 0; j < lines.length; j++) {
    if (sum <= 0) {
      sum = 0;
      from = j;
    }
    sum += w[j];
    if (sum > best) {
      best = sum;
      start = from;
      end = j;
    }
  }
  if (end < 0) return listBody(lines, kinds);

  // A heading of related links or comments ends the story, unless more of the body follows it than
  // precedes it (a box of links in the middle of a story).
  for (let j = start + 1; j <= end; j++) {
    if (!isEndHeading(lines[j].text)) continue;
    let before = 0;
    let after = 0;
    for (let k = start; k < j; k++) if (w[k] > 0) before += w[k];
    for (let k = j + 1; k <= end; k++) if (w[k] > 0) after += w[k];
    if (before >= after) end = j - 1;
    break;
  }

  // A dateline paragraph opens the story: one or two short prose blocks above it are a teaser or a
  // caption. More prose than that is story text, whatever dateline follows.
  let seen = 0;
  for (let j = start; j <= end && seen < 3; j++) {
    if (kinds[j] !== 'prose') continue;
    if (j > start && parseDateline(lines[j].text)) {
      start = j;
      break;
    }
    if (lines[j].words > 60) break;
    seen++;
  }
  // A standfirst: prose followed by credit/date/byline lines before the next prose paragraph.
  while (start < end && kinds[start] === 'prose' && !parseDateline(lines[start].text) && hasMetaBeforeNextProse(lines, start, end)) {
    let next = start + 1;
    while (next <= end && kinds[next] !== 'prose') next++;
    if (next > end) break;
    start = next;
  }
  // Prompt boxes: prose in the publisher's own voice next to a prompt is part of the box.
  for (let pass = 0; pass < 3; pass++) {
    for (let j = start; j < lines.length; j++) {
      if (kinds[j] !== 'prose' && kinds[j] !== 'short') continue;
      const prev = prevContent(kinds, j);
      const next = nextContent(kinds, j);
      const nearPrompt = (prev >= 0 && kinds[prev] === 'prompt') || (next >= 0 && kinds[next] === 'prompt');
      const sandwiched = prev >= 0 && next >= 0 && kinds[prev] === 'prompt' && kinds[next] === 'prompt';
      if (sandwiched || (nearPrompt && (hasPublisherVoice(lines[j].text) || kinds[j] === 'short'))) kinds[j] = 'prompt';
    }
  }
  // Trim what the prompt pass took and what weighs against the body at both ends.
  const isBody = (j: number): boolean => w[j] > 0 && kinds[j] !== 'prompt';
  while (end >= start && !isBody(end)) end--;
  while (start <= end && !isBody(start)) start++;

  // A copy that stops mid-sentence: its last line is still story text.
  const k = end + 1;
  if (k < lines.length && kinds[k] === 'short' && kinds[end] === 'prose' && isCutSentence(lines[k].text) && onlyChromeAfter(kinds, k)) end = k;
  return { start, end };
}

/**
 * A story with nothing that weighs as body: a single line of figures, or only short lines (a list of
 * names or events without figures): the longest run of lines that are not chrome or meta and hold 3
 * or more words, whose first line is its title.
 */
function listBody(lines: Line[], kinds: Kind[]): { start: number; end: number } {
  // A brief that is one line of figures under its title.
  const row = kinds.findIndex((k, j) => k === 'row' && /[A-Za-zÀ-ɏ]{3}/.test(lines[j].text)); // a label and figures, not "1 / 12"
  if (row >= 0) return { start: row, end: row };
  let bestFrom = -1;
  let bestLen = 0;
  for (let j = 0; j < lines.length; ) {
    if (kinds[j] !== 'short' || lines[j].words < 3) {
      j++;
      continue;
    }
    let k = j;
    while (k + 1 < lines.length && kinds[k + 1] === 'short' && lines[k + 1].words >= 3) k++;
    if (k - j + 1 > bestLen) {
      bestLen = k - j + 1;
      bestFrom = j;
    }
    j = k + 1;
  }
  // One line alone is a title or a stray label, not a story.
  if (bestLen < 3) return { start: lines.length, end: lines.length - 1 };
  return { start: bestFrom + 1, end: bestFrom + bestLen - 1 };
}

function onlyChromeAfter(kinds: Kind[], j: number): boolean {
  for (let k = j + 1; k < kinds.length; k++) if (kinds[k] === 'prose' || kinds[k] === 'short' || kinds[k] === 'row') return false;
  return true;
}

function hasMetaBeforeNextProse(lines: Line[], j: number, end: number): boolean {
  for (let k = j + 1; k <= end && k <= j + 4; k++) {
    const kind = lines[k].kind;
    if (kind === 'credit' || kind === 'date' || kind === 'byline') return true;
    if (kind === 'prose') return false;
  }
  return false;
}

function prevContent(kinds: Kind[], j: number): number {
  for (let k = j - 1; k >= 0; k--) if (kinds[k] !== 'chrome' && kinds[k] !== 'nav') return k;
  return -1;
}

function nextContent(kinds: Kind[], j: number): number {
  for (let k = j + 1; k < kinds.length; k++) if (kinds[k] !== 'chrome' && kinds[k] !== 'nav') return k;
  return -1;
}

// Prompts often name the site: "Stay up to date with notifications from The Independent".
function publisherFromPrompts(lines: string[]): string | null {
  for (const l of lines) {
    const m = /\b(?:notifications|newsletters?|updates|alerts)\s+from\s+((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})/.exec(l);
    if (m) return m[1];
  }
  return null;
}
