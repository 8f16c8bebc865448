// npm run bench:entities — scores lib/extract on the project gold set (test/fixtures/gold) and,
// when ../shared/eval exists, on the shared development set; prints the table for each
// set plus the extraction speed in words per second.
//   tsx bench/entities/run.ts [--verbose] [--json-out DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CleanedPage, ExtractInput, Extraction } from '../../lib/types';
import { extract } from '../../lib/extract';
import { CATEGORIES, EXTRA_MEASURES, Gold, scoreStory, StoryScore, summarize } from './score';

const root = resolve(__dirname, '../..');
const verbose = process.argv.includes('--verbose');
const outDir = process.argv.includes('--json-out') ? process.argv[process.argv.indexOf('--json-out') + 1] : join(tmpdir(), 'wirewatch-bench-entities');

type Cleaner = (text: string) => CleanedPage;
function loadCleaner(): Cleaner | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('../../lib/clean') as { cleanText?: Cleaner };
    return typeof mod.cleanText === 'function' ? mod.cleanText : null;
  } catch {
    return null;
  }
}
const cleaner = loadCleaner();

/** Story text -> extractor input: lib/clean when present, else first line as headline. */
function prepare(raw: string): ExtractInput {
  if (cleaner) {
    const page = cleaner(raw);
    return { headline: page.headline, text: page.text, publishedAt: page.publishedAt, dateline: page.dateline };
  }
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  const date = /\b(?:19|20)\d{2}\b/.exec(raw);
  return { headline: null, text: lines.join('\n\n'), publishedAt: date ? `${date[0]}-06-30T00:00:00Z` : null };
}

interface SetResult { name: string; scores: StoryScore[]; words: number; ms: number; cpuMs: number; cleanCpuMs: number; predsFile: string; goldDir: string }

function runSet(name: string, slug: string, goldDir: string, storyDir: string): SetResult | null {
  if (!existsSync(goldDir) || !existsSync(storyDir)) return null;
  const golds = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold)
    .filter((g) => existsSync(join(storyDir, `${g.id}.txt`)));
  if (!golds.length) return null;
  const raws = golds.map((g) => readFileSync(join(storyDir, `${g.id}.txt`), 'utf8'));
  let inputs = raws.map(prepare);
  // cleaning speed: best of three passes over the set's raw texts, CPU time
  let cleanCpuMs = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const c0 = process.cpuUsage();
    inputs = raws.map(prepare);
    const c = process.cpuUsage(c0);
    cleanCpuMs = Math.min(cleanCpuMs, (c.user + c.system) / 1000);
  }
  extract({ headline: 'warm up', text: 'Gazetteers load here.', publishedAt: null }); // exclude one-time index building
  let words = 0;
  // speed: best of three passes over the set (the machine is shared; the best pass is the least disturbed)
  let outs: Extraction[] = [];
  let ms = Infinity;
  let cpuMs = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    outs = inputs.map((inp) => extract(inp));
    const c = process.cpuUsage(c0);
    ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
    cpuMs = Math.min(cpuMs, (c.user + c.system) / 1000);
  }
  for (const inp of inputs) words += `${inp.headline ?? ''} ${inp.text}`.split(/\s+/).filter(Boolean).length;
  mkdirSync(outDir, { recursive: true });
  const predsFile = join(outDir, `${slug}.jsonl`);
  writeFileSync(predsFile, golds.map((g, i) => JSON.stringify({ goldId: g.id, ...outs[i] })).join('\n') + '\n');
  const scores = golds.map((g, i) => scoreStory(g, outs[i]));
  return { name, scores, words, ms, cpuMs, cleanCpuMs, predsFile, goldDir };
}

const EXTRA_TARGETS: Record<string, number> = { types: 0.88, victimOrganizations: 0.85, victimOrgsInEntities: 0.85 };
const TARGETS: Record<string, number> = { countries: 0.93, agencies: 0.8, organizations: 0.75, actors: 0.8, systems: 0.7, victims: 0.8, attributedTo: 0.7, isCyber: 0.95 };

function report(r: SetResult): void {
  const s = summarize(r.scores);
  console.log(`\n${r.name}: ${s.stories} stories, ${r.words} words, extraction ${(r.words / (r.ms / 1000)).toFixed(0)} words/s wall (${r.ms.toFixed(0)} ms), ${(r.words / (r.cpuMs / 1000)).toFixed(0)} words/s of CPU time`);
  console.log(`cleanText on the raw texts: ${r.cleanCpuMs.toFixed(1)} ms of CPU time for ${r.scores.length} texts (best of 3 passes)`);
  console.log('| measure | P | R | F1 | target | tp/fp/fn |');
  console.log('|---|---|---|---|---|---|');
  for (const c of CATEGORIES) {
    const x = s.f1[c];
    const label = c === 'victims' || c === 'attributedTo' ? `incident.${c}` : c;
    console.log(`| ${label} | ${x.p.toFixed(3)} | ${x.r.toFixed(3)} | ${x.f1.toFixed(3)} | ≥ ${TARGETS[c].toFixed(2)} ${x.f1 >= TARGETS[c] ? '✓' : '✗'} | ${x.tp}/${x.fp}/${x.fn} |`);
  }
  const acc = s.isCyberAccuracy;
  console.log(`| incident.isCyber accuracy | | | ${acc === null ? 'n/a' : acc.toFixed(3)} | ≥ 0.95 ${acc !== null && acc >= 0.95 ? '✓' : '✗'} | |`);
  if (s.isCyberRecall !== null) console.log(`| incident.isCyber recall (gold incidents) | | | ${s.isCyberRecall.toFixed(3)} | ≥ 0.97 ${s.isCyberRecall >= 0.97 ? '✓' : '✗'} | |`);
  // measures only the newer gold files annotate (incident.types, incident.victimOrganizations)
  for (const m of EXTRA_MEASURES) {
    const x = s.extra[m];
    if (!x) continue;
    const label = m === 'types' ? 'incident.types (ransomware, data-breach, phishing)' : m === 'victimOrganizations' ? 'incident.victimOrganizations' : 'victim orgs found in organizations/agencies (recall)';
    const target = EXTRA_TARGETS[m];
    const v = m === 'victimOrgsInEntities' ? x.r : x.f1;
    console.log(`| ${label} | ${x.p.toFixed(3)} | ${x.r.toFixed(3)} | ${x.f1.toFixed(3)} | ≥ ${target.toFixed(2)} ${v >= target ? '✓' : '✗'} | ${x.tp}/${x.fp}/${x.fn} |`);
  }
  if (verbose) {
    for (const st of r.scores) {
      const bits = CATEGORIES.flatMap((c) => [
        st.misses[c].length ? `${c} missed: ${st.misses[c].join('; ')}` : '',
        st.extras[c].length ? `${c} extra: ${st.extras[c].join('; ')}` : '',
      ]).filter(Boolean);
      if (st.cyberRight === false) bits.push('isCyber wrong');
      if (st.extra) for (const m of EXTRA_MEASURES) {
        if (st.extra[m].misses.length) bits.push(`${m} missed: ${st.extra[m].misses.join('; ')}`);
        if (st.extra[m].extras.length) bits.push(`${m} extra: ${st.extra[m].extras.join('; ')}`);
      }
      if (bits.length) console.log(`${st.id}\n  ${bits.join('\n  ')}`);
    }
  }
  // cross-check against the shared scorer when it is around
  const shared = '/work/shared/eval/score-entities.mjs';
  if (existsSync(shared) && process.argv.includes('--shared-scorer')) {
    console.log(execFileSync('node', [shared, r.goldDir, r.predsFile], { encoding: 'utf8' }));
  }
}

const sets: Array<SetResult | null> = [
  runSet('project gold (test/fixtures/gold)', 'project', join(root, 'test/fixtures/gold'), join(root, 'test/fixtures/gold/stories')),
  // written for issue 10 in the styles the first sets lack; kept apart so the gap to the tuned-on sets shows
  runSet('project gold, newer stories (test/fixtures/gold/new)', 'project-new', join(root, 'test/fixtures/gold/new'), join(root, 'test/fixtures/gold/new/stories')),
  // a second batch, written after the rules were changed and not tuned on (weaker evidence of a different kind: see RESULTS.md)
  runSet('project gold, second new batch (test/fixtures/gold/new2)', 'project-new2', join(root, 'test/fixtures/gold/new2'), join(root, 'test/fixtures/gold/new2/stories')),
  // a third batch, written after this session's (issue 10, round 2) rule changes and scored once without tuning
  runSet('project gold, third new batch (test/fixtures/gold/new3)', 'project-new3', join(root, 'test/fixtures/gold/new3'), join(root, 'test/fixtures/gold/new3/stories')),
  // a fourth batch, written after every rule change of the session and scored once
  runSet('project gold, fourth new batch (test/fixtures/gold/new4)', 'project-new4', join(root, 'test/fixtures/gold/new4'), join(root, 'test/fixtures/gold/new4/stories')),
  // a fifth batch (issue 10, round 3), written before that round changed any rule; its first run is in RESULTS.md
  runSet('project gold, fifth new batch (test/fixtures/gold/new5)', 'project-new5', join(root, 'test/fixtures/gold/new5'), join(root, 'test/fixtures/gold/new5/stories')),
  // a sixth batch (issue 10, systems round), written before that round changed any rule; its first run is in the commit that added it
  runSet('project gold, sixth new batch (test/fixtures/gold/new6)', 'project-new6', join(root, 'test/fixtures/gold/new6'), join(root, 'test/fixtures/gold/new6/stories')),
  // a seventh batch (issue 10, round 6: incident roles), written before that round changed any rule; its first run is in RESULTS.md
  runSet('project gold, seventh new batch (test/fixtures/gold/new7)', 'project-new7', join(root, 'test/fixtures/gold/new7'), join(root, 'test/fixtures/gold/new7/stories')),
  // an eighth batch (held out from the helpers tuning the extractor in parallel), written in styles the sets lack and scored once
  runSet('project gold, eighth new batch (test/fixtures/gold/new8)', 'project-new8', join(root, 'test/fixtures/gold/new8'), join(root, 'test/fixtures/gold/new8/stories')),
  runSet('shared dev (../shared/eval)', 'shared-dev', '/work/shared/eval/gold-dev', '/work/shared/eval/dev-stories'),
];
console.log(`text preparation: ${cleaner ? 'lib/clean cleanText' : 'minimal (lib/clean not available)'}; predictions in ${outDir}`);
console.log('speed: extract() only (text already cleaned), best of 3 passes, after the one-time gazetteer build');
for (const r of sets) if (r) report(r);
