// What the incident grouper compares between stories: the entities of a browse entry,
// normalised so that two outlets' spellings of one name meet. Pure: no I/O.
import type { BrowseEntry } from '../store';

export interface StoryFeatures {
  /** The story's time (publishedAt, else fetchedAt), ms. */
  t: number;
  /** Organizations the story says were hit (normalised keys). */
  victimOrgs: string[];
  /**
   * The victims the story is about: those of its victim organizations its headline names, else
   * all of them. A story that also recalls an earlier attack names that victim too, rarely in
   * its headline.
   */
  mainVictims: string[];
  /** Every organization named, victims included (normalised keys). */
  orgs: string[];
  actors: string[];
  systems: string[];
  agencies: string[];
  /** Victim country codes. */
  victims: string[];
  /** The extractor's call: a story about a cyber incident. */
  cyber: boolean;
  attributedTo: string[];
  /** Incident types other than the generic "cyberattack". */
  types: string[];
  /**
   * The headline as a name key with a space at each end (" rackspace confirms ransomware … "): a
   * victim one side names is looked for in the other's headline, which names it even when the
   * extractor found no organization in that story.
   */
  heads: string[];
}

// Legal-form words that one outlet writes and another drops ("Colonial Pipeline Co.").
const LEGAL_FORMS = new Set(['inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'corp', 'corporation', 'co', 'company', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'spa', 'the']);

/** Lower case, no accents or punctuation, no legal-form words: "Colonial Pipeline Co." → "colonial pipeline". */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !LEGAL_FORMS.has(w));
  return words.join(' ');
}

/**
 * Two keys name one organization when equal or when one is the other's leading words
 * ("medibank" / "medibank private"), the shorter having at least 4 letters so that
 * a lone "national" does not meet everything.
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(`${short} `);
}

/** `compute` answered once per distinct string, from a map emptied when it reaches `max` entries. */
function memoized(max: number, compute: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      cache.set(s, (v = compute(s)));
    }
    return v;
  };
}

// Names repeat across stories: regrouping 50,000 stories normalises each distinct name once.
const cachedKey = memoized(20_000, nameKey);

const NONE: string[] = [];

/** Normalised keys of one or two name lists, each once; the shared empty array when there are none. */
function keys(names: string[], more: string[] = NONE): string[] {
  if (!names.length && !more.length) return NONE;
  const out: string[] = [];
  for (const list of [names, more]) {
    for (const n of list) {
      const k = cachedKey(n);
      if (k && !out.includes(k)) out.push(k);
    }
  }
  return out;
}

/** The list itself when it holds no value twice (the usual case): no copy. */
function unique(list: string[]): string[] {
  for (let i = 1; i < list.length; i++) if (list.indexOf(list[i]) < i) return [...new Set(list)];
  return list;
}

// Regrouping reads every story: what is made here per story is kept small (shared empty arrays,
// the entry's own arrays when they need no change), so a regrouping leaves little garbage.
export function featuresOf(e: BrowseEntry): StoryFeatures {
  const victimOrgs = keys(e.incident.victimOrganizations ?? NONE);
  const headline = headKey(e.headline);
  let mainVictims = victimOrgs;
  if (victimOrgs.length > 1) {
    const named = victimOrgs.filter((v) => headline.includes(` ${v} `));
    if (named.length) mainVictims = named;
  }
  const types = e.incident.types;
  return {
    t: Date.parse(e.at),
    victimOrgs,
    mainVictims,
    orgs: keys(e.incident.victimOrganizations ?? NONE, e.organizations),
    actors: keys(e.actors, e.aka?.actors ?? NONE),
    systems: keys(e.systems),
    agencies: keys(e.agencies),
    victims: unique(e.incident.victims),
    cyber: e.incident.isCyber,
    attributedTo: unique(e.incident.attributedTo),
    types: types.includes('cyberattack') ? types.filter((t) => t !== 'cyberattack') : types,
    heads: headline.length > 2 ? [headline] : NONE,
  };
}

// One key per headline: a regrouping reads every story, and most headlines come back (copies).
const headKey = memoized(20_000, (headline) => ` ${nameKey(headline)} `);

/** A name key (one or more words) that a headline key holds as whole words. */
export function headlineNames(heads: readonly string[], key: string): boolean {
  if (key.length < 4) return false;
  for (const h of heads) if (h.includes(` ${key} `)) return true;
  return false;
}

/** The first word of a name: where candidates are looked up, so that "medibank" finds "medibank private". */
export function lookupWord(key: string): string {
  const i = key.indexOf(' ');
  return i < 0 ? key : key.slice(0, i);
}
