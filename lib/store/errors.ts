import { BadRequestError, WirewatchError, describeError } from '../errors';

/** S3 failed (unreachable, denied, throttled...). Not a story-level problem: the queue should retry. */
export class StoreError extends WirewatchError {
  readonly operation: string;
  readonly key: string | null;
  constructor(operation: string, key: string | null, cause: unknown) {
    super('store', `store ${operation}${key ? ` ${key}` : ''} failed: ${describeError(cause)}`, {
      cause,
      status: httpStatusOf(cause),
    });
    this.operation = operation;
    this.key = key;
  }
}

/** A cursor the store did not issue (or one from another listing). */
export class BadCursorError extends BadRequestError {
  constructor(message = 'cursor is not valid') {
    super(message);
  }
}

export function httpStatusOf(e: unknown): number | null {
  const meta = (e as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata;
  return typeof meta?.httpStatusCode === 'number' ? meta.httpStatusCode : null;
}

export function isNotFound(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name;
  return name === 'NoSuchKey' || name === 'NotFound' || httpStatusOf(e) === 404;
}

/** S3 answers 412 to IfNoneMatch:'*' when the object exists (409 while a competing write is in flight). */
export function isAlreadyExists(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name;
  const status = httpStatusOf(e);
  return name === 'PreconditionFailed' || name === 'ConditionalRequestConflict' || status === 412 || status === 409;
}

/** 501 NotImplemented: the server does not support a feature (e.g. conditional PutObject). */
export function isNotImplemented(e: unknown): boolean {
  return (e as { name?: string } | null)?.name === 'NotImplemented' || httpStatusOf(e) === 501;
}
