// npm run bench:dedup — pair precision and recall of the near-duplicate matcher on the project's
// own fixture set (bench/dedup/fixtures.ts). A pair is "matched" exactly as decideDuplicate would
// link the two: they share a MinHash band (so one finds the other as a candidate) and the exact
// comparison of their shingle sets says near-duplicate.
import { bandsOf, fingerprint, isNearDuplicate, similarity } from '../../lib/pipeline/fingerprint';
import { buildPairs, loadStories } from './fixtures';
import { DEV, FRESH, FRESH_2, FRESH_3, FRESH_4, FRESH_5, SECOND } from './incident-fixtures';
import { formatIncidentScore, scoreIncidents } from './incidents';

async function main(): Promise<void> {
  const pairs = buildPairs(loadStories());
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const misses: string[] = [];
  const byKind = new Map<string, { n: number; right: number }>();
  const sims = { same: [] as number[], distinct: [] as number[] };
  for (const p of pairs) {
    const a = fingerprint(p.aText);
    const b = fingerprint(p.bText);
    const shareBand = Boolean(a && b && bandsOf(a.shingles).some((x) => b.bands.includes(x)));
    const matched = Boolean(a && b && shareBand && isNearDuplicate(a.shingles, b.shingles));
    const s = a && b ? similarity(a.shingles, b.shingles) : null;
    if (s) (p.same ? sims.same : sims.distinct).push(s.containment);
    if (p.same && matched) tp++;
    else if (p.same) fn++;
    else if (matched) fp++;
    else tn++;
    const k = byKind.get(p.kind) ?? { n: 0, right: 0 };
    k.n++;
    if (matched === p.same) k.right++;
    else misses.push(`  ${p.same ? 'missed' : 'false match'}: ${p.a} / ${p.b} (containment ${s?.containment.toFixed(3)}, size ratio ${s?.sizeRatio.toFixed(3)}, share a band: ${shareBand})`);
    byKind.set(p.kind, k);
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const same = pairs.filter((p) => p.same).length;
  const out = [
    `story clusters: ${pairs.length} pairs (${same} republished, ${pairs.length - same} distinct but similar)`,
    `  pair precision ${precision.toFixed(3)} (target >= 0.98), recall ${recall.toFixed(3)} (target >= 0.95)   tp ${tp} fp ${fp} fn ${fn} tn ${tn}`,
    `  containment: republished pairs min ${Math.min(...sims.same).toFixed(3)}, distinct pairs max ${Math.max(...sims.distinct).toFixed(3)} (threshold 0.8)`,
    '  by kind (right / pairs):',
    ...[...byKind.entries()].map(([k, v]) => `    ${v.right}/${v.n}  ${k}`),
    ...(misses.length ? ['  wrong:', ...misses] : []),
  ];
  process.stdout.write(`${out.join('\n')}\n`);

  // Incident grouping: the set it was tuned on, the second set (held back once, then tuned on),
  // the sets written after a change (the first three since seen while tuning the extractor), and
  // the fourth, written after the sixth session's merges, and the fifth, held out while others tuned.
  const sets: Array<[string, typeof DEV]> = [
    ['incident clusters (tuning set)', DEV],
    ['incident clusters (second set: held back at first, its failures then fixed)', SECOND],
    ['incident clusters (fresh set, written after the last change)', FRESH],
    ['incident clusters (fresh set 2, written after the last change)', FRESH_2],
    ['incident clusters (fresh set 3, written after the last change)', FRESH_3],
    ['incident clusters (fresh set 4, written after the sixth session\'s merges)', FRESH_4],
    ['incident clusters (fresh set 5, held out while others tuned the extractor)', FRESH_5],
  ];
  const unseen = { tp: 0, fp: 0, fn: 0 };
  for (const [title, set] of sets) {
    const score = await scoreIncidents(set);
    if (set === FRESH || set === FRESH_2 || set === FRESH_3 || set === FRESH_4 || set === FRESH_5) {
      unseen.tp += score.tp;
      unseen.fp += score.fp;
      unseen.fn += score.fn;
    }
    process.stdout.write(`\n${formatIncidentScore(title, score, true).join('\n')}\n`);
  }
  // The five fresh sets, their pairs pooled: what to expect on new copy.
  const p = unseen.tp / (unseen.tp + unseen.fp || 1);
  const r = unseen.tp / (unseen.tp + unseen.fn || 1);
  process.stdout.write(`\nincident clusters, the five fresh sets pooled: pair precision ${p.toFixed(3)}, recall ${r.toFixed(3)}   tp ${unseen.tp} fp ${unseen.fp} fn ${unseen.fn}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
