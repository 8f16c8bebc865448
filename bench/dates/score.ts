// Publication-day score of `wirewatch extract` on ../shared/eval/dates (799 pages of htmldate's
// evaluation set), scored by the shared score-dates.mjs, twice: over every page (a page the CLI refuses
// counts as a miss, as the shared score-dates.sh counts it) and over the pages that got a record, which
// separates the date cascade from the body cleaner's refusals. Used by `npm run bench:clean`; alone:
//   node --require tsx/cjs bench/dates/score.ts [--verbose]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(__dirname, '..', '..');
const DATES = path.resolve(ROOT, '..', 'shared', 'eval', 'dates');

export interface DateScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  noRecord: number;
}

export interface DatesReport {
  all: DateScore;
  recorded: DateScore;
  refused: number;
  seconds: number;
}

function runScorer(gold: string, records: string, extra: string[] = []): { score: DateScore; out: string } {
  const r = spawnSync(process.execPath, [path.join(DATES, 'score-dates.mjs'), gold, records, ...extra, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`score-dates.mjs failed: ${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  return { score: JSON.parse(lines[lines.length - 1]) as DateScore, out: lines.slice(0, -1).join('\n') };
}

/** Runs the CLI over the dates pages and scores them; null when ../shared/eval/dates is absent. */
export function scoreDates(verbose = false): DatesReport | null {
  const goldFile = path.join(DATES, 'gold.json');
  if (!fs.existsSync(goldFile) || !fs.existsSync(path.join(DATES, 'pages.tar.gz'))) return null;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dates-'));
  try {
    const untar = spawnSync('tar', ['xzf', path.join(DATES, 'pages.tar.gz'), '-C', tmp]);
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
    const dir = path.join(tmp, 'pages');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => path.join(dir, f));
    const t0 = process.hrtime.bigint();
    const cli = spawnSync(process.execPath, ['bin/wirewatch.cjs', 'extract', ...files], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const records = path.join(tmp, 'records.jsonl');
    fs.writeFileSync(records, cli.stdout);
    const refused = cli.stderr.split('\n').filter((l) => l.trim()).length;
    const all = runScorer(goldFile, records, verbose ? ['--verbose'] : []);
    if (verbose && all.out) console.log(all.out);
    // the same gold, restricted to the pages that got a record
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Record<string, unknown>;
    const got = new Set<string>();
    for (const line of cli.stdout.split('\n')) {
      if (!line.trim()) continue;
      try {
        got.add(path.basename(fileURLToPath((JSON.parse(line) as { url: string }).url)));
      } catch {
        /* not a file URL */
      }
    }
    const kept = Object.fromEntries(Object.entries(gold).filter(([f]) => got.has(f)));
    const keptFile = path.join(tmp, 'gold-recorded.json');
    fs.writeFileSync(keptFile, JSON.stringify(kept));
    return { all: all.score, recorded: runScorer(keptFile, records).score, refused, seconds };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const f3 = (n: number): string => n.toFixed(3);

/** The two lines bench:clean prints. */
export function formatDates(r: DatesReport): string {
  return [
    `publication day, ../shared/eval/dates (htmldate's set, scored by score-dates.mjs): ${r.all.pages} pages: F1 ${f3(r.all.f1)} (P ${f3(r.all.precision)}, R ${f3(r.all.recall)}); ${r.refused} pages refused by extract`,
    `  over the ${r.recorded.pages} pages that got a record: F1 ${f3(r.recorded.f1)} (P ${f3(r.recorded.precision)}, R ${f3(r.recorded.recall)})`,
  ].join('\n');
}

if (require.main === module) {
  const r = scoreDates(process.argv.includes('--verbose'));
  console.log(r ? formatDates(r) : `dates score skipped: ${DATES} not found`);
}
