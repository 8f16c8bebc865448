import type { CleanedPage, Extraction, StoryRecord } from '../types';
import { WirewatchError, describeError } from '../errors';
import { extract } from '../extract';
import { buildRecord, resolvePublishedAt } from './build-record';
import { validateRecord } from './validate';

/** Extraction threw something that is not one of ours: the story still ends in a failure record. */
export class ExtractionError extends WirewatchError {
  constructor(message: string, cause?: unknown) {
    super('extraction', message, { cause });
  }
}

export interface RecordFromPageInput {
  url: string;
  feedUrl: string | null;
  fetchedAt: string;
  cleaned: CleanedPage;
  feedTitle?: string | null;
  feedPublishedAt?: string | null;
  publisher?: string | null;
}

/**
 * cleaned page → extract → buildRecord → validateRecord. Shared by the CLI and the
 * pipeline so a story is processed the same way on a laptop and in Lambda.
 */
export async function recordFromPage(input: RecordFromPageInput): Promise<StoryRecord> {
  const { cleaned } = input;
  // Extraction resolves relative dates ("on Monday") against the same publishedAt the record will carry.
  const { publishedAt } = resolvePublishedAt(
    [
      { value: cleaned.publishedAt, source: cleaned.publishedAtSource },
      { value: input.feedPublishedAt, source: 'feed' },
    ],
    input.fetchedAt,
  );
  let extraction: Extraction;
  try {
    // awaited so a sync or async extract() both work
    extraction = await extract({ headline: cleaned.headline ?? input.feedTitle ?? null, text: cleaned.text, publishedAt, dateline: cleaned.dateline });
  } catch (e) {
    if (e instanceof WirewatchError) throw e;
    throw new ExtractionError(`extraction failed for ${input.url}: ${describeError(e)}`, e);
  }
  const record = buildRecord({ ...input, extraction });
  validateRecord(record);
  return record;
}
