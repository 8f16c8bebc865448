import { WirewatchError } from '../errors';
import type { NoStory, NoStoryKind } from '../types';

/** A record that does not match schema/story-record.schema.json; the message lists every violation. */
export class InvalidRecordError extends WirewatchError {
  readonly errors: string[];
  constructor(errors: string[]) {
    super('invalid-record', `story record does not match the schema: ${errors.join('; ')}`);
    this.errors = errors;
  }
}

/**
 * The page or text gave nothing to build a record from (no body text). The failure reason stays
 * `extraction`; `kind` and the message say why, and each kind has its own class below.
 */
export class EmptyStoryError extends WirewatchError {
  readonly kind: NoStoryKind;
  constructor(message: string, kind: NoStoryKind = 'no-prose') {
    super('extraction', message);
    this.kind = kind;
  }
}

/** The page is a client-side app shell: its text is rendered by scripts we do not run. */
export class JavaScriptShellError extends EmptyStoryError {
  constructor(message: string) {
    super(message, 'javascript-shell');
  }
}

/** A cookie or consent wall is all the page shows. */
export class ConsentWallError extends EmptyStoryError {
  constructor(message: string) {
    super(message, 'consent-wall');
  }
}

/** A log-in, registration or subscription wall is all the page shows. */
export class LoginWallError extends EmptyStoryError {
  constructor(message: string) {
    super(message, 'login-wall');
  }
}

/** The page has no visible text at all. */
export class EmptyPageError extends EmptyStoryError {
  constructor(message: string) {
    super(message, 'empty-page');
  }
}

const BY_KIND: Record<NoStoryKind, new (message: string) => EmptyStoryError> = {
  'javascript-shell': JavaScriptShellError,
  'consent-wall': ConsentWallError,
  'login-wall': LoginWallError,
  'empty-page': EmptyPageError,
  'no-prose': EmptyStoryError,
};

/** The error for a story with no text (at `where`, a URL), of the class that says why. */
export function emptyStoryError(noStory: NoStory | undefined, where?: string): EmptyStoryError {
  const kind = noStory?.kind ?? 'no-prose';
  return new BY_KIND[kind](`no story text found${where ? ` at ${where}` : ''}${noStory ? `: ${noStory.detail}` : ''}`);
}
