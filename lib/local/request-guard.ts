// Refuses request targets that try to leave a directory or smuggle odd ids, before the URL
// parser gets to normalize them away: `new URL()` resolves "/a/%2e%2e/b" to "/b", so a check
// after parsing would never see the traversal. Used by lib/local/http-server.ts for every
// request (API and static files); the browse API may call checkRequestTarget itself too.
import { isStoryId } from '../store/keys';

export const MAX_TARGET_LENGTH = 2048;
export const MAX_SEGMENT_LENGTH = 256;

/** Why the raw request target (path and query as sent) is refused, or null when it is fine. */
export function checkRequestTarget(target: string): string | null {
  if (target.length > MAX_TARGET_LENGTH) return `request target longer than ${MAX_TARGET_LENGTH} characters`;
  const path = target.split(/[?#]/, 1)[0];
  if (!path.startsWith('/')) return 'request target must be an absolute path';
  const segments = path.split('/').slice(1);
  for (const raw of segments) {
    if (raw.length > MAX_SEGMENT_LENGTH) return `path segment longer than ${MAX_SEGMENT_LENGTH} characters`;
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return 'path is not valid percent-encoding';
    }
    if (seg === '.' || seg === '..') return 'path must not contain . or .. segments';
    if (/[\\/\\\\\u0000-\u001f\u007f]/.test(seg)) return 'path segment contains a slash, backslash or control character';
    // Encoded twice ("%252e%252e"): a second decoding anywhere downstream would make a traversal.
    if (/%(?:2e|2f|5c|00)/i.test(seg)) return 'path is percent-encoded twice';
  }
  // /api/records/{id}: a story id is 16 lower-case hex digits, nothing else.
  if (segments[0] === 'api' && segments[1] === 'records' && segments.length > 2) {
    const id = decodeURIComponent(segments[2]);
    if (segments.length > 3 || !isStoryId(id)) return 'not a story id (16 lower-case hex digits)';
  }
  return null;
}
