import type { CleanedPage, PublishedAtSource } from '../types';
import { hasPublisherVoice, isChromeLine, promptShare } from './boilerplate';
import { parseByline } from './byline';
import { parseDateline } from './dateline';
import { parseVisibleDate, visibleDateParts } from './dates';
import { collapse } from './dom';
import { guessLanguage } from './language';
import { choosePublishedAt, isSignoff, resolveCredit } from './resolve';
import { wireFromCreditLine } from './wire';

// Page text copied from a browser: one paragraph or chrome line per line. The layout is always
// [chrome] headline [standfirst] [credit/date/byline lines] [prompts] body [sign-off, prompts, related].
//
// Standfirst decision: a summary paragraph that sits between the headline and the credit/date lines is
// the publisher's teaser, not story text (wire bodies restate it in their first paragraph), so it is
// left out of `paragraphs`. A first paragraph with no credit/date line after it is body.

type Kind = 'chrome' | 'prompt' | 'credit' | 'date' | 'byline' | 'nav' | 'prose' | 'short';

interface Line {
  text: string;
  kind: Kind;
  words: number;
}

const SEGMENT_SPLIT = /\s{2,}|\s+[|·•]\s+|\s+\|\s*|\s*\|\s+/;

function isNavLine(s: string): boolean {
  const segs = s.split(SEGMENT_SPLIT).map((x) => x.trim()).filter(Boolean);
  if (segs.length < 3) return false;
  return segs.every((x) => x.split(/\s+/).length <= 4 && !/[.!?]$/.test(x));
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function classify(text: string): Kind {
  const words = wordCount(text);
  if (/^by\s+/i.test(text) && words <= 12 && !/[.!?]$/.test(text)) return 'byline';
  if (words <= 14 && wireFromCreditLine(text) && !parseDateline(text)) return 'credit';
  if (text.length <= 90 && parseVisibleDate(text) && (words <= 10 || /^(?:published|updated|posted)\b/i.test(text))) return 'date';
  if (isChromeLine(text)) return 'chrome';
  if (promptShare(text) >= 0.5) return 'prompt';
  if (isNavLine(text)) return 'nav';
  if (isSignoff(text)) return 'chrome';
  if ((words >= 8 && (/[.!?…"”’)]$/.test(text) || words >= 20)) || (words >= 3 && /^[\p{Lu}“"‘'(\d]/u.test(text) && /[.!?…"”’]$/.test(text))) return 'prose';
  return 'short';
}

function isHeadlineLike(l: Line): boolean {
  return (l.kind === 'short' || l.kind === 'prose') && l.words >= 4 && l.words <= 30 && l.text.length <= 250 &&
    !/^\[/.test(l.text) && !/\s[·|•]\s/.test(l.text);
}

/** Story text and metadata of a page copied as plain text. */
export function cleanTextPage(raw: string, opts: { fetchedAt?: string | null } = {}): CleanedPage {
  const lines: Line[] = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    // Classify on the raw line: runs of spaces between menu items are a nav signal that collapsing loses.
    .map((rawLine) => ({ text: collapse(rawLine), kind: classify(rawLine), words: wordCount(rawLine) }));

  // Headline: the first line that reads like one.
  let h = lines.findIndex(isHeadlineLike);
  if (h < 0) h = -1;
  const headline = h >= 0 ? lines[h].text : null;

  // Body start: a dateline paragraph if there is one near the top; else the first prose paragraph
  // after the credit/date/byline lines (anything prose before those lines is the standfirst).
  let start = -1;
  let proseSeen = 0;
  for (let j = h + 1; j < lines.length && proseSeen < 8; j++) {
    if (lines[j].kind !== 'prose') continue;
    proseSeen++;
    if (parseDateline(lines[j].text)) {
      start = j;
      break;
    }
  }
  if (start < 0) {
    for (let j = h + 1; j < lines.length; j++) {
      const k = lines[j].kind;
      if (k !== 'prose') continue;
      if (hasMetaBeforeNextProse(lines, j)) continue; // standfirst
      start = j;
      break;
    }
  }
  if (start < 0) start = h + 1;

  // Prompt boxes: prose in the publisher's own voice next to a prompt is part of the box.
  const kinds = lines.map((l) => l.kind);
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

  // Body end: the last prose paragraph; what follows is sign-offs, prompts and related lists.
  let end = lines.length - 1;
  while (end >= start && kinds[end] !== 'prose') end--;

  const paragraphs: string[] = [];
  for (let j = start; j <= end; j++) {
    const k = kinds[j];
    if (k === 'prose' || (k === 'short' && !/^\[.*\]$/.test(lines[j].text))) paragraphs.push(lines[j].text);
  }

  const header = lines.slice(0, Math.max(start, 0));
  const tail = lines.slice(end + 1);
  const creditLines = [...header, ...tail].filter((l) => l.kind === 'credit' || l.kind === 'byline' || l.kind === 'chrome' || l.kind === 'date').map((l) => l.text);
  const credit = resolveCredit(paragraphs, creditLines, []);

  // Dates: a date line in the header, then a date inside the dateline ("LONDON, June 16 (Reuters)").
  const candidates: Array<{ value: string | null; day?: string | null; source: PublishedAtSource }> = [];
  for (const l of header) {
    if (l.kind === 'prose' || l.kind === 'prompt') continue;
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

function hasMetaBeforeNextProse(lines: Line[], j: number): boolean {
  for (let k = j + 1; k < lines.length && k <= j + 4; k++) {
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
