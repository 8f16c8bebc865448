// Incident grouping scored on bench/dedup/incident-fixtures.ts: each story goes through the real
// cleaner and extractor (cleanText → recordFromPage → toBrowseEntry, as the pipeline and the
// browse index make it), the grouper groups the entries, and every pair of stories counts as
// right when "same incident" agrees with the fixture.
import { cleanText } from '../../lib/clean';
import { groupIncidents, summaryOf } from '../../lib/incidents';
import { recordFromPage } from '../../lib/record';
import { toBrowseEntry } from '../../lib/store';
import type { IndexedEntry } from '../../lib/web/browse-snapshot';
import type { IncidentStory } from './incident-fixtures';

export interface IncidentScore {
  stories: number;
  incidents: number;
  /** Gold incidents of three or more stories. */
  big: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  wrong: string[];
  labels: string[];
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

export async function entriesOf(stories: IncidentStory[]): Promise<IndexedEntry[]> {
  const out: IndexedEntry[] = [];
  for (const [i, s] of stories.entries()) {
    const at = `${s.date}T${String(6 + (i % 12)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00.000Z`;
    const cleaned = await cleanText(`${s.headline}\n\n${s.paragraphs.join('\n\n')}\n`, { fetchedAt: at });
    // The fixture states the day; what is scored is the grouping, not date reading.
    cleaned.publishedAt = at;
    cleaned.publishedDate = s.date;
    cleaned.publisher = s.outlet;
    const url = `https://${slug(s.outlet)}.example.com/${s.date}/${slug(s.headline)}`;
    const r = await recordFromPage({ url, feedUrl: null, fetchedAt: at, cleaned, publisher: s.outlet });
    out.push({ entry: toBrowseEntry(r, at) });
  }
  return out;
}

export async function scoreIncidents(stories: IncidentStory[]): Promise<IncidentScore> {
  const entries = await entriesOf(stories);
  const g = groupIncidents(entries);
  const predicted = new Map<string, string>();
  const shown = g.incidents.filter((inc) => inc.cyber > 0);
  for (const inc of shown) for (const m of inc.members) predicted.set(m.entry.id, inc.id);
  const gold = new Map(entries.map((x, i) => [x.entry.id, stories[i].incident]));
  const name = new Map(entries.map((x, i) => [x.entry.id, `${stories[i].incident} ${stories[i].date} "${stories[i].headline.slice(0, 50)}"`]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const wrong: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i].entry.id;
      const b = entries[j].entry.id;
      const same = gold.get(a) === gold.get(b);
      // A story left out of every incident (not recognised as cyber) is alone.
      const together = predicted.has(a) && predicted.get(a) === predicted.get(b);
      if (same && together) tp++;
      else if (same) {
        fn++;
        wrong.push(`  split: ${name.get(a)} / ${name.get(b)}${predicted.has(a) && predicted.has(b) ? '' : ' (one in no incident)'}`);
      } else if (together) {
        fp++;
        wrong.push(`  merged: ${name.get(a)} / ${name.get(b)}`);
      } else tn++;
    }
  }
  const counts = new Map<string, number>();
  for (const s of stories) counts.set(s.incident, (counts.get(s.incident) ?? 0) + 1);
  return {
    stories: stories.length,
    incidents: counts.size,
    big: [...counts.values()].filter((n) => n >= 3).length,
    tp, fp, fn, tn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    wrong,
    labels: shown.map((inc) => `    ${String(inc.members.length).padStart(2)}  ${summaryOf(inc).label}`),
  };
}

export function formatIncidentScore(title: string, s: IncidentScore, withLabels: boolean): string[] {
  return [
    `${title}: ${s.stories} stories, ${s.incidents} incidents (${s.big} of 3 or more stories, the rest distractors)`,
    `  pair precision ${s.precision.toFixed(3)} (target >= 0.95), recall ${s.recall.toFixed(3)} (target >= 0.85)   tp ${s.tp} fp ${s.fp} fn ${s.fn} tn ${s.tn}`,
    ...(withLabels ? ['  incidents found (stories, label):', ...s.labels] : []),
    ...(s.wrong.length ? ['  wrong pairs:', ...s.wrong] : []),
  ];
}
