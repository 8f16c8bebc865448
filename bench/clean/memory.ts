// Child process of the clean benchmark: peak RSS while cleaning one ~2 MB page (the largest benchmark
// page, or a fixture, with its body paragraphs repeated until the page is 2 MB).
import * as fs from 'node:fs';
import { cleanHtml } from '../../lib/clean';

function main(): void {
  const [file, saveAs] = process.argv.slice(2);
  const html = fs.readFileSync(file, 'utf8');
  const target = 2 * 1024 * 1024;
  const paras = html.match(/<p[\s>][\s\S]*?<\/p>/gi) ?? ['<p>' + 'Filler paragraph of a long story. '.repeat(20) + '</p>'];
  let filler = '';
  let i = 0;
  while (Buffer.byteLength(html) + filler.length < target) filler += paras[i++ % paras.length] + '\n';
  const big = html.includes('</body>') ? html.replace('</body>', `${filler}</body>`) : html + filler;
  // The same page is kept for the bench to run through the real CLI as well.
  if (saveAs) fs.writeFileSync(saveAs, big);
  const before = process.resourceUsage().maxRSS;
  const t0 = process.hrtime.bigint();
  const page = cleanHtml(big, { url: 'https://example.com/news/2024/01/02/big-page' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(big), seconds, paragraphs: page.paragraphs.length, baseRssKb: before, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
}

main();
