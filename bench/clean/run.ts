// `npm run bench:clean`: article-text quality and speed of lib/clean against Mozilla Readability.js.
// Each system runs in its own child process over the same 90 benchmark pages (peak RSS per system),
// and every prediction is scored by the benchmark's own evaluate.mjs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const BENCH = path.resolve(ROOT, '..', 'shared', 'eval', 'article-extraction');
const HTML_DIR = path.join(BENCH, 'dev', 'html');
const GT = path.join(BENCH, 'dev', 'ground-truth.json');
const EVALUATE = path.join(BENCH, 'evaluate.mjs');

interface ChildReport {
  pages: number;
  seconds: number;
  maxRssKb: number;
  withExtract?: boolean;
}

interface Scores {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

function runTs(script: string, args: string[]): ChildReport {
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as ChildReport;
}

function score(pred: string, perDoc?: string): Scores {
  const jsonOut = `${pred}.scores.json`;
  const args = [EVALUATE, '--gt', GT, '--n-bootstrap', '0', '--json', jsonOut, pred];
  if (perDoc) args.push('--per-doc', perDoc);
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`evaluate.mjs failed: ${r.stderr}`);
  const res = JSON.parse(fs.readFileSync(jsonOut, 'utf8')) as Record<string, Scores>;
  return Object.values(res)[0];
}

function hasPeer(): boolean {
  try {
    require.resolve('@mozilla/readability', { paths: [ROOT] });
    require.resolve('jsdom', { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

/** The real command line over all pages, timed from the outside (start-up included). */
function runCli(ids: string[], outFile: string): (ChildReport & { note: string }) | null {
  if (!fs.existsSync(path.join(ROOT, 'bin', 'cli.ts'))) return null;
  const files = ids.map((id) => path.join(HTML_DIR, `${id}.html`));
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const cmd = timeBin ?? process.execPath;
  const args = timeBin ? ['-f', 'WWTIME %M %e', process.execPath, 'bin/wirewatch.cjs', 'extract', ...files] : ['bin/wirewatch.cjs', 'extract', ...files];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) return { pages: 0, seconds, maxRssKb: 0, note: `CLI failed (${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}` };
  const lines = r.stdout.split('\n').filter(Boolean);
  const m = /WWTIME (\d+) /.exec(r.stderr);
  const out: Record<string, string> = {};
  if (lines.length === ids.length) {
    lines.forEach((l, i) => {
      const rec = JSON.parse(l) as { text?: string };
      out[ids[i]] = rec.text ?? '';
    });
    fs.writeFileSync(outFile, JSON.stringify(out));
  }
  return { pages: lines.length, seconds, maxRssKb: m ? +m[1] : 0, note: lines.length === ids.length ? 'start-up included' : `expected ${ids.length} records, got ${lines.length}` };
}

function fmt(n: number, d = 3): string {
  return Number.isFinite(n) ? n.toFixed(d) : 'n/a';
}

function main(): void {
  if (!fs.existsSync(GT) || !fs.existsSync(HTML_DIR)) {
    console.log(`bench:clean skipped: benchmark data not found at ${BENCH} (needs ../shared/eval/article-extraction).`);
    return;
  }
  const ids = Object.keys(JSON.parse(fs.readFileSync(GT, 'utf8')) as Record<string, unknown>);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-clean-'));
  const perDoc = process.argv.includes('--per-doc') ? path.join(ROOT, 'bench', 'clean', 'per-doc.tsv') : undefined;
  const rows: Array<{ name: string; s: Scores | null; r: ChildReport | null; note: string }> = [];

  const oursPred = path.join(tmp, 'wirewatch.json');
  const ours = runTs('ours.ts', [HTML_DIR, GT, oursPred]);
  const oursScores = score(oursPred, perDoc);
  rows.push({ name: 'wirewatch', s: oursScores, r: ours, note: ours.withExtract ? 'clean + extract(), in-process loop' : 'clean only (lib/extract not present yet), in-process loop' });
  if (ours.withExtract) {
    const cleanOnlyPred = path.join(tmp, 'wirewatch-clean.json');
    const c = runTs('ours.ts', [HTML_DIR, GT, cleanOnlyPred, 'clean-only']);
    rows.push({ name: 'wirewatch clean only', s: oursScores, r: c, note: 'cleanHtml only, in-process loop' });
  }
  const cliPred = path.join(tmp, 'wirewatch-cli.json');
  const cli = process.argv.includes('--no-cli') ? null : runCli(ids, cliPred);
  if (cli) rows.push({ name: 'wirewatch extract (CLI)', s: fs.existsSync(cliPred) ? score(cliPred) : null, r: cli, note: cli.note });

  let peer: ChildReport | null = null;
  if (hasPeer() && !process.argv.includes('--no-peer')) {
    const peerPred = path.join(tmp, 'readability.json');
    peer = runTs('readability.ts', [HTML_DIR, GT, peerPred]);
    rows.push({ name: 'Readability.js 0.6 + jsdom', s: score(peerPred), r: peer, note: 'parse + Readability.parse() only' });
  } else rows.push({ name: 'Readability.js 0.6 + jsdom', s: null, r: null, note: 'not run (peer devDependencies missing or --no-peer)' });

  console.log(`\nArticle extraction benchmark, dev half: ${ids.length} pages (${BENCH})\n`);
  console.log(['system'.padEnd(28), 'F1'.padStart(6), 'prec'.padStart(6), 'recall'.padStart(6), 'pages/s'.padStart(9), 'peak RSS'.padStart(10), '  note'].join(' '));
  for (const row of rows) {
    const pps = row.r && row.r.seconds > 0 ? row.r.pages / row.r.seconds : NaN;
    console.log([
      row.name.padEnd(28),
      (row.s ? fmt(row.s.f1) : '-').padStart(6),
      (row.s ? fmt(row.s.precision) : '-').padStart(6),
      (row.s ? fmt(row.s.recall) : '-').padStart(6),
      fmt(pps, 1).padStart(9),
      (row.r ? `${Math.round(row.r.maxRssKb / 1024)} MB` : '-').padStart(10),
      ` ${row.note}`,
    ].join(' '));
  }
  if (peer) {
    const oursPps = ours.pages / ours.seconds;
    const peerPps = peer.pages / peer.seconds;
    console.log(`\nspeed ratio (wirewatch in-process / Readability.js): ${fmt(oursPps / peerPps, 1)}x`);
    if (cli && cli.pages) console.log(`speed ratio (wirewatch CLI, start-up included / Readability.js): ${fmt(cli.pages / cli.seconds / peerPps, 1)}x`);
  }

  const largest = ids.map((id) => path.join(HTML_DIR, `${id}.html`)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  const mem = runTs('memory.ts', [largest]) as ChildReport & { bytes?: number; baseRssKb?: number };
  console.log(`\n2 MB page: ${((mem.bytes ?? 0) / 1048576).toFixed(2)} MB cleaned in ${fmt(mem.seconds * 1000, 0)} ms, peak RSS ${Math.round(mem.maxRssKb / 1024)} MB (process baseline before the page ${Math.round((mem.baseRssKb ?? 0) / 1024)} MB; limit 256 MB)`);
  if (perDoc) console.log(`per-page rows: ${perDoc}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

main();
