export {
  guardedFetch,
  guardedFetchStream,
  type FetchStream,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  type FetchResult,
  type GuardedFetchOptions,
  type ResolvedAddress,
} from './guarded-fetch';
export { parseAllowList, checkAddress, addressRange, isIpLiteral, isPublicAddress } from './address-guard';
export { decodeBody, decodeTextStream, sniffCharset, charsetFromContentType } from './charset';
export { RobotsChecker, ROBOTS_TTL_MS, type RobotsCheckerOptions } from './robots';
export { HostPacer, type HostPacerOptions } from './host-pacer';
export { DEFAULT_USER_AGENT, ROBOTS_USER_AGENT, WIREWATCH_VERSION } from './user-agent';
export {
  FetchError,
  BadUrlError,
  BlockedAddressError,
  FetchTimeoutError,
  TooLargeError,
  HttpStatusError,
  NetworkError,
  TooManyRedirectsError,
  NotHtmlError,
  RobotsDisallowedError,
  InvalidAllowListError,
} from './errors';
export { parseRetryAfter, retryDelay, withRetryAfter, RETRYABLE_STATUSES, type RetryPolicy, type RetryInfo } from './retry-after';
