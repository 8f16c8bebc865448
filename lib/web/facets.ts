// Counts over a matching set: facets, incidents per week by type, attributed × victim country.
// Pure: works on entries already filtered.
import type { IndexedEntry } from './browse-snapshot';

export interface FacetCount {
  value: string;
  count: number;
}

export const FACET_NAMES = [
  'countries', 'victims', 'attributedTo', 'agencies', 'organizations', 'victimOrganizations', 'actors', 'systems', 'types', 'wires', 'publishers',
] as const;
export type FacetName = (typeof FACET_NAMES)[number];
export type Facets = Record<FacetName, FacetCount[]>;

/** One week (Monday, UTC) of the timeline: stories per incident type, "untyped" for none. */
export interface TimelineWeek {
  week: string;
  total: number;
  types: Record<string, number>;
}

export interface MatrixCell {
  attributedTo: string;
  victim: string;
  count: number;
}

export interface FacetsResult {
  total: number;
  facets: Facets;
  timeline: TimelineWeek[];
  matrix: { attackers: string[]; victims: string[]; cells: MatrixCell[] };
}

export const FACET_TOP = 25;
/** The matrix keeps the countries that appear most on each side. */
export const MATRIX_TOP = 15;

function top(counts: Map<string, number>, n = FACET_TOP): FacetCount[] {
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, n);
}

/** Monday (UTC) of the week an ISO date falls in, yyyy-mm-dd. */
export function weekOf(iso: string): string {
  const t = Date.parse(iso);
  const d = new Date(t);
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - dow)).toISOString().slice(0, 10);
}

function bump(m: Map<string, number>, v: string | null | undefined): void {
  if (v) m.set(v, (m.get(v) ?? 0) + 1);
}

/** Each value once per entry, however often the entry lists it. */
function bumpEach(m: Map<string, number>, list: string[]): void {
  if (list.length === 1) bump(m, list[0]);
  else for (const v of new Set(list)) bump(m, v);
}

export function facetsOf(list: IndexedEntry[]): FacetsResult {
  const maps = Object.fromEntries(FACET_NAMES.map((n) => [n, new Map<string, number>()])) as Record<FacetName, Map<string, number>>;
  const weeks = new Map<string, TimelineWeek>();
  const pairs = new Map<string, number>();
  const weekCache = new Map<string, string>(); // by day: 50,000 entries fall on a few hundred days
  for (const x of list) {
    const e = x.entry;
    bumpEach(maps.countries, e.countries);
    bumpEach(maps.victims, e.incident.victims);
    bumpEach(maps.attributedTo, e.incident.attributedTo);
    bumpEach(maps.agencies, e.agencies);
    bumpEach(maps.organizations, e.organizations);
    bumpEach(maps.victimOrganizations, e.incident.victimOrganizations);
    bumpEach(maps.actors, e.actors);
    bumpEach(maps.systems, e.systems);
    bumpEach(maps.types, e.incident.types);
    bump(maps.wires, e.source.wire);
    bump(maps.publishers, e.source.publisher);

    const day = e.at.slice(0, 10);
    let week = weekCache.get(day);
    if (!week) weekCache.set(day, (week = weekOf(e.at)));
    let w = weeks.get(week);
    if (!w) weeks.set(week, (w = { week, total: 0, types: {} }));
    w.total++;
    const types = e.incident.types.length ? e.incident.types : ['untyped'];
    for (const t of types) w.types[t] = (w.types[t] ?? 0) + 1;

    for (const a of e.incident.attributedTo) for (const v of e.incident.victims) {
      const k = `${a}>${v}`;
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
    }
  }
  const attackerTotals = new Map<string, number>();
  const victimTotals = new Map<string, number>();
  for (const [k, n] of pairs) {
    const [a, v] = k.split('>');
    attackerTotals.set(a, (attackerTotals.get(a) ?? 0) + n);
    victimTotals.set(v, (victimTotals.get(v) ?? 0) + n);
  }
  const attackers = top(attackerTotals, MATRIX_TOP).map((f) => f.value);
  const victims = top(victimTotals, MATRIX_TOP).map((f) => f.value);
  const cells: MatrixCell[] = [];
  for (const [k, count] of pairs) {
    const [a, v] = k.split('>');
    if (attackers.includes(a) && victims.includes(v)) cells.push({ attributedTo: a, victim: v, count });
  }
  return {
    total: list.length,
    facets: Object.fromEntries(FACET_NAMES.map((n) => [n, top(maps[n])])) as Facets,
    timeline: [...weeks.values()].sort((a, b) => (a.week < b.week ? -1 : 1)),
    matrix: { attackers, victims, cells },
  };
}
