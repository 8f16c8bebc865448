import { decodeHTML } from 'entities';
import { parseDateline } from './dateline';
import { OPEN_END } from './text-shape';

// Plain text → blocks (one paragraph, table row or page line each).
//
// Browser copies put one paragraph per line. Older wire copy (1990s Reuters, mail and Usenet
// archives) is hard-wrapped at a fixed width, with paragraphs marked by indentation or blank lines,
// and carries tables whose columns are aligned with runs of spaces. Wrapped lines are joined back
// into paragraphs; table rows stay one block each.

export interface TextBlock {
  /** The block's text, spaces collapsed. */
  text: string;
  /** The line as written (runs of spaces kept): menu rows and table columns are told apart by them. */
  raw: string;
  /** A row of a table with aligned columns (or a one-line figures row of a results story). */
  row: boolean;
}

// Control characters other than tab and newlines (the 1990s Reuters archive ends every story with \x03).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ENTITY = /&(?:[a-z][a-z0-9]{1,7}|#\d{1,6}|#x[0-9a-f]{1,6});/i;
const SPACE_RUN = /[\s\u00a0\u200b\u2009\u202f]+/g;
// Two or more spaces, or a tab, between two cells.
const COLUMN_GAP = /\S(?: {2,}|\t+)\S/;
const NUMBER_TOKEN = /^[-+(]?[$£€¥]?\d[\d,.:/%]*[)%]?$|^[-+]?\d+(?:[.,]\d+)?(?:pct|mln|bln|cts|dlrs|pts|stg|pc|k|m|bn|%)$/i;

const CLAUSE_WORD = /\b(?:the|was|were|had|has|have|is|are|said|says|which|who|that|would|could|will)\b/i;

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

function collapse(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim();
}

/** Share of a line's tokens that are figures ("1,234", "12.5", "19 cts" counts one). */
export function numberShare(text: string): number {
  const toks = text.split(' ').filter(Boolean);
  if (!toks.length) return 0;
  let n = 0;
  for (const t of toks) if (NUMBER_TOKEN.test(t.replace(/[;,]$/, ''))) n++;
  return n / toks.length;
}

/**
 * A table row: cells separated by runs of spaces with at least one figure among them, or a short
 * line of figures without sentence punctuation ("Net loss 166,000 vs profit 580,000").
 */
export function isTableRow(raw: string, collapsed?: string): boolean {
  const t = raw.trim();
  if (!t || t.length > 200 || !/\d/.test(t)) return false;
  if (hasColumns(t)) return true;
  const text = collapsed ?? collapse(t);
  // Running text has clause words; a row of figures does not ("Net loss 166,000 vs profit 580,000").
  if (CLAUSE_WORD.test(text)) return false;
  return text.split(' ').length <= 16 && !/[.!?"”]$/.test(text) && !/[|·•]/.test(text) && /\d/.test(text) && numberShare(text) >= 0.1 && /^[\p{L}\d(]/u.test(text);
}

/** Cells separated by runs of spaces or tabs, at least one of them a figure. */
function hasColumns(t: string): boolean {
  if (!COLUMN_GAP.test(t)) return false;
  const cells = t.trim().split(/ {2,}|\t+/).filter(Boolean);
  return cells.length >= 2 && cells.some((c) => /\d/.test(c) && numberShare(c) >= 0.5);
}

// Hard-wrapped text: most long lines end near one width, and no line is much longer.
function wrapWidth(lines: string[]): number | null {
  let max = 0;
  let content = 0;
  for (const l of lines) {
    if (!l.trim() || hasColumns(l)) continue;
    content++;
    if (l.length > max) max = l.length;
  }
  if (max < 40 || max > 110 || content < 3) return null;
  // Wrapped prose: a line that reaches the width carries on, mostly in lowercase, on the next line;
  // a list of one-line items of similar length starts each item with a capital.
  let near = 0;
  let follow = 0;
  let lower = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.trim() || hasColumns(l) || l.length < max - 15) continue;
    near++;
    const next = lines[i + 1]?.trim();
    if (!next || hasColumns(lines[i + 1])) continue;
    follow++;
    if (/^[a-z]/.test(next)) lower++;
  }
  return near >= 1 && lower >= 1 && lower >= follow * 0.4 ? max : null;
}

const LIST_ITEM = /^(?:[•▪●◦*–-]|\d{1,2}[.)])\s/;
const ALL_CAPS = /^[^a-z]*[A-Z][^a-z]*$/;

/** Whether the next line of wrapped text carries on the paragraph of this one. */
function continues(line: string, next: string, width: number, nextIndented: boolean, indentMarked: boolean): boolean {
  const n = next.trim();
  if (nextIndented || LIST_ITEM.test(n)) return false;
  if (ALL_CAPS.test(line) && !ALL_CAPS.test(n)) return false; // a headline above the text
  if (/^[A-Z]/.test(n) && parseDateline(n)) return false; // "LONDON, March 3 - …" opens a paragraph
  // Greedy wrapping breaks a line where the next word would not fit.
  const room = width - (line.length + 1 + n.split(/\s/)[0].length);
  if (indentMarked) return room < width * 0.25; // paragraphs start indented: only a clearly short line ends one
  return room < 6 && !(/[.!?:;"”]$/.test(line) && !/^[a-z]/.test(n));
}

/** Splits copied page text into blocks, joining hard-wrapped lines into their paragraphs. */
export function splitTextBlocks(input: string): TextBlock[] {
  let s = input.replace(/\r\n?/g, '\n');
  if (ENTITY.test(s)) s = decodeHTML(s); // archived wire copy keeps its markup's entities ("&lt;", "&#3;")
  s = s.replace(CONTROL, '');
  const lines = s.split('\n').map((l) => l.trimEnd());
  const width = wrapWidth(lines);
  const blocks: TextBlock[] = [];
  if (width === null) {
    for (const l of lines) {
      const text = collapse(l);
      if (text) blocks.push({ text, raw: l.trim(), row: isTableRow(l, text) });
    }
    return blocks;
  }

  // Paragraphs are marked by indentation when some lines sit deeper than the shallowest.
  let base = Infinity;
  for (const l of lines) if (l.trim()) base = Math.min(base, indentOf(l));
  const indentMarked = lines.some((l) => l.trim() && indentOf(l) > base);
  let cur: string[] = [];
  let curRaw = '';
  const flush = (): void => {
    // A line left alone may still be a one-line figures row; a joined paragraph is prose.
    if (cur.length) blocks.push({ text: collapse(cur.join(' ')), raw: curRaw, row: cur.length === 1 && isTableRow(curRaw) });
    cur = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.trim()) {
      flush();
      continue;
    }
    if (hasColumns(l)) {
      flush();
      blocks.push({ text: collapse(l), raw: l.trim(), row: true });
      continue;
    }
    if (cur.length && indentMarked && indentOf(l) > base) flush();
    if (!cur.length) curRaw = l.trim();
    cur.push(l.trim());
    const next = lines[i + 1];
    if (next === undefined || !next.trim() || hasColumns(next)) continue;
    // The first line of the text is its title when the next line starts afresh with a capital.
    const title = blocks.length === 0 && cur.length === 1 && /^[A-Z“"]/.test(next.trim()) && !OPEN_END.test(l) && l.length < width - 10;
    if (title || !continues(l, next, width, indentMarked && indentOf(next) > base, indentMarked)) flush();
  }
  flush();
  return blocks;
}
