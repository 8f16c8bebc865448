// Child process of the clean benchmark: the peer, Mozilla Readability.js 0.6 on jsdom 27, doing only its
// cleaning (read file, parse, Readability.parse()) over the given pages in one process. Measured like
// `wirewatch extract --timing`: one JSON line per page on stdout, and on stderr
// {pages, ms, pagesPerSecond, loadMs, cpuMs} where ms runs from just before the first file is read to after the
// last line is written and loadMs is the time spent requiring jsdom and Readability. Single pass, no warm-up.
import * as fs from 'node:fs';

function main(): void {
  const files = process.argv.slice(2);
  // Loaded lazily so the rest of the repo never depends on the peer (devDependencies, bench only).
  // jsdom ships no types; this is the part of its API the bench uses.
  interface JsdomModule {
    JSDOM: new (html: string, opts: { url: string; virtualConsole: object }) => { window: { document: Document; close(): void } };
    VirtualConsole: new () => object;
  }
  const tLoad = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JSDOM, VirtualConsole } = require('jsdom') as JsdomModule;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const virtualConsole = new VirtualConsole(); // silence CSS parse errors
  let pages = 0;
  for (const file of files) {
    let text = '';
    try {
      const html = fs.readFileSync(file, 'utf8');
      // The same URL our CLI gives a file without --url: its file: URL.
      const dom = new JSDOM(html, { url: `file://${file}`, virtualConsole });
      const art = new Readability(dom.window.document).parse();
      text = art?.textContent ?? '';
      dom.window.close();
    } catch {
      text = '';
    }
    process.stdout.write(`${JSON.stringify({ text })}\n`);
    pages++;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const r = (n: number): number => Math.round(n * 10) / 10;
  process.stderr.write(`${JSON.stringify({ pages, ms: r(ms), pagesPerSecond: r((pages * 1000) / ms), loadMs: r(t0 - tLoad), cpuMs: r((cpu.user + cpu.system) / 1000) })}\n`);
}

main();
