import { WirewatchError } from '../errors';
import type { CleanedPage } from '../types';
import { cleanHtmlPage } from './html-page';
import { cleanTextPage } from './text-page';

export { parseDateline, countryForPlace } from './dateline';
export { parseByline } from './byline';
export { wireFromCreditLine, wireFromName } from './wire';
export { parseVisibleDate, normalizeMachineDate, dateFromUrl } from './dates';
export { describeMissingStory } from './text-page';

/** The input cannot be cleaned at all (not text, or binary bytes). */
export class CleanInputError extends WirewatchError {
  constructor(message: string) {
    super('extraction', message);
  }
}

function checkInput(input: unknown, what: string): asserts input is string {
  if (typeof input !== 'string') throw new CleanInputError(`${what} must be a string, got ${input === null ? 'null' : typeof input}`);
  // NUL bytes in the first kilobytes mean a binary file (image, PDF, gzip) was passed as text.
  const head = input.slice(0, 4096);
  if (head.includes('\u0000')) throw new CleanInputError(`${what} looks binary (NUL bytes); expected decoded text`);
}

/** Article text and metadata of an HTML page. */
export function cleanHtml(html: string, opts: { url?: string | null; fetchedAt?: string | null } = {}): CleanedPage {
  checkInput(html, 'html');
  const page = cleanHtmlPage(html, opts);
  if (!page.language) page.language = null;
  return page;
}

/** Story text and metadata of page text copied from a browser (.txt stories). */
export function cleanText(text: string, opts: { fetchedAt?: string | null } = {}): CleanedPage {
  checkInput(text, 'text');
  return cleanTextPage(text, opts);
}
