import { canonicalizeUrl, storyId } from '../url';

/** The id a message's story gets before its page is seen (feed URL, canonicalized). */
export function messageId(url: string): string {
  return storyId(canonicalizeUrl(url) ?? url.trim());
}
