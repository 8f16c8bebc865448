// Issue 10, seventh round: the 30 trade-press items of cyber-styles-7.fixtures.ts (18 attacks, 12
// controls), written before any change of this round. The batch is scored as a whole, the way the
// research corpus is: isCyber accuracy and recall, and micro-F1 of the scored types. The floors are
// the figures the code reached; a change that loses any of them fails here.
// First run, before any fix: isCyber accuracy 0.767 (23/30), recall 0.944 (17/18); types P 0.609,
// R 0.875, F1 0.718 (tp 14, fp 9, fn 2). After the fixes of this round (incident-causes-7.test.ts),
// written after seeing these misses: accuracy 1.000 (30/30), recall 1.000; types P 0.889, R 1.000,
// F1 0.941 (tp 16, fp 2, fn 0). The two left are labels that differ from the account of the
// research corpus: a ransom demand with no encryption (the batch says data breach only) and a BEC
// sent from a compromised mailbox (the batch says phishing only; the corpus counts "accounts
// compromised" as a breach). They stay as written.
import { extract } from '../../../lib/extract';
import { CYBER_STYLE_CASES_7, type ScoredType } from './cyber-styles-7.fixtures';

const SCORED = new Set<string>(['ransomware', 'data-breach', 'phishing']);

interface BatchScore { accuracy: number; recall: number; typesP: number; typesR: number; typesF1: number; misses: string[] }

function scoreBatch(): BatchScore {
  let right = 0, attacks = 0, caught = 0, tp = 0, fp = 0, fn = 0;
  const misses: string[] = [];
  for (const c of CYBER_STYLE_CASES_7) {
    const i = extract({ headline: c.headline, text: c.text, publishedAt: c.publishedAt }).incident;
    const got = i.types.filter((t) => SCORED.has(t)) as ScoredType[];
    if (i.isCyber === c.isCyber) right++;
    else misses.push(`${c.id}: isCyber ${i.isCyber}`);
    if (c.isCyber) { attacks++; if (i.isCyber) caught++; }
    for (const t of got) if (c.types.includes(t)) tp++; else { fp++; misses.push(`${c.id}: spurious ${t}`); }
    for (const t of c.types) if (!got.includes(t)) { fn++; misses.push(`${c.id}: missed ${t}`); }
  }
  const typesP = tp / (tp + fp || 1), typesR = tp / (tp + fn || 1);
  return { accuracy: right / CYBER_STYLE_CASES_7.length, recall: caught / attacks, typesP, typesR, typesF1: (2 * typesP * typesR) / (typesP + typesR || 1), misses };
}

describe('isCyber and types on the seventh trade-press batch', () => {
  const s = scoreBatch();

  it('holds 18 attacks and 12 controls', () => {
    expect(CYBER_STYLE_CASES_7.filter((c) => c.isCyber)).toHaveLength(18);
    expect(CYBER_STYLE_CASES_7.filter((c) => !c.isCyber)).toHaveLength(12);
  });

  it('keeps isCyber accuracy and recall at or above the floors', () => {
    expect(s.accuracy).toBeGreaterThanOrEqual(0.96);
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps the types micro-F1 at or above the floor', () => {
    expect(s.typesF1).toBeGreaterThanOrEqual(0.9);
  });
});
