// The synthetic store of bench:api: clones of the e2e fixture records with new URLs (so ids),
// dates over two years and actors, countries and types drawn from pools. Deterministic.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyId, sha256Hex } from '../../lib/url';
import type { IncidentType, StoryRecord } from '../../lib/types';

const ROOT = join(__dirname, '..', '..');
const START = Date.parse('2024-01-01T00:00:00Z');
const SPAN_MS = 2 * 365 * 86_400_000;

const COUNTRIES = ['UA', 'US', 'GB', 'DE', 'FR', 'AL', 'CR', 'AU', 'JP', 'KR', 'IN', 'BR', 'NL', 'PL', 'EE', 'IL', 'SA', 'TW', 'CA', 'IT'];
const ATTACKERS = ['RU', 'CN', 'IR', 'KP', 'BY'];
const ACTORS = ['Sandworm', 'APT28', 'APT29', 'Lazarus Group', 'Volt Typhoon', 'LockBit', 'Conti', 'ALPHV', 'Scattered Spider', 'Cl0p', 'Charming Kitten', 'Turla'];
const TYPES: IncidentType[] = ['cyberattack', 'ransomware', 'ddos', 'wiper', 'data-breach', 'espionage', 'defacement', 'phishing', 'supply-chain'];
const WORDS = ['port', 'hospital', 'ministry', 'pipeline', 'election', 'railway', 'airport', 'bank', 'university', 'telecom', 'grid', 'water'];

/** Deterministic pseudo-random numbers: the same store on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const templates: StoryRecord[] = readdirSync(join(ROOT, 'test/e2e/fixtures/records'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(ROOT, 'test/e2e/fixtures/records', f), 'utf8')) as StoryRecord)
  .filter((r) => !r.duplicateOf);

export function clone(i: number, rand: () => number): StoryRecord {
  const t = templates[i % templates.length];
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const url = `https://bench.example.com/${i.toString(36)}/${pick(WORDS)}`;
  const at = new Date(START + Math.floor(rand() * SPAN_MS)).toISOString();
  const fetchedAt = new Date(Date.parse(at) + 3_600_000).toISOString();
  const victim = pick(COUNTRIES);
  const cyber = rand() < 0.85;
  const attributed = cyber && rand() < 0.5 ? [pick(ATTACKERS)] : [];
  const actor = cyber && rand() < 0.6 ? [{ name: pick(ACTORS), mentions: 2 }] : [];
  const word = pick(WORDS);
  const headline = `${t.headline.split(' ').slice(0, 6).join(' ')} ${word} ${i}`;
  return {
    ...t,
    id: storyId(url),
    url,
    canonicalUrl: url,
    headline,
    publishedAt: at,
    fetchedAt,
    summary: `${word} systems in ${victim} were disrupted. ${t.summary}`,
    countries: [{ code: victim, name: victim, mentions: 3 }, ...attributed.map((c) => ({ code: c, name: c, mentions: 1 }))],
    actors: actor,
    incident: { ...t.incident, isCyber: cyber, types: cyber ? [pick(TYPES)] : [], victims: cyber ? [victim] : [], attributedTo: attributed },
    contentHash: sha256Hex(t.text),
    duplicateOf: null,
  };
}

