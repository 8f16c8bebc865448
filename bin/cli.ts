// The `wirewatch` command line. Thin: parses arguments, calls lib/, maps errors to
// exit codes. Heavy modules (AWS SDK, servers) load only for the commands that need them.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeError } from '../lib/errors';
import { redactSecrets } from '../lib/redact';

// The SDK warns on every Node 20 start that future releases will need Node 22; the
// pinned SDK works on 20, and the warning would land in every command's stderr.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const USAGE = `Usage: wirewatch <command> [options]

Commands:
  extract FILE...            each .html page or .txt story text -> one JSON record per line on stdout
      --url URL              the story URL of a single FILE (default: the file's file: URL)
      --timing               print {pages, ms, pagesPerSecond, loadMs, cpuMs} as one JSON line on
                             stderr (ms: first file read to last record written; loadMs: module
                             loading, not in ms; cpuMs: CPU time of the process over ms)
  run [--feeds FILE] [--once] [--json] [--every MINUTES] [--concurrency N] [--timing]
                             poll the feeds and process new stories into the store
                             (default feeds file config/feeds.json; without --once repeats every
                             MINUTES (default 15) until Ctrl-C; N stories at a time, default 4;
                             --timing adds per-story p50/p95, time by step, store requests and
                             peak RSS to the summary; --max-seconds S stops taking stories after
                             S seconds and leaves the rest for the next run, as Ctrl-C does)
  reprocess [--since DATE] [--until DATE] [--all] [--json] [--concurrency N] [--threads N]
                             rebuild records from the raw archive with the current extractor, no
                             fetching (DATE: fetch day yyyy-mm-dd, inclusive). Records already at
                             the current extractor version are left alone unless --all; a record
                             that would not change is not rewritten. Progress on stderr (TTY
                             only); summary rebuilt / unchanged / failed on stdout; exit 1 when
                             any raw object failed. --threads N: worker threads that clean and
                             extract (default: cores - 1, at most 4; 0: all on one thread)
  serve [--port N] [--host H]
                             browse API + analyst page over the store on http://127.0.0.1:N/
                             (--host another address: a warning, the API has no authentication)
  demo [--port N]            sample feeds on loopback, one ingestion pass, then the analyst page
  help                       this text

The store: WIREWATCH_BUCKET (+ AWS variables, WIREWATCH_S3_ENDPOINT) selects an S3 bucket;
otherwise an embedded S3-compatible server keeps data under .wirewatch/ (or $WIREWATCH_HOME).
Loopback/private fetch targets must be listed in WIREWATCH_FETCH_ALLOW (host:port,...).
WIREWATCH_PACE_MS sets the pause between two requests to one host (default 1000; 0: no pacing).
`;

/** Wrong arguments: usage on stderr, exit 2. */
class UsageError extends Error {}

type Lazy<T> = () => T;
// require() keeps the lazy load inside tsx's CommonJS hook (dynamic import() would bypass it).
const record: Lazy<typeof import('../lib/record')> = () => require('../lib/record');
const runner: Lazy<typeof import('../lib/local/runner')> = () => require('../lib/local/runner');
const extractor: Lazy<typeof import('../lib/extract')> = () => require('../lib/extract');

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(describeError(e));
  }
}

function portOption(v: unknown, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be an integer 0..65535, got ${String(v)}`);
  return n;
}

async function cmdExtract(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { url: { type: 'string' }, timing: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError('extract needs at least one FILE');
  if (values.url !== undefined && positionals.length !== 1) throw new UsageError('--url applies to a single FILE');
  const tLoad = performance.now();
  const { recordFromFile } = record();
  // A batch of files: the extractor's tables load now, with the modules, not on the first story that needs each.
  extractor().loadExtractData();
  // Module and table loading (cleaning, extraction, schema) is start-up; it is reported apart from the pages' time.
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let failed = 0;
  let pages = 0;
  for (const file of positionals) {
    try {
      const r = await recordFromFile(file, { url: values.url as string | undefined });
      process.stdout.write(`${JSON.stringify(r)}\n`);
      pages++;
    } catch (e) {
      failed++;
      const msg = describeError(e);
      process.stderr.write(`wirewatch extract: ${msg.startsWith(file) ? msg : `${file}: ${msg}`}\n`);
    }
  }
  if (values.timing) {
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    // cpuMs (user + system, all threads) is steadier than ms when other processes share the machine.
    const timing = { pages, ms: round(ms), pagesPerSecond: round(ms > 0 ? (pages * 1000) / ms : 0), loadMs: round(t0 - tLoad), cpuMs: round((cpu.user + cpu.system) / 1000) };
    process.stderr.write(`${JSON.stringify(timing)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

async function cmdRun(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    feeds: { type: 'string' },
    once: { type: 'boolean' },
    json: { type: 'boolean' },
    every: { type: 'string' },
    concurrency: { type: 'string' },
    timing: { type: 'boolean' },
    'max-seconds': { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const every = values.every === undefined ? 15 : Number(values.every);
  if (!(every > 0)) throw new UsageError(`--every must be a positive number of minutes, got ${String(values.every)}`);
  const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError(`--concurrency must be an integer 1..64, got ${String(values.concurrency)}`);
  const maxSeconds = values['max-seconds'] === undefined ? undefined : Number(values['max-seconds']);
  if (maxSeconds !== undefined && !(maxSeconds > 0)) throw new UsageError(`--max-seconds must be a positive number, got ${String(values['max-seconds'])}`);
  return runner().runCommand({
    feedsFile: (values.feeds as string | undefined) ?? 'config/feeds.json',
    once: Boolean(values.once),
    json: Boolean(values.json),
    everyMinutes: every,
    concurrency,
    timing: Boolean(values.timing),
    maxSeconds,
  });
}

async function cmdReprocess(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    since: { type: 'string' },
    until: { type: 'string' },
    all: { type: 'boolean' },
    json: { type: 'boolean' },
    concurrency: { type: 'string' },
    threads: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const threads = values.threads === undefined ? (require('../lib/reprocess/build-pool') as typeof import('../lib/reprocess/build-pool')).defaultBuildThreads() : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 0 || threads > 16) throw new UsageError(`--threads must be an integer 0..16, got ${String(values.threads)}`);
  const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError(`--concurrency must be an integer 1..64, got ${String(values.concurrency)}`);
  const range = { since: (values.since as string | undefined) ?? null, until: (values.until as string | undefined) ?? null };
  try {
    (require('../lib/reprocess') as typeof import('../lib/reprocess')).checkRange(range);
  } catch (e) {
    throw new UsageError(describeError(e));
  }
  const { reprocessCommand } = require('../lib/local/reprocess-command') as typeof import('../lib/local/reprocess-command');
  return reprocessCommand({ ...range, all: Boolean(values.all), json: Boolean(values.json), concurrency, threads });
}

async function cmdServe(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { port: { type: 'string' }, host: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const host = values.host === undefined ? undefined : String(values.host).trim();
  if (host !== undefined && !/^[A-Za-z0-9.:[\]-]{1,253}$/.test(host)) throw new UsageError(`--host must be a host name or IP address, got ${String(values.host)}`);
  return runner().serveCommand({ port: portOption(values.port, 8080), host });
}

async function cmdDemo(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { port: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  return runner().demoCommand({ port: portOption(values.port, 8080) });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await cmdExtract(rest);
      case 'run':
        return await cmdRun(rest);
      case 'reprocess':
        return await cmdReprocess(rest);
      case 'serve':
        return await cmdServe(rest);
      case 'demo':
        return await cmdDemo(rest);
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`wirewatch: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    // Expected failures (bad feeds file, store unreachable, port in use) get one clean line, no stack,
    // and no secret (a signed URL or credentials in an endpoint would otherwise be printed).
    process.stderr.write(`wirewatch: ${redactSecrets(describeError(e))}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`wirewatch: ${redactSecrets(describeError(e))}\n`);
    process.exitCode = 1;
  },
);
