// `npm run bench:clean`: article-text quality and speed of `wirewatch extract` against Mozilla
// Readability.js. Each system runs once, in its own process, over the same 90 benchmark pages; both are
// timed the same way (see runProcess) and every prediction is scored by the benchmark's evaluate.mjs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatDates, scoreDates } from '../dates/score';

const ROOT = path.resolve(__dirname, '..', '..');
const BENCH = path.resolve(ROOT, '..', 'shared', 'eval', 'article-extraction');
const HTML_DIR = path.join(BENCH, 'dev', 'html');
const GT = path.join(BENCH, 'dev', 'ground-truth.json');
const EVALUATE = path.join(BENCH, 'evaluate.mjs');

interface Timing {
  pages: number;
  ms: number;
  pagesPerSecond: number;
  loadMs: number;
  cpuMs?: number;
}

/** One system's run over all pages: its own loop timing (view a) and the whole process seen from outside (view b). */
interface Run {
  timing: Timing;
  wallSeconds: number;
  maxRssKb: number;
  texts: string[];
}

interface Scores {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

const TIME_BIN = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Runs `node ARGS… FILE…` as its own process, the way a user would, and collects: the JSON line each
 * page printed on stdout (a record or {text}), the timing line it printed last on stderr, wall time from
 * spawn to exit (start-up included) and peak RSS (GNU time).
 */
function runProcess(nodeArgs: string[], files: string[]): Run {
  const args = [...nodeArgs, ...files];
  const cmd = TIME_BIN ?? process.execPath;
  const argv = TIME_BIN ? ['-f', 'WWTIME %M', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const errLines = r.stderr.trim().split('\n');
  const timingLine = errLines.reverse().find((l) => l.startsWith('{"pages"'));
  if (r.status !== 0 || !timingLine) throw new Error(`${nodeArgs.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const lines = r.stdout.split('\n').filter(Boolean);
  if (lines.length !== files.length) throw new Error(`${nodeArgs.join(' ')}: expected ${files.length} lines, got ${lines.length}`);
  const m = /WWTIME (\d+)/.exec(r.stderr);
  return {
    timing: JSON.parse(timingLine) as Timing,
    wallSeconds,
    maxRssKb: m ? +m[1] : 0,
    texts: lines.map((l) => (JSON.parse(l) as { text?: string }).text ?? ''),
  };
}

function score(ids: string[], texts: string[], file: string, perDoc?: string): Scores {
  const pred: Record<string, string> = {};
  ids.forEach((id, i) => (pred[id] = texts[i]));
  fs.writeFileSync(file, JSON.stringify(pred));
  const jsonOut = `${file}.scores.json`;
  const args = [EVALUATE, '--gt', GT, '--n-bootstrap', '0', '--json', jsonOut, file];
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

function fmt(n: number, d = 3): string {
  return Number.isFinite(n) ? n.toFixed(d) : 'n/a';
}

interface ChildReport {
  seconds: number;
  maxRssKb: number;
  bytes?: number;
  baseRssKb?: number;
}

function runTs(script: string, args: string[]): ChildReport {
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, script), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as ChildReport;
}

function main(): void {
  if (!fs.existsSync(GT) || !fs.existsSync(HTML_DIR)) {
    console.log(`bench:clean skipped: benchmark data not found at ${BENCH} (needs ../shared/eval/article-extraction).`);
    return;
  }
  const ids = Object.keys(JSON.parse(fs.readFileSync(GT, 'utf8')) as Record<string, unknown>);
  const files = ids.map((id) => path.join(HTML_DIR, `${id}.html`));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-clean-'));
  const perDoc = process.argv.includes('--per-doc') ? path.join(ROOT, 'bench', 'clean', 'per-doc.tsv') : undefined;
  const rows: Array<{ name: string; s: Scores | null; run: Run | null; wallPps?: number; rssKb?: number; note: string }> = [];

  // Each system is its own process over all pages, a single cold pass as in a user's run. The machine
  // is shared, so each system runs several times, interleaved, and the median run (by its
  // in-process pages/s) is reported; every run is scored (identical outputs) and the first is used.
  const runs = Number(/^--runs=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 3);
  const cliRuns: Run[] = [];
  const cleanRuns: Run[] = [];
  const peerRuns: Run[] = [];
  const withPeer = hasPeer() && !process.argv.includes('--no-peer');
  const withClean = !process.argv.includes('--no-clean-only');
  // --warm: also run each system over the pages twice in one process, for the second pass's rate
  // (supplementary: the issue's criterion is the single cold pass above).
  const withWarm = process.argv.includes('--warm');
  const cliTwice: Run[] = [];
  const peerTwice: Run[] = [];
  // Our runs last about a second, the peer's about twenty: a short run is at the mercy of one burst
  // of other work on the machine, a long one averages it out, so ours run two more times.
  for (let i = 0; i < runs + 2; i++) {
    cliRuns.push(runProcess(['bin/wirewatch.cjs', 'extract', '--timing'], files));
    if (withClean) cleanRuns.push(runProcess(['--require', 'tsx/cjs', path.join(__dirname, 'ours.ts')], files));
    if (withPeer && i < runs) peerRuns.push(runProcess(['--require', 'tsx/cjs', path.join(__dirname, 'readability.ts')], files));
    if (withWarm) {
      cliTwice.push(runProcess(['bin/wirewatch.cjs', 'extract', '--timing'], [...files, ...files]));
      if (withPeer && i < runs) peerTwice.push(runProcess(['--require', 'tsx/cjs', path.join(__dirname, 'readability.ts')], [...files, ...files]));
    }
  }
  const median = (rs: Run[]): Run => rs.slice().sort((x, y) => x.timing.pagesPerSecond - y.timing.pagesPerSecond)[Math.floor(rs.length / 2)];
  // (b) is the median of the runs' whole-process rates, taken on its own.
  const maxRss = (rs: Run[]): number => Math.max(...rs.map((r) => r.maxRssKb));
  // the middle value (upper middle for an even count) of one figure over the runs
  const mid = (rs: Run[], figure: (r: Run) => number): number => rs.map(figure).sort((x, y) => x - y)[Math.floor(rs.length / 2)];
  const medianWall = (rs: Run[]): number => mid(rs, (r) => r.timing.pages / r.wallSeconds);
  const cli = median(cliRuns);
  rows.push({ name: 'wirewatch extract (CLI)', s: score(ids, cliRuns[0].texts, path.join(tmp, 'cli.json'), perDoc), run: cli, wallPps: medianWall(cliRuns), rssKb: maxRss(cliRuns), note: 'the real CLI: read, clean, extract, record, validate, write' });
  if (withClean) {
    rows.push({ name: 'wirewatch cleanHtml only', s: score(ids, cleanRuns[0].texts, path.join(tmp, 'clean.json')), run: median(cleanRuns), wallPps: medianWall(cleanRuns), rssKb: maxRss(cleanRuns), note: 'read + cleanHtml, same loop' });
  }
  let peer: Run | null = null;
  if (withPeer) {
    peer = median(peerRuns);
    rows.push({ name: 'Readability.js 0.6 + jsdom', s: score(ids, peerRuns[0].texts, path.join(tmp, 'readability.json')), run: peer, wallPps: medianWall(peerRuns), rssKb: maxRss(peerRuns), note: 'read + JSDOM + Readability.parse() only' });
  } else rows.push({ name: 'Readability.js 0.6 + jsdom', s: null, run: null, note: 'not run (peer devDependencies missing or --no-peer)' });
  const spread = (rs: Run[]): string => rs.map((r) => fmt(r.timing.pagesPerSecond, 1)).join(' ');

  console.log(`\nArticle extraction benchmark, dev half: ${ids.length} pages (${BENCH}); medians of ${runs + 2} runs of ours, ${runs} of Readability.js`);
  console.log('(a) pages/s inside the process: first file read to last output written, module loading excluded');
  console.log('(b) pages/s of the whole process: spawn to exit, node start-up and module loading included');
  console.log('peak RSS: the highest of the runs\n');
  console.log(['system'.padEnd(26), 'F1'.padStart(6), 'prec'.padStart(6), 'recall'.padStart(6), '(a) p/s'.padStart(9), '(b) p/s'.padStart(9), 'load ms'.padStart(8), 'peak RSS'.padStart(9), '  note'].join(' '));
  for (const row of rows) {
    const r = row.run;
    console.log([
      row.name.padEnd(26),
      (row.s ? fmt(row.s.f1) : '-').padStart(6),
      (row.s ? fmt(row.s.precision) : '-').padStart(6),
      (row.s ? fmt(row.s.recall) : '-').padStart(6),
      (r ? fmt(r.timing.pagesPerSecond, 1) : '-').padStart(9),
      (row.wallPps !== undefined ? fmt(row.wallPps, 1) : '-').padStart(9),
      (r ? fmt(r.timing.loadMs, 0) : '-').padStart(8),
      (row.rssKb ? `${Math.round(row.rssKb / 1024)} MB` : '-').padStart(9),
      ` ${row.note}`,
    ].join(' '));
  }
  // Beside the text score: the publication day of the same CLI on the dates pages (one more pass, untimed).
  const dates = process.argv.includes('--no-dates') ? null : scoreDates();
  console.log(dates ? `\n${formatDates(dates)}` : '\npublication day: skipped (../shared/eval/dates not found, or --no-dates)');
  console.log(`\n(a) pages/s of every run: CLI ${spread(cliRuns)}${withClean ? ` | cleanHtml only ${spread(cleanRuns)}` : ''}${withPeer ? ` | Readability.js ${spread(peerRuns)}` : ''}`);
  if (peer) {
    const a = cli.timing.pagesPerSecond / peer.timing.pagesPerSecond;
    const b = medianWall(cliRuns) / medianWall(peerRuns);
    console.log(`\nspeed ratio, wirewatch extract CLI / Readability.js:`);
    console.log(`  (a) in-process throughput: ${fmt(a, 1)}x   <- the issue's criterion (pages per second over the pages in one process; target 20x)`);
    console.log(`  (b) whole process, start-up included: ${fmt(b, 1)}x`);
    // Cross-check that other processes on the machine do not skew: pages per CPU-second of the loop
    // (all threads of the process: JIT and GC helpers count against us), medians of the runs.
    const cpuRate = (rs: Run[]): number => mid(rs, (r) => (r.timing.cpuMs ? (r.timing.pages * 1000) / r.timing.cpuMs : NaN));
    console.log(`  cross-check, (a) by CPU time instead of wall time: ${fmt(cpuRate(cliRuns), 1)} vs ${fmt(cpuRate(peerRuns), 1)} pages per CPU-second = ${fmt(cpuRate(cliRuns) / cpuRate(peerRuns), 1)}x`);
    if (withWarm && peerTwice.length) {
      // second pass = median loop time over the pages twice minus median loop time over them once
      const medianMs = (rs: Run[]): number => mid(rs, (r) => r.timing.ms);
      const second = (twice: Run[], once: Run[]): number => (ids.length * 1000) / (medianMs(twice) - medianMs(once));
      const ours2 = second(cliTwice, cliRuns);
      const peer2 = second(peerTwice, peerRuns);
      console.log(`  (c) supplementary, second pass over the same pages in the same process (warm; not the criterion): ${fmt(ours2, 1)} vs ${fmt(peer2, 1)} pages/s = ${fmt(ours2 / peer2, 1)}x`);
    }
  }

  const largest = files.slice().sort((x, y) => fs.statSync(y).size - fs.statSync(x).size)[0];
  const bigPage = path.join(tmp, 'big-page.html');
  const mem = runTs('memory.ts', [largest, bigPage]);
  console.log(`\n2 MB page: ${((mem.bytes ?? 0) / 1048576).toFixed(2)} MB cleaned in ${fmt(mem.seconds * 1000, 0)} ms, peak RSS ${Math.round(mem.maxRssKb / 1024)} MB (process baseline before the page ${Math.round((mem.baseRssKb ?? 0) / 1024)} MB; limit 256 MB)`);
  const bigCli = runProcess(['bin/wirewatch.cjs', 'extract', '--timing'], [bigPage]);
  console.log(`2 MB page through the CLI (clean + extract + record): ${fmt(bigCli.timing.ms, 0)} ms, peak RSS ${Math.round(bigCli.maxRssKb / 1024)} MB (limit 256 MB)`);
  if (perDoc) console.log(`per-page rows: ${perDoc}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

main();
