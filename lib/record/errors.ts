import { WirewatchError } from '../errors';

/** A record that does not match schema/story-record.schema.json; the message lists every violation. */
export class InvalidRecordError extends WirewatchError {
  readonly errors: string[];
  constructor(errors: string[]) {
    super('invalid-record', `story record does not match the schema: ${errors.join('; ')}`);
    this.errors = errors;
  }
}

/** The page or text gave nothing to build a record from (no body text). */
export class EmptyStoryError extends WirewatchError {
  constructor(message: string) {
    super('extraction', message);
  }
}
