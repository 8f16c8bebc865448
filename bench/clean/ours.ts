// Child process of the clean benchmark: lib/clean's cleanHtml alone over the given pages in one process,
// measured exactly like `wirewatch extract --timing` (file read inside the loop, one JSON line per page
// on stdout, {pages, ms, pagesPerSecond, loadMs} on stderr, single pass, no warm-up).
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';

function main(): void {
  const files = process.argv.slice(2);
  const tLoad = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { cleanHtml } = require('../../lib/clean') as typeof import('../../lib/clean');
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let pages = 0;
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    const page = cleanHtml(html, { url: pathToFileURL(file).toString(), fetchedAt: new Date().toISOString() });
    process.stdout.write(`${JSON.stringify({ text: page.text })}\n`);
    pages++;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const r = (n: number): number => Math.round(n * 10) / 10;
  process.stderr.write(`${JSON.stringify({ pages, ms: r(ms), pagesPerSecond: r((pages * 1000) / ms), loadMs: r(t0 - tLoad), cpuMs: r((cpu.user + cpu.system) / 1000) })}\n`);
}

main();
