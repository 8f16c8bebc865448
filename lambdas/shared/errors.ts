import { ConfigurationError, WirewatchError } from '../../lib/errors';
import type { StoryMessage } from '../../lib/pipeline/types';

/** A queue message body that is not a StoryMessage: poison, never retried into success. */
export class BadMessageError extends WirewatchError {
  constructor(message: string) {
    super('bad-url', `bad story message: ${message}`);
  }
}

/** The function's environment is missing something the stack always sets. */
export class HandlerConfigError extends ConfigurationError {
  constructor(message: string) {
    super(message);
  }
}

/** SQS refused some story messages even after retries (or could not be reached). */
export class QueueSendError extends WirewatchError {
  readonly failed: number;
  /** The messages that did not reach the queue, so the caller can leave them unseen. */
  readonly unsent: StoryMessage[];
  constructor(unsent: StoryMessage[], detail: string, cause?: unknown) {
    super('store', `queue refused ${unsent.length} story message(s): ${detail}`, { cause });
    this.failed = unsent.length;
    this.unsent = unsent;
  }
}
