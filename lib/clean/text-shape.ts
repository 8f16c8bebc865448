import { isChromeLine, isShareBar, promptShare } from './boilerplate';
import { parseDateline } from './dateline';
import { parseVisibleDate } from './dates';
import { isSignoff } from './resolve';
import type { TextBlock } from './text-blocks';
import { wireFromCreditLine } from './wire';

// What one block of copied page text is, judged by its shape: length, sentence punctuation, share
// of lowercase words, figures, and how much it looks like a link row, a menu or a prompt.

export type Kind = 'chrome' | 'prompt' | 'credit' | 'date' | 'byline' | 'nav' | 'prose' | 'row' | 'short';

export interface Line {
  text: string;
  kind: Kind;
  words: number;
}

const SEGMENT_SPLIT = /\s{2,}|\s+[|·•]\s+|\s+\|\s*|\s*\|\s+/;
const SENTENCE_END = /[.!?…"”’)]$/;
// Words left on a date line once the date is read: labels, separators, reading times.
const DATE_WORDS = new Set([
  'published', 'updated', 'posted', 'last', 'first', 'modified', 'on', 'at', 'am', 'pm', 'a.m.', 'p.m.', 'min', 'mins', 'minute',
  'minutes', 'read', 'ago', 'hours', 'hour', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'cst', 'cdt', 'et', 'pt',
]);
const MONTH_OR_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;
// Words that end a clause fragment: a line stopping on one was cut mid-sentence, not a headline.
export const OPEN_END = /(?:^|\s)(?:the|a|an|of|to|in|on|at|for|with|by|from|and|or|but|that|which|who|as|its|their|his|her|was|were|is|are|had|has|have|be|been|said|says|into|than|after|before|about|over|under)$|[,;:—–-]$/i;
const CALL_TO_ACTION = /^(?:download|get|sign|subscribe|follow|click|tap|read|watch|listen|join|share|see|visit|try|install|register|log)\b/i;
const FUNCTION_WORD = /^(?:the|a|an|was|were|had|has|have|is|are|been|be|said|which|who|that|would|could|it|they|he|she|we|of)$/i;

function isNavLine(s: string): boolean {
  const segs = s.split(SEGMENT_SPLIT).map((x) => x.trim()).filter(Boolean);
  if (segs.length < 3) return false;
  return segs.every((x) => x.split(/\s+/).length <= 4 && !/[.!?]$/.test(x));
}

export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Share of the words after the first that start with a lowercase letter: running text is mostly lowercase. */
export function lowercaseRatio(text: string): number {
  const toks = text.split(' ');
  let words = 0;
  let lower = 0;
  for (let i = 1; i < toks.length; i++) {
    const c = toks[i].replace(/^[“"‘'(\[]+/, '').charAt(0);
    if (!c || !/[\p{L}]/u.test(c)) continue;
    words++;
    if (c !== c.toUpperCase()) lower++;
  }
  return words ? lower / words : 0;
}

// A bare time stamp of an archive or a wire system (" 3-MAR-1987 09:18:21.26", "1999-03-29 14:05").
const STAMP = /^\d{1,4}[-/.](?:\d{1,2}|[a-z]{3,9})[-/.]\d{2,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:\s*[a-z]{1,5})?$/i;

/** A line that is a date and nothing much else ("Saturday 10 September 2022 09:33 EDT", "June 2, 2021 · 3 min read"). */
function isDateLine(text: string, words: number): boolean {
  if (STAMP.test(text)) return true;
  if (text.length > 90 || !parseVisibleDate(text)) return false;
  if (/^(?:published|updated|posted|last updated|first published)\b/i.test(text)) return true;
  if (words > 10) return false;
  // A date-led item of a list ("Dec. 13, 2020 - FireEye discloses the breach") is story text.
  let other = 0;
  for (const t of text.split(' ')) {
    const w = t.replace(/^[^\p{L}\d]+|[^\p{L}\d.]+$/gu, '');
    if (!w || /\d/.test(w) || MONTH_OR_DAY.test(w) || DATE_WORDS.has(w.toLowerCase())) continue;
    other++;
  }
  return other <= (/[·|•]/.test(text) ? 3 : 1);
}

// Long running text keeps its place as prose even when a chrome pattern matches inside it ("accessed
// the systems without permission"), unless it carries a copyright or photo credit or opens with a label.
const HARD_CHROME = /©|\bcopyright\b|\ball rights reserved\b|\((?:AP|AFP|Reuters|EPA|Getty|PA|Bloomberg)[^)]*photo|^\W*(?:read|see|watch|listen|more|related|also|sign|subscribe|follow|topics?|tags?|source|photo|image|video|this (?:story|article))\b/i;

function isRunningText(text: string, words: number): boolean {
  return (words >= 30 || (words >= 20 && SENTENCE_END.test(text))) && lowercaseRatio(text) >= 0.5;
}

// A prompt speaks to the reader or for the publisher; a long story paragraph that reports on sign-ups
// or subscriptions ("the phishing emails asked staff to register for a free account") does neither.
function addressesReader(text: string): boolean {
  return /\b(?:we|our|us|you|your)\b/i.test(text.replace(/[“"][^”"]*[”"]/g, ' '));
}

/** The kind of one block; `raw` keeps the runs of spaces a menu row or a table is recognised by. */
export function classify(block: TextBlock): Kind {
  const text = block.text;
  const words = wordCount(text);
  if (isShareBar(text)) return 'chrome';
  // "By Jane Doe", "By The Associated Press"; not "By the time the attack was found, …".
  const byClause = /^by\s/i.test(text) && /^[\p{Ll}]/u.test(text.replace(/^by\s+(?:the\s+)?/i, ''));
  if (/^by\s+/i.test(text) && !byClause && words <= 12 && !/[.!?]$/.test(text)) return 'byline';
  if (words <= 14 && wireFromCreditLine(text) && !parseDateline(text)) return 'credit';
  if (/^reuters?$/i.test(text)) return 'credit'; // the 1990s sign-off
  if (isDateLine(text, words)) return 'date';
  if (!byClause && isChromeLine(text) && (!isRunningText(text, words) || HARD_CHROME.test(text))) return 'chrome';
  if (promptShare(text) >= 0.5 && (words < 30 || addressesReader(text))) return 'prompt';
  if (block.row) return 'row';
  if (isNavLine(block.raw)) return 'nav';
  if (isSignoff(text)) return 'chrome';
  if (words >= 5 && parseDateline(text)) return 'prose';
  // A title that ends on a quotation ("… in “large scale cyberattack”") is not a sentence.
  if (words < 20 && /[^.!?…,]["”’)]$/.test(text)) return 'short';
  if (words >= 8 && (SENTENCE_END.test(text) || words >= 20)) return 'prose';
  if (words >= 3 && /^[\p{Lu}“"‘'(\d]/u.test(text) && SENTENCE_END.test(text)) return 'prose';
  // A lead-in to a list or table ("Results of Saturday's matches:").
  if (words >= 5 && /:$/.test(text) && lowercaseRatio(text) >= 0.5) return 'prose';
  return 'short';
}

/**
 * A line that stops mid-sentence: mostly lowercase running text that ends on an open word or a comma,
 * or reads like a clause (articles, verbs of saying). Related-story headlines drop such words.
 */
export function isCutSentence(text: string): boolean {
  const words = wordCount(text);
  if (words < 3 || SENTENCE_END.test(text) || CALL_TO_ACTION.test(text)) return false;
  if (OPEN_END.test(text)) return true;
  if (words < 4 || lowercaseRatio(text) < 0.5) return false;
  if (words >= 6) return true; // mostly lowercase running words: the start of a sentence the copy lost the end of
  let fn = 0;
  for (const t of text.split(' ')) if (FUNCTION_WORD.test(t)) fn++;
  return fn >= 2 || (words >= 12 && fn >= 1);
}

// Headings that open what follows an article: related lists, most-read boxes, comments.
const END_HEADING = /^(?:related(?: (?:stories|articles|coverage|content|topics|news|posts|links|reading))?|more (?:stories|news|headlines|from [\w\s.'’&-]{2,40}|on this (?:story|topic)|in [\w\s]{2,30})|most (?:read|popular|viewed|shared)(?: (?:stories|articles|news))?|recommended(?: for you| stories| articles| reading)?|you (?:may|might) also like|(?:top|latest|trending|popular) (?:stories|news|articles|headlines)|what to read next|read next|(?:no |\d+ )?comments?(?: \(\d+\))?|join the (?:conversation|discussion)|leave a (?:comment|reply)|(?:post|add) a comment|share your thoughts)\s*:?$/i;

/** A heading that opens the related links, reading lists or comments after a story. */
export function isEndHeading(text: string): boolean {
  return text.length <= 60 && END_HEADING.test(text);
}

export function isHeadlineShaped(l: Line): boolean {
  return (l.kind === 'short' || l.kind === 'prose' || l.kind === 'row') && l.words >= 2 && l.words <= 30 && l.text.length <= 250 &&
    !/^\[/.test(l.text) && !/\s[·|•]\s/.test(l.text) && !/https?:\/\/|www\./i.test(l.text);
}
