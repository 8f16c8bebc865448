import type { CleanedPage, Extraction, StoryRecord } from '../../lib/types';
import { buildRecord } from '../../lib/record/build-record';

export function cleanedPage(over: Partial<CleanedPage> = {}): CleanedPage {
  const paragraphs = over.paragraphs ?? [
    'Officials in Lisbon said on Tuesday that a ransomware attack had disrupted the port authority booking system.',
    'The agency said no cargo data was lost. Investigators are working with the national cyber centre.',
  ];
  return {
    headline: 'Port authority booking system hit by ransomware',
    byline: ['Ana Example'],
    publishedAt: '2024-03-05T10:00:00Z',
    publishedAtSource: 'meta',
    canonicalUrl: null,
    publisher: 'Example News',
    wire: 'Reuters',
    dateline: { place: 'LISBON', country: 'PT' },
    language: 'en',
    paragraphs,
    text: paragraphs.join('\n\n'),
    ...over,
  };
}

export function extraction(over: Partial<Extraction> = {}): Extraction {
  return {
    countries: [{ code: 'PT', name: 'Portugal', mentions: 1 }],
    agencies: [{ name: 'National Cyber Centre', mentions: 1, country: 'PT', kind: 'agency' }],
    organizations: [],
    actors: [],
    systems: [{ name: 'booking system', mentions: 1, kind: 'portal' }],
    incident: { isCyber: true, types: ['ransomware'], victims: ['PT'], attributedTo: [] },
    ...over,
  };
}

/** A valid record for store/API tests; ids derive from the URL like real ones. */
export function storyRecord(
  url: string,
  over: { cleaned?: Partial<CleanedPage>; extraction?: Partial<Extraction>; fetchedAt?: string; feedUrl?: string | null } = {},
): StoryRecord {
  return buildRecord({
    url,
    feedUrl: over.feedUrl ?? null,
    fetchedAt: over.fetchedAt ?? '2024-03-06T00:00:00Z',
    cleaned: cleanedPage(over.cleaned),
    extraction: extraction(over.extraction),
  });
}
