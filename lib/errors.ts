import type { FailureReason } from './types';

/**
 * Base of every error that ends a story or feed without a record. `reason` is
 * what the failure record stores, so each subclass names exactly one reason.
 */
export class WirewatchError extends Error {
  readonly reason: FailureReason;
  readonly status: number | null;

  constructor(reason: FailureReason, message: string, options?: { status?: number | null; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.reason = reason;
    this.status = options?.status ?? null;
  }
}

export function isWirewatchError(e: unknown): e is WirewatchError {
  return e instanceof WirewatchError;
}

/** Best short description of anything thrown, for logs and failure records. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

/**
 * Bad configuration: settings, environment variables, feeds files, manifests, the
 * fetch allow list. Not a story or feed failure, so it carries no FailureReason.
 */
export class ConfigurationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
  }
}

/** A client's request the API cannot use (bad query parameter, foreign cursor): answered with 400. */
export class BadRequestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
  }
}
