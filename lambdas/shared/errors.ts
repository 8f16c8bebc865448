import { WirewatchError } from '../../lib/errors';

/** A queue message body that is not a StoryMessage: poison, never retried into success. */
export class BadMessageError extends WirewatchError {
  constructor(message: string) {
    super('bad-url', `bad story message: ${message}`);
  }
}

/** The function's environment is missing something the stack always sets. */
export class HandlerConfigError extends WirewatchError {
  constructor(message: string) {
    super('store', message);
  }
}

/** SQS refused some story messages even after retries. */
export class QueueSendError extends WirewatchError {
  readonly failed: number;
  constructor(failed: number, detail: string) {
    super('store', `queue refused ${failed} story message(s): ${detail}`);
    this.failed = failed;
  }
}
