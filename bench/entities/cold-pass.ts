// Cold single pass of extract() as `wirewatch extract` sees it: fresh process, no warm-up.
// The 90 benchmark pages are cleaned first with lib/clean (not timed), then lib/extract is
// imported (timed) and run once over every page (timed; the first call separately).
//   node --require tsx/cjs bench/entities/cold-pass.ts [HTML_DIR] [--out FILE.jsonl]
// Prints one line per figure and a JSON line at the end. The pages are general news, so it also
// checks that none of them is read as a cyber incident (exit code 1 otherwise).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanHtml } from '../../lib/clean';
import type { ExtractInput, Extraction } from '../../lib/types';

const args = process.argv.slice(2);
const outFile = args.includes('--out') ? args.splice(args.indexOf('--out'), 2)[1] : null;
const dir = args[0] ?? '/work/shared/eval/article-extraction/dev/html';
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const inputs: ExtractInput[] = files.map((f) => {
  const page = cleanHtml(readFileSync(join(dir, f), 'utf8'));
  return { headline: page.headline, text: page.text, publishedAt: page.publishedAt, dateline: page.dateline };
});
const words = inputs.reduce((n, i) => n + `${i.headline ?? ''} ${i.text}`.split(/\s+/).filter(Boolean).length, 0);

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;
let t = process.hrtime.bigint();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { extract } = require('../../lib/extract') as { extract: (i: ExtractInput) => Extraction };
const importMs = ms(t);

t = process.hrtime.bigint();
const c0 = process.cpuUsage();
const t1 = t;
let firstMs = 0;
const outs: Extraction[] = [];
inputs.forEach((inp, i) => {
  outs.push(extract(inp));
  if (i === 0) firstMs = ms(t1);
});
const passMs = ms(t);
const cpu = process.cpuUsage(c0);
const passCpuMs = (cpu.user + cpu.system) / 1000;
const compromiseLoaded = Object.keys(require.cache).some((k) => /[\\/]compromise[\\/]/.test(k));

const cyber = outs.map((o, i) => (o.incident.isCyber ? files[i] : '')).filter(Boolean);
console.log(`pages: ${inputs.length} (${words} words); general news read as cyber incidents: ${cyber.length}${cyber.length ? ` ✗ ${cyber.join(', ')}` : ' ✓'}`);
console.log(`module import: ${importMs.toFixed(1)} ms`);
console.log(`first extract() call: ${firstMs.toFixed(1)} ms`);
console.log(`cold pass over ${inputs.length} pages (first call included): ${passMs.toFixed(1)} ms = ${(passMs / inputs.length).toFixed(2)} ms/page (CPU time ${passCpuMs.toFixed(1)} ms)`);
console.log(`import + pass: ${(importMs + passMs).toFixed(1)} ms; compromise loaded: ${compromiseLoaded ? 'yes' : 'no'}`);
console.log(JSON.stringify({ pages: inputs.length, words, importMs: +importMs.toFixed(1), firstMs: +firstMs.toFixed(1), passMs: +passMs.toFixed(1), passCpuMs: +passCpuMs.toFixed(1), compromiseLoaded, cyberFalsePositives: cyber.length }));
if (outFile) writeFileSync(outFile, outs.map((o, i) => JSON.stringify({ file: files[i], ...o })).join('\n') + '\n');
if (cyber.length) process.exitCode = 1;
