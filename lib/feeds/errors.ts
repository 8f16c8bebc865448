import { WirewatchError } from '../errors';

export type FeedParseErrorKind = 'empty' | 'html' | 'truncated' | 'invalid-json' | 'unknown-format' | 'dtd-entities';

const WHAT: Record<FeedParseErrorKind, string> = {
  empty: 'an empty body',
  html: 'an HTML page',
  truncated: 'truncated or malformed XML',
  'invalid-json': 'invalid JSON',
  'unknown-format': 'a document in no feed format',
  // Entity declarations are how XXE and entity bombs arrive; no real feed needs them.
  'dtd-entities': 'XML whose DOCTYPE declares entities (refused: entities are never expanded)',
};

/** A feed URL answered with something that is not a feed (or not a whole one). */
export class FeedParseError extends WirewatchError {
  readonly kind: FeedParseErrorKind;
  readonly feedUrl: string;

  constructor(kind: FeedParseErrorKind, feedUrl: string, detail?: string) {
    super('not-a-feed', `${feedUrl}: expected a feed but got ${WHAT[kind]}${detail ? ` (${detail})` : ''}`);
    this.kind = kind;
    this.feedUrl = feedUrl;
  }
}
