// Groups stories into incidents, one story at a time in time order. Pure: no I/O.
//
// A story joins the open incident it fits best, or opens a new one. The fit is a score over
// what the two share (victim organizations first, then other organizations, actors, systems,
// agencies, victim countries, attribution, incident type), each name weighted by how specific
// it is among the open incidents (a name many of them share, like "FBI" or a big country,
// counts for less), minus a little per day since the incident's last story.
//
// A score alone never joins: the story must share something that singles out one attack (an
// anchor): a victim organization; another organization that few open incidents name; an actor
// together with the victim country, when the two do not name different organizations; or a
// victim country no other open incident has. And some disagreements forbid a join whatever the
// score: both sides name victim organizations and none meet; both name victim countries and
// none meet (unless a victim organization does). Attribution or actors that disagree cost but do
// not forbid: an attack first blamed on one group and later on another is still one attack, and
// the incident keeps each claim with its story.
//
// Stories the extractor did not call cyber (follow-ups that say "the outage", "the hack" without
// the words it looks for) join an incident only through one of its victim organizations; one
// that comes first opens a hidden incident that shows once a cyber story joins it.
//
// An incident closes (takes no more stories) MAX_GAP_DAYS after its last story (MAX_GAP_NAMED_DAYS
// for a story naming one of its victim organizations), or MAX_SPAN_DAYS after its first: a victim
// hit again a year later is a new incident. Processing in (at, id) order makes the result a
// function of the set of stories: adding stories newer than all before gives what a rebuild from
// scratch would give.
import type { IndexedEntry } from '../web/browse-snapshot';
import { featuresOf, headlineNames, lookupWord, sameName, type StoryFeatures } from './features';

const DAY = 86_400_000;
export const MAX_GAP_DAYS = 10;
export const MAX_GAP_NAMED_DAYS = 30;
export const MAX_SPAN_DAYS = 60;
/** A story with an anchor joins an incident at this score or above. */
export const JOIN_SCORE = 1;
/** A name held by more open incidents than this is too common to look candidates up by. */
export const MAX_SHARING = 16;

const W = {
  victimOrg: 3,
  org: 1.5,
  actor: 1.5,
  system: 0.7,
  agency: 0.4,
  victimCountry: 2,
  attribution: 0.5,
  type: 0.5,
  attributionConflict: 2,
  actorConflict: 1.5,
  perDay: 0.05,
};

/**
 * The names an open incident's stories hold. Lists, not sets: an incident holds a few names of
 * each kind. A one-story incident (most of them) keeps none: its profile is its story's
 * features, worked out again when needed, so what a regrouping keeps for a while and then drops
 * is small (kept objects that die later are what makes a heap grow).
 */
export type Profile = Pick<StoryFeatures, 'victimOrgs' | 'mainVictims' | 'orgs' | 'actors' | 'systems' | 'agencies' | 'victims' | 'attributedTo' | 'types' | 'heads'>;

const PROFILE_KEYS = ['victimOrgs', 'mainVictims', 'orgs', 'actors', 'systems', 'agencies', 'victims', 'attributedTo', 'types', 'heads'] as const;

/** What an open incident keeps for matching; dropped when it closes, so a closed incident is its stories only. */
export interface OpenState {
  firstT: number;
  lastT: number;
  /** Null while the incident has one story: its profile is then featuresOf(that story). */
  profile: Profile | null;
  /** Candidate-lookup mark (the story being matched), so an incident is scored once per story. */
  mark: number;
}

export class Incident {
  /** Its stories, oldest first. */
  members: IndexedEntry[];
  /** How many of its stories the extractor called cyber: an incident with none is not shown. */
  cyber = 0;
  /** Null once the incident is closed. */
  open: OpenState | null;

  constructor(first: IndexedEntry, f: StoryFeatures) {
    this.members = [first];
    this.open = { firstT: f.t, lastT: f.t, profile: null, mark: 0 };
  }

  /**
   * The id of its first story: the same set of stories gives the same id, and no string is kept
   * per incident. A story dated before the first that joins later gives the incident a new id.
   */
  get id(): string {
    return this.members[0].entry.id;
  }
}

function profileOf(inc: Incident): Profile {
  return inc.open!.profile ?? featuresOf(inc.members[0].entry);
}

/** Adds a story's (or another incident's) names to an open incident's profile (call before adding the story to its members). */
function addTo(inc: Incident, f: Profile): void {
  const o = inc.open!;
  if (!o.profile) {
    const first = featuresOf(inc.members[0].entry);
    const own = {} as Record<(typeof PROFILE_KEYS)[number], string[]>;
    for (const k of PROFILE_KEYS) own[k] = [...first[k]];
    o.profile = own;
  }
  const p = o.profile as Record<(typeof PROFILE_KEYS)[number], string[]>;
  for (const k of PROFILE_KEYS) for (const v of f[k]) if (!p[k].includes(v)) p[k].push(v);
}

/**
 * Open incidents by one kind of name. A name most often belongs to one incident: it is then
 * kept as that incident, not as a one-element collection.
 */
class NameIndex {
  private readonly map = new Map<string, Incident | Incident[]>();

  size(key: string): number {
    const v = this.map.get(key);
    return v === undefined ? 0 : Array.isArray(v) ? v.length : 1;
  }

  get(key: string): readonly Incident[] | Incident | undefined {
    return this.map.get(key);
  }

  add(key: string, inc: Incident): void {
    const v = this.map.get(key);
    if (v === undefined) this.map.set(key, inc);
    else if (Array.isArray(v)) {
      if (!v.includes(inc)) v.push(inc);
    } else if (v !== inc) this.map.set(key, [v, inc]);
  }

  delete(key: string, inc: Incident): void {
    const v = this.map.get(key);
    if (v === inc) this.map.delete(key);
    else if (Array.isArray(v)) {
      const i = v.indexOf(inc);
      if (i >= 0) v.splice(i, 1);
      if (v.length === 1) this.map.set(key, v[0]);
    }
  }
}

function meetsIn(n: string, list: readonly string[]): boolean {
  for (const m of list) if (sameName(n, m)) return true;
  return false;
}

function meets(names: readonly string[], list: readonly string[]): boolean {
  for (const n of names) if (meetsIn(n, list)) return true;
  return false;
}

/** A victim of one side that the other side's headline names ("Ascension" in "Nurses at Ascension hospitals …"). */
function namedIn(victims: readonly string[], heads: readonly string[]): boolean {
  for (const v of victims) if (headlineNames(heads, v)) return true;
  return false;
}

function sharesAny(list: readonly string[], other: readonly string[]): boolean {
  for (const x of list) if (other.includes(x)) return true;
  return false;
}

/** How specific a name is: 1 when only one open incident holds it, less the more do. */
export type Specificity = (kind: 'o' | 'a' | 's' | 'g' | 'c', key: string) => number;

export interface Fit {
  score: number;
  /** What singles out the attack, or null: without an anchor there is no join. */
  anchor: 'victim-organization' | 'organization' | 'actor-and-victim-country' | 'victim-country' | 'actor' | null;
  /** A victim organization of one side is named by the other. */
  victimOrgMet: boolean;
}

/** How well a story fits an open incident; null when it must not join it. */
export function fitOf(f: StoryFeatures, p: Profile, lastT: number, spec: Specificity): Fit | null {
  // Both name victims: the ones they are about must meet (except in a supply-chain attack, where
  // every customer of the supplier is a victim). One side only: the other must name it somewhere:
  // as an organization, an agency (victims are often agencies: "Finance Ministry") or in a
  // system's name ("Garmin Connect", "Kaseya VSA": a product is named after its maker).
  let victimOrgMet: boolean;
  if (f.victimOrgs.length && p.victimOrgs.length) {
    // (or one side's victim is in the other's headline: "UKG says Kronos cloud restoration …" for Kronos)
    victimOrgMet = meets(f.mainVictims, p.mainVictims) || namedIn(f.mainVictims, p.heads) || namedIn(p.mainVictims, f.heads);
    const supplyChain = f.types.includes('supply-chain') || p.types.includes('supply-chain');
    if (!victimOrgMet && !(supplyChain && meets(f.victimOrgs, p.victimOrgs))) return null;
    victimOrgMet ||= supplyChain;
  } else if (f.victimOrgs.length) victimOrgMet = meets(f.mainVictims, p.orgs) || meets(f.mainVictims, p.agencies) || meets(f.mainVictims, p.systems) || namedIn(f.mainVictims, p.heads);
  else victimOrgMet = p.mainVictims.length > 0 && (meets(p.mainVictims, f.orgs) || meets(p.mainVictims, f.agencies) || meets(p.mainVictims, f.systems) || namedIn(p.mainVictims, f.heads));
  // Not called cyber: only the incident's named victim brings it in.
  if (!f.cyber && !victimOrgMet) return null;

  const victimsMet = sharesAny(f.victims, p.victims);
  if (f.victims.length && p.victims.length && !victimsMet && !victimOrgMet) return null;

  let orgScore = 0;
  for (const o of f.orgs) if (meetsIn(o, p.orgs) || meetsIn(o, p.systems)) orgScore += W.org * spec('o', o);
  for (const s of f.systems) if (!p.systems.includes(s) && meetsIn(s, p.orgs)) orgScore += W.org * spec('s', s);
  let actorScore = 0;
  for (const a of f.actors) if (p.actors.includes(a)) actorScore += W.actor * spec('a', a);
  let countryScore = 0;
  for (const c of f.victims) if (p.victims.includes(c)) countryScore = Math.max(countryScore, W.victimCountry * spec('c', c));
  let score = (victimOrgMet ? W.victimOrg : 0) + orgScore + actorScore + countryScore;
  for (const s of f.systems) if (p.systems.includes(s)) score += W.system * spec('s', s);
  for (const g of f.agencies) if (p.agencies.includes(g)) score += W.agency * spec('g', g);
  if (f.attributedTo.length && p.attributedTo.length) score += sharesAny(f.attributedTo, p.attributedTo) ? W.attribution : -W.attributionConflict;
  const actorConflict = f.actors.length > 0 && p.actors.length > 0 && actorScore === 0;
  if (actorConflict) score -= W.actorConflict;
  if (sharesAny(f.types, p.types)) score += W.type;

  // A named organization in common keeps an incident open longer than a country or an actor does.
  const named = victimOrgMet || orgScore >= W.org * 0.5;
  const gapDays = Math.max(0, f.t - lastT) / DAY;
  if (gapDays > (named ? MAX_GAP_NAMED_DAYS : MAX_GAP_DAYS)) return null;
  score -= gapDays * W.perDay;

  // Organizations only (not agencies): two stories naming different companies are about different victims.
  const orgsDisagree = f.orgs.length > 0 && p.orgs.length > 0 && orgScore === 0;
  const namesNoVictim = !f.victimOrgs.length && !f.orgs.length && !f.victims.length;
  let anchor: Fit['anchor'] = null;
  if (victimOrgMet) anchor = 'victim-organization';
  else if (orgScore >= W.org * 0.5) anchor = 'organization';
  else if (actorScore >= W.actor * 0.5 && victimsMet && !orgsDisagree) anchor = 'actor-and-victim-country';
  else if (countryScore >= W.victimCountry && !actorConflict && !orgsDisagree) anchor = 'victim-country';
  // A story that names an actor and no victim at all: the one open incident of that actor.
  else if (actorScore >= W.actor && namesNoVictim) anchor = 'actor';
  return { score, anchor, victimOrgMet };
}

/** Kinds of names open incidents are looked up by: organization, its first word, actor, system, agency, victim country. */
type NameKind = 'o' | 'w' | 'a' | 's' | 'g' | 'c';

/** Calls fn(kind, key) for every name a profile holds, first words included. */
function eachName(p: Profile, fn: (kind: NameKind, key: string) => void): void {
  for (const o of p.orgs) { fn('o', o); fn('w', lookupWord(o)); }
  for (const g of p.agencies) { fn('g', g); fn('w', lookupWord(g)); }
  for (const a of p.actors) fn('a', a);
  for (const sys of p.systems) { fn('s', sys); fn('w', lookupWord(sys)); }
  for (const c of p.victims) fn('c', c);
}

export class IncidentGrouper {
  /** Every incident, in the order they were opened (their first story's time), hidden ones included. */
  readonly incidents: Incident[] = [];
  /** The (at, id) of the last story added: later stories may be added, earlier ones need a rebuild. */
  last: { at: string; id: string } | null = null;
  private open: Incident[] = [];
  /** Open incidents by the names they hold, per kind of name. */
  private readonly byName: Record<NameKind, NameIndex> = { o: new NameIndex(), w: new NameIndex(), a: new NameIndex(), s: new NameIndex(), g: new NameIndex(), c: new NameIndex() };
  /** Stories of open incidents: a republished copy joins its original's incident. */
  private readonly storyOf = new Map<string, Incident>();
  private sweptAt = -Infinity;
  private marks = 0;

  /** True when `x` sorts after every story added so far, so add() keeps the result a rebuild would give. */
  canAppend(x: { at: string; id: string }): boolean {
    return !this.last || x.at > this.last.at || (x.at === this.last.at && x.id > this.last.id);
  }

  /** Adds one story (oldest first); returns its incident, or null for a story that cannot belong to one. */
  add(x: IndexedEntry): Incident | null {
    const e = x.entry;
    this.last = { at: e.at, id: e.id };
    const f = featuresOf(e);
    if (!Number.isFinite(f.t)) return null;
    // A story that is not cyber and names no organization has nothing to join by.
    if (!f.cyber && !f.orgs.length && !f.agencies.length) return null;
    this.closeBefore(f.t);
    let target = e.duplicateOf ? (this.storyOf.get(e.duplicateOf) ?? null) : null;
    if (!target) {
      let fits: Array<{ inc: Incident; score: number; named: boolean }> | null = null;
      for (const inc of this.candidates(f)) {
        // Two stories not called cyber never make an incident between them.
        if (!f.cyber && !inc.cyber) continue;
        const fit = fitOf(f, profileOf(inc), inc.open!.lastT, this.specificity);
        if (fit?.anchor && fit.score >= JOIN_SCORE) (fits ??= []).push({ inc, score: fit.score, named: fit.anchor === 'victim-organization' });
      }
      if (fits) {
        fits.sort((a, b) => b.score - a.score || a.inc.open!.firstT - b.inc.open!.firstT);
        target = fits[0].inc;
        // A story that names the victim of several open incidents shows they are one: join them.
        if (fits[0].named) for (const other of fits.slice(1)) if (other.named) target = this.merge(target, other.inc);
      }
    }
    if (target) {
      addTo(target, f);
      target.members.push(x);
      target.open!.lastT = Math.max(target.open!.lastT, f.t);
    } else {
      target = new Incident(x, f);
      this.incidents.push(target);
      this.open.push(target);
    }
    if (f.cyber) target.cyber++;
    this.storyOf.set(e.id, target);
    const inc = target;
    eachName(f, (kind, k) => this.byName[kind].add(k, inc));
    return target;
  }

  /** The shown incident with this id, or undefined. A scan: incidents keep no id index (memory). */
  find(id: string): Incident | undefined {
    for (const inc of this.incidents) if (inc.members[0].entry.id === id) return inc;
    return undefined;
  }

  /** One incident out of two: the one opened first keeps its id and takes the other's stories. */
  private merge(a: Incident, b: Incident): Incident {
    const ao = a.open!;
    const bo = b.open!;
    const [keep, gone] = ao.firstT < bo.firstT || (ao.firstT === bo.firstT && a.id < b.id) ? [a, b] : [b, a];
    const ko = keep.open!;
    const go = gone.open!;
    const goneProfile = profileOf(gone);
    addTo(keep, goneProfile);
    keep.members = [...keep.members, ...gone.members].sort(compareOldestFirst);
    ko.firstT = Math.min(ko.firstT, go.firstT);
    ko.lastT = Math.max(ko.lastT, go.lastT);
    keep.cyber += gone.cyber;
    eachName(goneProfile, (kind, k) => {
      this.byName[kind].delete(k, gone);
      this.byName[kind].add(k, keep);
    });
    for (const m of gone.members) this.storyOf.set(m.entry.id, keep);
    this.incidents.splice(this.incidents.indexOf(gone), 1);
    this.open = this.open.filter((i) => i !== gone);
    return keep;
  }

  private readonly specificity: Specificity = (kind, key) => {
    const n = this.byName[kind].size(key);
    return 1 / Math.sqrt(Math.max(1, n));
  };

  /** Open incidents sharing a name with the story, each once (marked with this story's number). */
  private candidates(f: StoryFeatures): Incident[] {
    const mark = ++this.marks;
    const out: Incident[] = [];
    // A name that many open incidents share cannot single one out: it brings no candidates.
    const take = (i: Incident) => {
      if (i.open!.mark === mark) return;
      i.open!.mark = mark;
      out.push(i);
    };
    const from = (v: readonly Incident[] | Incident | undefined) => {
      if (v === undefined) return;
      if (!Array.isArray(v)) take(v as Incident);
      else if (v.length <= MAX_SHARING) for (const i of v) take(i);
    };
    const w = this.byName.w;
    for (const o of f.orgs) from(w.get(lookupWord(o)));
    for (const g of f.agencies) from(w.get(lookupWord(g)));
    for (const sys of f.systems) from(w.get(lookupWord(sys)));
    for (const a of f.actors) from(this.byName.a.get(a));
    // The headline's words: an incident whose victim it names (fitOf checks the whole name).
    for (const h of f.heads) for (const word of h.split(' ')) if (word.length >= 4) from(w.get(word));
    // A victim country reaches an incident as an anchor only when it is the only one open with it.
    for (const c of f.victims) {
      const v = this.byName.c.get(c);
      if (v !== undefined && !Array.isArray(v)) from(v);
    }
    return out;
  }

  /** Closes the incidents a story at time t can no longer join, and forgets what matching kept for them. */
  private closeBefore(t: number): void {
    if (t - this.sweptAt < DAY / 4) return;
    this.sweptAt = t;
    const still: Incident[] = [];
    for (const inc of this.open) {
      const o = inc.open!;
      if (t - o.lastT <= MAX_GAP_NAMED_DAYS * DAY && t - o.firstT <= MAX_SPAN_DAYS * DAY) {
        still.push(inc);
        continue;
      }
      eachName(profileOf(inc), (kind, k) => this.byName[kind].delete(k, inc));
      for (const m of inc.members) if (this.storyOf.get(m.entry.id) === inc) this.storyOf.delete(m.entry.id);
      inc.open = null;
    }
    this.open = still;
  }
}

function compareOldestFirst(a: IndexedEntry, b: IndexedEntry): number {
  return a.entry.at < b.entry.at ? -1 : a.entry.at > b.entry.at ? 1 : a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}

/** Groups a set of entries from scratch (any order given; processed oldest first). */
export function groupIncidents(entries: IndexedEntry[]): IncidentGrouper {
  const g = new IncidentGrouper();
  const sorted = [...entries].sort(compareOldestFirst);
  for (const x of sorted) g.add(x);
  return g;
}
