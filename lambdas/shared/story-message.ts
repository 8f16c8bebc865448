import type { StoryMessage } from '../../lib/pipeline/types';
import { BadMessageError } from './errors';

function optString(o: Record<string, unknown>, key: string): string | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new BadMessageError(`${key} must be a string or null`);
  return v;
}

/** Parses and checks one SQS body; throws BadMessageError for anything else. */
export function parseStoryMessage(body: string): StoryMessage {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new BadMessageError(`not JSON: ${body.slice(0, 80)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadMessageError('not a JSON object');
  const o = value as Record<string, unknown>;
  if (typeof o.url !== 'string' || o.url.trim() === '') throw new BadMessageError('url is missing');
  const msg: StoryMessage = {
    url: o.url,
    feedUrl: optString(o, 'feedUrl'),
    feedId: optString(o, 'feedId'),
    title: optString(o, 'title'),
    publishedAt: optString(o, 'publishedAt'),
  };
  const publisher = optString(o, 'publisher');
  if (publisher !== null) msg.publisher = publisher;
  return msg;
}

/** SQS FIFO group of a story: its host, so one publisher gets one story at a time. */
export function messageGroupOf(url: string): string {
  return new URL(url).hostname.toLowerCase().slice(0, 128) || 'unknown-host';
}
