// Groups cyber-incident stories into incidents, one story at a time in time order. Pure: no I/O.
//
// A story joins the open incident it fits best, or opens a new one. "Fits" is a score over
// what the two share: victim organizations first, then other organizations, actors,
// systems and agencies (each weighted by how specific it is: a name that many open incidents
// share, like "FBI" or "Microsoft", counts for less), victim countries, attribution and
// incident type; minus the time since the incident's last story. Two things forbid a join
// whatever the score: both sides name victim organizations and none of them meet, or both
// name victim countries and none meet (and no victim organization does). Attribution that
// disagrees (both attribute, to different countries) costs, but does not forbid: an attack
// first blamed on one state and later on another is still one attack, and the incident keeps
// each claim with its story.
//
// An incident closes (takes no more stories) once MAX_GAP_DAYS pass without a story, or
// MAX_SPAN_DAYS after its first: a victim hit again a year later is a new incident. Processing
// in (at, id) order makes the result a function of the set of stories: adding stories newer
// than all before gives what a rebuild from scratch would give.
import { createHash } from 'node:crypto';
import type { IndexedEntry } from '../web/browse-snapshot';
import { featuresOf, lookupWord, sameName, type StoryFeatures } from './features';

const DAY = 86_400_000;
export const MAX_GAP_DAYS = 10;
export const MAX_SPAN_DAYS = 60;
/** A story joins an incident at this score or above. */
export const JOIN_SCORE = 3;

const W = {
  victimOrg: 3,
  org: 1.5,
  actor: 1.5,
  system: 0.7,
  agency: 0.4,
  victimCountry: 1,
  attribution: 0.5,
  type: 0.5,
  attributionConflict: 2,
  perDay: 0.15,
};

/** What an open incident's stories name, with how many stories name each. */
export interface Profile {
  victimOrgs: Set<string>;
  orgs: Set<string>;
  actors: Set<string>;
  systems: Set<string>;
  agencies: Set<string>;
  victims: Set<string>;
  attributedTo: Set<string>;
  types: Set<string>;
}

export interface Incident {
  /** 16 hex digits, from the id of its first story: the same set of stories gives the same id. */
  id: string;
  /** Its stories, oldest first. */
  members: IndexedEntry[];
  firstT: number;
  lastT: number;
  /** Null once the incident is closed: only open incidents keep what matching needs. */
  profile: Profile | null;
}

export function incidentIdOf(firstStoryId: string): string {
  return createHash('sha256').update(`incident\n${firstStoryId}`).digest('hex').slice(0, 16);
}

function emptyProfile(): Profile {
  return { victimOrgs: new Set(), orgs: new Set(), actors: new Set(), systems: new Set(), agencies: new Set(), victims: new Set(), attributedTo: new Set(), types: new Set() };
}

function addTo(p: Profile, f: StoryFeatures): void {
  for (const k of f.victimOrgs) p.victimOrgs.add(k);
  for (const k of f.orgs) p.orgs.add(k);
  for (const k of f.actors) p.actors.add(k);
  for (const k of f.systems) p.systems.add(k);
  for (const k of f.agencies) p.agencies.add(k);
  for (const k of f.victims) p.victims.add(k);
  for (const k of f.attributedTo) p.attributedTo.add(k);
  for (const k of f.types) p.types.add(k);
}

function meetsAny(names: string[], set: Set<string>): string | null {
  for (const n of names) {
    if (set.has(n)) return n;
    for (const m of set) if (sameName(n, m)) return n;
  }
  return null;
}

function sharesAny(list: string[], set: Set<string>): boolean {
  for (const x of list) if (set.has(x)) return true;
  return false;
}

/** How specific a name is: 1 when only this incident among the open ones names it, less the more do. */
export type Specificity = (kind: 'o' | 'a' | 's' | 'g', key: string) => number;

export interface Fit {
  score: number;
  /** The story shares something that singles out one attack: a victim or other organization, or an actor on the same victims. */
  anchored: boolean;
}

/** How well a story fits an open incident; null when it cannot join it at all. */
export function fitOf(f: StoryFeatures, p: Profile, lastT: number, spec: Specificity): Fit | null {
  const victimOrgMet = Boolean(meetsAny(f.victimOrgs, p.orgs) ?? meetsAny([...p.victimOrgs], new Set(f.orgs)));
  if (f.victimOrgs.length && p.victimOrgs.size && !victimOrgMet) return null;
  const victimsMet = sharesAny(f.victims, p.victims);
  if (f.victims.length && p.victims.size && !victimsMet && !victimOrgMet) return null;

  let score = victimOrgMet ? W.victimOrg : 0;
  let orgScore = 0;
  for (const o of f.orgs) if (meetsAny([o], p.orgs)) orgScore += W.org * spec('o', o);
  let actorScore = 0;
  for (const a of f.actors) if (p.actors.has(a)) actorScore += W.actor * spec('a', a);
  for (const s of f.systems) if (p.systems.has(s)) score += W.system * spec('s', s);
  for (const g of f.agencies) if (p.agencies.has(g)) score += W.agency * spec('g', g);
  score += orgScore + actorScore;
  if (victimsMet) score += W.victimCountry;
  if (f.attributedTo.length && p.attributedTo.size) score += sharesAny(f.attributedTo, p.attributedTo) ? W.attribution : -W.attributionConflict;
  if (sharesAny(f.types, p.types)) score += W.type;
  score -= (Math.max(0, f.t - lastT) / DAY) * W.perDay;
  const anchored = victimOrgMet || orgScore >= W.org * 0.5 || (actorScore >= W.actor * 0.5 && victimsMet);
  return { score, anchored };
}

export class IncidentGrouper {
  /** Every incident, in the order they were opened (their first story's time). */
  readonly incidents: Incident[] = [];
  readonly byId = new Map<string, Incident>();
  /** The (at, id) of the last story added: later stories may be added, earlier ones need a rebuild. */
  last: { at: string; id: string } | null = null;
  private open: Incident[] = [];
  /** Open incidents by the names they hold ('o:' organization, 'w:' its first word, 'a:' actor, 's:' system, 'g:' agency). */
  private readonly byName = new Map<string, Set<Incident>>();
  /** Stories of open incidents: a republished copy joins its original's incident. */
  private readonly storyOf = new Map<string, Incident>();
  private sweptAt = -Infinity;

  /** True when `x` sorts after every story added so far, so add() keeps the result a rebuild would give. */
  canAppend(x: { at: string; id: string }): boolean {
    return !this.last || x.at > this.last.at || (x.at === this.last.at && x.id > this.last.id);
  }

  /** Adds one story (oldest first); returns its incident, or null for a story that is not about a cyber incident. */
  add(x: IndexedEntry): Incident | null {
    const e = x.entry;
    this.last = { at: e.at, id: e.id };
    if (!e.incident.isCyber) return null;
    const f = featuresOf(e);
    if (!Number.isFinite(f.t)) return null;
    this.closeBefore(f.t);
    let target = e.duplicateOf ? (this.storyOf.get(e.duplicateOf) ?? null) : null;
    if (!target) {
      let best: { inc: Incident; score: number } | null = null;
      for (const inc of this.candidates(f)) {
        const fit = fitOf(f, inc.profile!, inc.lastT, this.specificity);
        if (!fit || !fit.anchored || fit.score < JOIN_SCORE) continue;
        if (!best || fit.score > best.score) best = { inc, score: fit.score };
      }
      target = best?.inc ?? null;
    }
    if (!target) {
      target = { id: incidentIdOf(e.id), members: [], firstT: f.t, lastT: f.t, profile: emptyProfile() };
      this.incidents.push(target);
      this.byId.set(target.id, target);
      this.open.push(target);
    }
    target.members.push(x);
    target.lastT = Math.max(target.lastT, f.t);
    addTo(target.profile!, f);
    this.storyOf.set(e.id, target);
    this.indexNames(target, f);
    return target;
  }

  private readonly specificity: Specificity = (kind, key) => {
    const n = this.byName.get(`${kind}:${key}`)?.size ?? 1;
    return 1 / Math.sqrt(Math.max(1, n));
  };

  private candidates(f: StoryFeatures): Set<Incident> {
    const out = new Set<Incident>();
    const from = (k: string) => {
      const s = this.byName.get(k);
      if (s) for (const i of s) out.add(i);
    };
    for (const o of f.orgs) from(`w:${lookupWord(o)}`);
    for (const a of f.actors) from(`a:${a}`);
    for (const s of f.systems) from(`s:${s}`);
    return out;
  }

  private nameKeys(f: StoryFeatures): string[] {
    return [
      ...f.orgs.flatMap((o) => [`o:${o}`, `w:${lookupWord(o)}`]),
      ...f.actors.map((a) => `a:${a}`),
      ...f.systems.map((s) => `s:${s}`),
      ...f.agencies.map((g) => `g:${g}`),
    ];
  }

  private indexNames(inc: Incident, f: StoryFeatures): void {
    for (const k of this.nameKeys(f)) {
      let s = this.byName.get(k);
      if (!s) this.byName.set(k, (s = new Set()));
      s.add(inc);
    }
  }

  /** Closes the incidents a story at time t can no longer join, and forgets what matching kept for them. */
  private closeBefore(t: number): void {
    if (t - this.sweptAt < DAY / 4) return;
    this.sweptAt = t;
    const still: Incident[] = [];
    for (const inc of this.open) {
      if (t - inc.lastT <= MAX_GAP_DAYS * DAY && t - inc.firstT <= MAX_SPAN_DAYS * DAY) {
        still.push(inc);
        continue;
      }
      const p = inc.profile!;
      const names = [
        ...[...p.orgs].flatMap((o) => [`o:${o}`, `w:${lookupWord(o)}`]),
        ...[...p.actors].map((a) => `a:${a}`),
        ...[...p.systems].map((s) => `s:${s}`),
        ...[...p.agencies].map((g) => `g:${g}`),
      ];
      for (const k of names) {
        const s = this.byName.get(k);
        if (!s) continue;
        s.delete(inc);
        if (!s.size) this.byName.delete(k);
      }
      for (const m of inc.members) if (this.storyOf.get(m.entry.id) === inc) this.storyOf.delete(m.entry.id);
      inc.profile = null;
    }
    this.open = still;
  }
}

/** Groups a set of entries from scratch (any order given; processed oldest first). */
export function groupIncidents(entries: IndexedEntry[]): IncidentGrouper {
  const g = new IncidentGrouper();
  const sorted = [...entries].sort((a, b) => (a.entry.at < b.entry.at ? -1 : a.entry.at > b.entry.at ? 1 : a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
  for (const x of sorted) g.add(x);
  return g;
}
