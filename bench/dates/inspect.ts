// `node --require tsx/cjs bench/dates/inspect.ts PAGE.html…`: every date a page states, where it was
// found, and the one chosen, for looking into a page the dates score gets wrong.
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../lib/clean/html-page';
import { readHtmlMeta } from '../../lib/clean/html-meta';
import { cleanHtml } from '../../lib/clean';

for (const file of process.argv.slice(2)) {
  const html = readFileSync(file, 'utf8');
  const m = readHtmlMeta(parseDocument(html));
  console.log(`== ${file} (lang ${m.language}, headline at ${m.headlineOrder}, urls ${m.pageUrls.join(' ')})`);
  for (const e of m.dateEvidence) console.log(`  ${e.kind.padEnd(13)} ${e.role.padEnd(9)} ${String(e.order).padStart(5)} ${e.inArticle ? 'art' : '   '} ${e.parts.day} ${e.parts.iso} ${e.parts.zone}`);
  const c = cleanHtml(html, { url: `file://${file}` });
  console.log(`  -> ${c.publishedDate} ${c.publishedAt} ${c.publishedAtSource}`);
}
