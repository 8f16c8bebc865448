// Debug aid for bench:clean: for one benchmark page, prints the true paragraphs we missed and the
// paragraphs we kept that are not in the truth. Usage: tsx bench/clean/inspect.ts ID [ID…]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanHtml } from '../../lib/clean';
import { extractBody } from '../../lib/clean/html-body';
import { findBody, parseDocument } from '../../lib/clean/html-page';

const BENCH = path.resolve(__dirname, '..', '..', '..', 'shared', 'eval', 'article-extraction', 'dev');
const TOKEN = /[\p{L}\p{N}_]+/gu;
const shingleSet = (t: string): Set<string> => {
  const w = t.match(TOKEN) ?? [];
  const s = new Set<string>();
  for (let i = 0; i + 3 < w.length; i++) s.add(w.slice(i, i + 4).join(' '));
  if (w.length && w.length < 4) s.add(w.join(' '));
  return s;
};
const covered = (p: string, set: Set<string>): number => {
  const s = shingleSet(p);
  if (!s.size) return 1;
  let n = 0;
  for (const x of s) if (set.has(x)) n++;
  return n / s.size;
};

const gt = JSON.parse(fs.readFileSync(path.join(BENCH, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
for (const id of process.argv.slice(2)) {
  const full = Object.keys(gt).find((k) => k.startsWith(id)) ?? id;
  const page = cleanHtml(fs.readFileSync(path.join(BENCH, 'html', `${full}.html`), 'utf8'), { url: gt[full].url });
  console.log(`=== ${full} ${gt[full].url}`);
  console.log(`headline: ${page.headline} | byline: ${page.byline.join(', ')} | ${page.publishedAt} (${page.publishedAtSource}) | wire ${page.wire} | ${JSON.stringify(page.dateline)} | ${page.publisher} | ${page.canonicalUrl}`);
  const root = parseDocument(fs.readFileSync(path.join(BENCH, 'html', `${full}.html`), 'utf8'));
  const dbg = extractBody(root, findBody(root), { headline: page.headline, debug: true });
  console.log(`candidates: ${dbg.candidates?.map((c) => `${c.el.slice(0, 90)}=${c.score}`).join('  ')}`);
  const predSet = shingleSet(page.text);
  const truthSet = shingleSet(gt[full].articleBody);
  for (const p of gt[full].articleBody.split(/\n+/).filter(Boolean)) if (covered(p, predSet) < 0.5) console.log(`  MISSED: ${p.slice(0, 160)}`);
  for (const p of page.paragraphs) if (covered(p, truthSet) < 0.5) console.log(`  EXTRA:  ${p.slice(0, 160)}`);
}
