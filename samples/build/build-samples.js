#!/usr/bin/env node
'use strict';
// Regenerates samples/site/** and samples/site.json from the story data and
// layouts in this folder: `node samples/build/build-samples.js`. The output is
// committed, so the demo and tests never run this.
const fs = require('node:fs');
const path = require('node:path');
const layouts = require('./layouts');
const { esc } = layouts;

const ROOT = path.resolve(__dirname, '..');
const SITE = path.join(ROOT, 'site');
const O = '{{ORIGIN}}';

const stories = [
  ...require('./stories-standalone').stories,
  ...require('./stories-ledger').stories,
  ...require('./stories-nbn').stories,
  ...require('./stories-courier').stories,
];

function fileFor(urlPath) {
  if (urlPath.endsWith('/')) return path.join(SITE, urlPath, 'index.html');
  if (path.extname(urlPath)) return path.join(SITE, urlPath);
  return path.join(SITE, `${urlPath}.html`);
}

function write(rel, text) {
  const file = rel.startsWith(SITE) ? rel : path.join(SITE, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function lead(story) {
  // First sentence without a dateline, for feed descriptions.
  return story.body[0].replace(/^[^\u2014]*\((AP|Reuters|AFP)\)\s*[\u2014-]\s*/, '').split(/(?<=\.)\s/)[0];
}

const byPublisher = (p) => stories.filter((s) => s.publisher === p).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));

fs.rmSync(SITE, { recursive: true, force: true });
for (const s of stories) write(fileFor(s.path), layouts[s.publisher](s));

// ---- The Standalone: RSS 2.0, with one item whose page has been taken down (404) and one relative link.
const STANDALONE_GONE = '/standalone/news/world/asia/ransomware-gang-leak-hospital-data-b2170001.html';
{
  const items = byPublisher('standalone').map((s, i) => `    <item>
      <title>${esc(s.headline)}</title>
      <link>${i === 2 ? esc(s.path) : `${O}${esc(s.path)}`}</link>
      <guid isPermaLink="false">standalone-${s.path.match(/b(\d+)\.html$/)[1]}</guid>
      <pubDate>${new Date(s.publishedAt).toUTCString()}</pubDate>
      <dc:creator>${esc(s.authors.join(', ') || 'Associated Press')}</dc:creator>
      <category>${esc(s.section)}</category>
      <description>${esc(s.standfirst)}</description>
      <media:content url="${O}/standalone/img/${i}.jpg" medium="image" width="1200" height="800"/>
    </item>`);
  items.splice(1, 0, `    <item>
      <title>Ransomware gang leaks patient data stolen from hospital group</title>
      <link>${O}${STANDALONE_GONE}</link>
      <guid isPermaLink="false">standalone-2170001</guid>
      <pubDate>Fri, 09 Sep 2022 08:00:00 GMT</pubDate>
      <description>This story has been removed.</description>
    </item>`);
  write('standalone/feeds/world.rss', `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>The Standalone - World</title>
    <link>${O}/standalone/news/world</link>
    <atom:link href="${O}/standalone/feeds/world.rss" rel="self" type="application/rss+xml"/>
    <description>World news from The Standalone, with AP wire copy</description>
    <language>en-gb</language>
    <lastBuildDate>Wed, 21 Sep 2022 19:00:00 GMT</lastBuildDate>
    <ttl>15</ttl>
${items.join('\n')}
  </channel>
</rss>
`);
  write('standalone/404.html', `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Page not found | The Standalone</title></head>
<body><header><a href="${O}/standalone/">The Standalone</a></header>
<main><h1>Sorry, we can\u2019t find the page you were looking for</h1><p>It may have been moved or deleted.</p><p><a href="${O}/standalone/">Go to the homepage</a></p></main>
</body></html>
`);
}

// ---- The Globe Ledger: Atom 1.0, with one entry whose link redirects to a cloud metadata address.
const LEDGER_TRAP = '/ledger/r/medibank-hackers-update-2022-11-12';
{
  const entries = byPublisher('ledger').map((s) => `  <entry>
    <id>tag:globeledger.example,${s.publishedAt.slice(0, 10)}:${s.path.split('/').filter(Boolean).pop()}</id>
    <title type="text">${esc(s.headline)}</title>
    <link rel="alternate" type="text/html" href="${O}${s.path}"/>
    <published>${s.publishedAt}</published>
    <updated>${s.updatedAt || s.publishedAt}</updated>
${s.authors.map((a) => `    <author><name>${esc(a)}</name></author>`).join('\n')}
    <category term="${esc(s.section)}"/>
    <summary type="html">${esc(`<p>${lead(s)}</p>`)}</summary>
  </entry>`);
  entries.splice(1, 0, `  <entry>
    <id>tag:globeledger.example,2022-11-12:medibank-hackers-update</id>
    <title type="text">Medibank hackers release more customer files, company says</title>
    <link rel="alternate" type="text/html" href="${O}${LEDGER_TRAP}"/>
    <published>2022-11-12T02:00:00Z</published>
    <updated>2022-11-12T02:00:00Z</updated>
    <author><name>Kirsty Byrne</name></author>
    <summary type="text">Shortened link from a partner feed.</summary>
  </entry>`);
  write('ledger/feeds/top-news.atom', `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>tag:globeledger.example,2016:feeds/top-news</id>
  <title>The Globe Ledger - Top News</title>
  <subtitle>Reuters copy as published by The Globe Ledger</subtitle>
  <link rel="self" type="application/atom+xml" href="${O}/ledger/feeds/top-news.atom"/>
  <link rel="alternate" type="text/html" href="${O}/ledger/"/>
  <updated>2022-12-18T18:40:00Z</updated>
  <generator>LedgerCMS</generator>
${entries.join('\n')}
</feed>
`);
}

// ---- NBN News: JSON Feed 1.1.
{
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'NBN News - Top Stories',
    home_page_url: `${O}/nbn/news`,
    feed_url: `${O}/nbn/feeds/news.json`,
    language: 'en-GB',
    items: byPublisher('nbn').map((s) => ({
      id: s.path.split('/').pop(),
      url: `${O}${s.path}`,
      title: s.headline,
      summary: lead(s),
      content_text: lead(s),
      date_published: s.publishedAt.replace('Z', '+00:00'),
      ...(s.authors.length ? { authors: s.authors.map((name) => ({ name })) } : {}),
      tags: s.tags,
    })),
  };
  write('nbn/feeds/news.json', `${JSON.stringify(feed, null, 2)}\n`);
}

// ---- The Millbrook Courier: Google News sitemap, with one URL that is a PDF.
const COURIER_PDF = '/courier/wp-content/uploads/2024/03/county-cyber-incident-briefing.pdf';
{
  const urls = byPublisher('courier').map((s) => {
    const local = new Date(new Date(s.publishedAt).getTime() - 5 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, '-05:00');
    return `  <url>
    <loc>${O}${s.path}</loc>
    <news:news>
      <news:publication><news:name>The Millbrook Courier</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>${local}</news:publication_date>
      <news:title>${esc(s.headline)}</news:title>
    </news:news>
  </url>`;
  });
  urls.splice(1, 0, `  <url>
    <loc>${O}${COURIER_PDF}</loc>
    <news:news>
      <news:publication><news:name>The Millbrook Courier</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2024-03-02T09:00:00-05:00</news:publication_date>
      <news:title>County releases briefing on cyber incident (PDF)</news:title>
    </news:news>
  </url>`);
  write('courier/news-sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('\n')}
</urlset>
`);
  write(COURIER_PDF.slice(1), minimalPdf('Cedar County cyber incident briefing. Systems restored; no ransom paid.'));
}

// ---- Wirecast: a feed cut off mid-item (the upstream CDN truncates it).
write('wirecast/feeds/world.rss', `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Wirecast World</title>
    <link>${O}/wirecast/</link>
    <description>Latest from Wirecast</description>
    <item>
      <title>Hackers claim attack on port operator</title>
      <link>${O}/wirecast/2023/11/13/port-operator-attack</link>
      <pubDate>Mon, 13 Nov 2023 09:00:00 GMT</pubDate>
    </item>
    <item>
      <title>Ministry websites down after DDoS wa`);

// ---- Site furniture.
write('robots.txt', `# The demo publishers welcome crawlers.
User-agent: *
Allow: /

Sitemap: ${O}/courier/news-sitemap.xml
`);
write('404.html', `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head>
<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>
`);

const manifest = {
  feeds: [
    { id: 'standalone-world', path: '/standalone/feeds/world.rss', publisher: 'The Standalone' },
    { id: 'ledger-top-news', path: '/ledger/feeds/top-news.atom', publisher: 'The Globe Ledger' },
    { id: 'nbn-news', path: '/nbn/feeds/news.json', publisher: 'NBN News' },
    { id: 'courier-news', path: '/courier/news-sitemap.xml', publisher: 'The Millbrook Courier' },
    { id: 'wirecast-world', path: '/wirecast/feeds/world.rss', publisher: 'Wirecast' },
  ],
  routes: {
    [STANDALONE_GONE]: { status: 404, file: 'standalone/404.html' },
    [LEDGER_TRAP]: { status: 302, location: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' },
  },
};

write('index.html', `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>wirewatch demo site</title></head>
<body>
<h1>wirewatch demo site</h1>
<p>Fictional publishers serving sample feeds and story pages on loopback.</p>
<ul>
${manifest.feeds.map((f) => `<li>${esc(f.publisher)}: <a href="${O}${f.path}">${esc(f.path)}</a></li>`).join('\n')}
</ul>
</body></html>
`);
fs.writeFileSync(path.join(ROOT, 'site.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// A valid one-page PDF with correct xref offsets, so it is a real non-HTML response.
function minimalPdf(text) {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  objs[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let out = '%PDF-1.4\n';
  const offsets = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}

console.log(`wrote ${stories.length} story pages, ${manifest.feeds.length} feeds, ${Object.keys(manifest.routes).length} special routes`);
