// Child process of the clean benchmark: runs our cleaning (and entity extraction when lib/extract exists)
// over every benchmark page in one process and reports time and peak memory as JSON on stdout.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanHtml } from '../../lib/clean';

type ExtractFn = (input: { headline: string | null; text: string; publishedAt: string | null; dateline?: unknown }) => unknown;

function loadExtract(): ExtractFn | null {
  const p = path.join(__dirname, '..', '..', 'lib', 'extract', 'index.ts');
  if (!fs.existsSync(p)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('../../lib/extract') as { extract?: ExtractFn };
  return typeof mod.extract === 'function' ? mod.extract : null;
}

function main(): void {
  const [htmlDir, gtFile, outFile, mode] = process.argv.slice(2);
  const gt = JSON.parse(fs.readFileSync(gtFile, 'utf8')) as Record<string, { url: string }>;
  const ids = Object.keys(gt);
  const pages = ids.map((id) => fs.readFileSync(path.join(htmlDir, `${id}.html`), 'utf8'));
  const extract = mode === 'clean-only' ? null : loadExtract();
  // Warm-up on one page so module initialisation (JIT, lazy tables) is not charged to the loop.
  cleanHtml(pages[0], { url: gt[ids[0]].url });
  const out: Record<string, string> = {};
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < ids.length; i++) {
    const page = cleanHtml(pages[i], { url: gt[ids[i]].url, fetchedAt: new Date().toISOString() });
    if (extract) extract({ headline: page.headline, text: page.text, publishedAt: page.publishedAt, dateline: page.dateline });
    out[ids[i]] = page.text;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  fs.writeFileSync(outFile, JSON.stringify(out));
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
  process.stdout.write(JSON.stringify({ pages: ids.length, seconds, bytes, withExtract: !!extract, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
}

main();
