// What the API says about an incident: its label, dates, the union of its stories' entities and
// each attribution claim with the story that made it. Computed from the member entries when
// asked (an incident holds only references to its stories). Pure: no I/O.
import type { BrowseEntry } from '../store';
import type { Incident } from './grouper';

export interface EntityCount {
  value: string;
  /** How many of the incident's stories name it. */
  stories: number;
}

export interface IncidentEntities {
  countries: EntityCount[];
  victims: EntityCount[];
  attributedTo: EntityCount[];
  victimOrganizations: EntityCount[];
  organizations: EntityCount[];
  agencies: EntityCount[];
  actors: EntityCount[];
  systems: EntityCount[];
  types: EntityCount[];
}

export interface IncidentStory {
  id: string;
  at: string;
  publishedDate: string | null;
  headline: string;
  url: string;
  source: BrowseEntry['source'];
  duplicateOf: string | null;
}

export interface AttributionClaim {
  /** Countries the story attributes the attack to. */
  attributedTo: string[];
  /** Actors the story names. */
  actors: string[];
  story: { id: string; at: string; headline: string; publisher: string | null };
}

export interface IncidentSummary {
  id: string;
  label: string;
  first: string;
  last: string;
  stories: number;
  outlets: number;
  types: string[];
  victims: string[];
  victimOrganizations: string[];
  attributedTo: string[];
  actors: string[];
  /** The newest story's headline: what the incident is about in the words of its coverage. */
  latestHeadline: string;
}

export interface IncidentDetail extends Omit<IncidentSummary, 'stories'> {
  stories: IncidentStory[];
  entities: IncidentEntities;
  claims: AttributionClaim[];
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const TYPE_WORDS: Record<string, string> = {
  ransomware: 'ransomware',
  ddos: 'DDoS attack',
  wiper: 'wiper attack',
  'data-breach': 'data breach',
  espionage: 'espionage',
  defacement: 'defacement',
  phishing: 'phishing',
  'supply-chain': 'supply-chain attack',
  cyberattack: 'cyberattack',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Counts each value once per story; most-named first, then the first named (stable). */
function counted(members: BrowseEntry[], pick: (e: BrowseEntry) => string[]): EntityCount[] {
  const counts = new Map<string, number>();
  for (const e of members) for (const v of new Set(pick(e))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, stories]) => ({ value, stories })).sort((a, b) => b.stories - a.stories);
}

function entitiesOf(members: BrowseEntry[]): IncidentEntities {
  return {
    countries: counted(members, (e) => e.countries),
    victims: counted(members, (e) => e.incident.victims),
    attributedTo: counted(members, (e) => e.incident.attributedTo),
    victimOrganizations: counted(members, (e) => e.incident.victimOrganizations ?? []),
    organizations: counted(members, (e) => e.organizations),
    agencies: counted(members, (e) => e.agencies),
    actors: counted(members, (e) => e.actors),
    systems: counted(members, (e) => e.systems),
    types: counted(members, (e) => e.incident.types),
  };
}

/**
 * "Colonial Pipeline ransomware, May 2021": who was hit (the victim organization most
 * stories name, else the victim country, else the actor), what happened (the most named
 * specific type), and the month of the first story.
 */
export function labelOf(members: BrowseEntry[], ents: IncidentEntities = entitiesOf(members)): string {
  // Among victim organizations named equally often, the one the coverage names most overall.
  const named = (v: string) => ents.organizations.find((o) => o.value === v)?.stories ?? 0;
  const victimOrg = [...ents.victimOrganizations].sort((a, b) => b.stories - a.stories || named(b.value) - named(a.value))[0]?.value ?? null;
  const country = ents.victims[0] ? countryName(ents.victims[0].value) : null;
  // A public body's name ("Finance Ministry") says whose only with its country.
  const isAgency = victimOrg !== null && ents.agencies.some((a) => a.value === victimOrg);
  const victim = victimOrg && isAgency && country && !victimOrg.includes(country) ? `${country} ${victimOrg}` : victimOrg;
  const who = victim ?? country ?? ents.actors[0]?.value ?? ents.organizations[0]?.value ?? null;
  const specific = ents.types.find((t) => t.value !== 'cyberattack')?.value ?? ents.types[0]?.value ?? 'cyberattack';
  const what = TYPE_WORDS[specific] ?? specific;
  const first = new Date(Date.parse(members[0].at));
  const when = `${MONTHS[first.getUTCMonth()]} ${first.getUTCFullYear()}`;
  const byWhom = !victimOrg && country && ents.actors[0] ? ` by ${ents.actors[0].value}` : '';
  return who ? `${who} ${what}${byWhom}, ${when}` : `${what[0].toUpperCase()}${what.slice(1)}, ${when}`;
}

function outletsOf(members: BrowseEntry[]): number {
  return new Set(members.map((e) => e.source.publisher ?? e.source.domain)).size;
}

const values = (xs: EntityCount[]) => xs.map((x) => x.value);

export function summaryOf(inc: Incident): IncidentSummary {
  const members = inc.members.map((x) => x.entry);
  const ents = entitiesOf(members);
  return {
    id: inc.id,
    label: labelOf(members, ents),
    first: members[0].at,
    last: members[members.length - 1].at,
    stories: members.length,
    outlets: outletsOf(members),
    types: values(ents.types),
    victims: values(ents.victims),
    victimOrganizations: values(ents.victimOrganizations),
    attributedTo: values(ents.attributedTo),
    actors: values(ents.actors),
    latestHeadline: members[members.length - 1].headline,
  };
}

export function detailOf(inc: Incident): IncidentDetail {
  const members = inc.members.map((x) => x.entry);
  const s = summaryOf(inc);
  return {
    ...s,
    stories: members.map((e) => ({ id: e.id, at: e.at, publishedDate: e.publishedDate ?? null, headline: e.headline, url: e.url, source: e.source, duplicateOf: e.duplicateOf })),
    entities: entitiesOf(members),
    claims: members
      .filter((e) => e.incident.attributedTo.length || e.actors.length)
      .map((e) => ({ attributedTo: e.incident.attributedTo, actors: e.actors, story: { id: e.id, at: e.at, headline: e.headline, publisher: e.source.publisher } })),
  };
}
