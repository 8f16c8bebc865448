// Raw archive objects for the reprocess tests, written straight into the store the way
// processStory archives a fetched page. The stories are invented for these tests.
import type { Store } from '../../../lib/store';
import { rawKey } from '../../../lib/store';
import { storyId } from '../../../lib/url';

export interface ArchivedPage {
  url: string;
  fetchedAt: string;
  headline: string;
  paragraphs: string[];
}

export const ORIGIN = 'https://news.example.org';

export const PAGES: ArchivedPage[] = [
  {
    url: `${ORIGIN}/world/2024/04/02/tram-ticketing-ransomware.html`,
    fetchedAt: '2024-04-02T09:00:00.000Z',
    headline: 'Ransomware halts tram ticket machines in Dutch city',
    paragraphs: [
      'UTRECHT, Netherlands (AP) — A ransomware attack shut down the ticket machines of the tram network in Utrecht on Monday, the transport operator said.',
      'Passengers were allowed to ride for free while technicians restored the payment servers. The Dutch National Cyber Security Centre said it was assisting the company.',
      'The operator said it had not paid a ransom and that no passenger data appeared to have been taken.',
    ],
  },
  {
    url: `${ORIGIN}/world/2024/04/03/parliament-email-phishing.html`,
    fetchedAt: '2024-04-03T10:30:00.000Z',
    headline: 'Phishing campaign targets staff of Latvian parliament',
    paragraphs: [
      'RIGA, Latvia (AP) — Staff of the Latvian parliament received hundreds of fake login emails last week in a phishing campaign that officials blamed on a state-backed group.',
      'The parliament’s security office said two accounts were briefly compromised and have since been locked. CERT.LV is investigating the messages.',
    ],
  },
  {
    url: `${ORIGIN}/business/2024/04/04/bakery-chain-expands.html`,
    fetchedAt: '2024-04-04T12:00:00.000Z',
    headline: 'Bakery chain opens forty new shops',
    paragraphs: [
      'LYON, France (AP) — A French bakery chain said on Thursday it would open forty new shops across the country this year and hire six hundred people.',
      'The company said demand for its sourdough bread had doubled since it began delivering to supermarkets in the region.',
    ],
  },
];

/** A page the cleaner cannot make a story of: navigation only, no article text. */
export const EMPTY_PAGE = { url: `${ORIGIN}/world/2024/04/05/gallery.html`, fetchedAt: '2024-04-05T08:00:00.000Z' };

export function pageHtml(p: ArchivedPage): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${p.headline} | Example News</title>
<link rel="canonical" href="${p.url}">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="${p.fetchedAt}">
</head><body><header><nav><a href="/">Home</a> <a href="/world/">World</a></nav></header>
<main><article><h1>${p.headline}</h1><p class="byline">By Test Reporter</p>
${p.paragraphs.map((x) => `<p>${x}</p>`).join('\n')}
</article></main><footer><p>© Example News</p></footer></body></html>`;
}

const EMPTY_HTML = '<!doctype html><html><head><title>Gallery</title></head><body><nav><a href="/">Home</a></nav><img src="a.jpg"></body></html>';

export const idOf = (url: string) => storyId(url);
export const rawKeyOf = (p: { url: string; fetchedAt: string }) => rawKey(idOf(p.url), p.fetchedAt);

/** Archives the pages (and the empty page) as processStory would. */
export async function archive(store: Store, pages: ArchivedPage[] = PAGES, withEmpty = true): Promise<void> {
  const headers = { 'content-type': 'text/html; charset=utf-8' };
  for (const p of pages) await store.putRaw({ id: idOf(p.url), url: p.url, fetchedAt: p.fetchedAt, status: 200, body: Buffer.from(pageHtml(p)), headers });
  if (withEmpty) await store.putRaw({ id: idOf(EMPTY_PAGE.url), url: EMPTY_PAGE.url, fetchedAt: EMPTY_PAGE.fetchedAt, status: 200, body: Buffer.from(EMPTY_HTML), headers });
}
