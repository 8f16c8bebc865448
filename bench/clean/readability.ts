// Child process of the clean benchmark: the peer, Mozilla Readability.js 0.6 on jsdom 27, doing only its
// cleaning (parse + Readability.parse()) over the same pages in one process.
import * as fs from 'node:fs';
import * as path from 'node:path';

function main(): void {
  const [htmlDir, gtFile, outFile] = process.argv.slice(2);
  // Loaded lazily so the rest of the repo never depends on the peer (devDependencies, bench only).
  // jsdom ships no types; this is the part of its API the bench uses.
  interface JsdomModule {
    JSDOM: new (html: string, opts: { url: string; virtualConsole: object }) => { window: { document: Document; close(): void } };
    VirtualConsole: new () => object;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JSDOM, VirtualConsole } = require('jsdom') as JsdomModule;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  const gt = JSON.parse(fs.readFileSync(gtFile, 'utf8')) as Record<string, { url: string }>;
  const ids = Object.keys(gt);
  const pages = ids.map((id) => fs.readFileSync(path.join(htmlDir, `${id}.html`), 'utf8'));
  const virtualConsole = new VirtualConsole(); // silence CSS parse errors
  const out: Record<string, string> = {};
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < ids.length; i++) {
    let text = '';
    try {
      const dom = new JSDOM(pages[i], { url: gt[ids[i]].url, virtualConsole });
      const art = new Readability(dom.window.document).parse();
      text = art?.textContent ?? '';
      dom.window.close();
    } catch {
      text = '';
    }
    out[ids[i]] = text;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  fs.writeFileSync(outFile, JSON.stringify(out));
  process.stdout.write(JSON.stringify({ pages: ids.length, seconds, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
}

main();
