// Scores extraction records against gold files, following the matching rules of the annotation
// guide (project copy of the rules: names normalized, equal or whole-word containment where the
// shorter has two words or is an acronym of the longer; optional names cost nothing; each gold
// entry matched once; predictions that only repeat a matched gold entry are neutral).

export interface GoldNamed { name: string; aliases?: string[] }
export interface Gold {
  id: string;
  countries?: string[];
  agencies?: GoldNamed[];
  organizations?: GoldNamed[];
  actors?: GoldNamed[];
  systems?: GoldNamed[];
  optional?: Record<string, string[]>;
  incident?: { isCyber?: boolean; victims?: string[]; attributedTo?: string[]; types?: string[]; victimOrganizations?: string[] };
}
export interface PredNamed { name: string; acronym?: string | null; aliases?: string[] }
export interface Pred {
  countries?: Array<{ code: string }>;
  agencies?: PredNamed[];
  organizations?: PredNamed[];
  actors?: PredNamed[];
  systems?: PredNamed[];
  incident?: { isCyber?: boolean; victims?: string[]; attributedTo?: string[]; types?: string[]; victimOrganizations?: string[] };
}

export const CATEGORIES = ['countries', 'agencies', 'organizations', 'actors', 'systems', 'victims', 'attributedTo'] as const;
export type Category = (typeof CATEGORIES)[number];
export interface Counts { tp: number; fp: number; fn: number }
export interface StoryScore {
  id: string; counts: Record<Category, Counts>; misses: Record<Category, string[]>; extras: Record<Category, string[]>; cyberRight: boolean | null; goldCyber?: boolean | null;
  /** only for gold files that annotate incident.types / incident.victimOrganizations (the newer stories) */
  extra?: Record<ExtraMeasure, Counts & { misses: string[]; extras: string[] }>;
}
// The held-out measures of issue 10: types among these three (micro-F1), the new victimOrganizations field,
// and whether each named victim organization is found at all among the predicted organizations or agencies.
export const EXTRA_MEASURES = ['types', 'victimOrganizations', 'victimOrgsInEntities'] as const;
export type ExtraMeasure = (typeof EXTRA_MEASURES)[number];
const SCORED_TYPES = new Set(['ransomware', 'data-breach', 'phishing']);

const STOP = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', '&']);
const FILLER = new Set(['system', 'network', 'portal', 'platform', 'database', 'service', 'software', 'website', 'site', 'server',
  'app', 'gang', 'group', 'ransomware', 'hacker', 'team', 'malware', 'inc', 'ltd', 'corp', 'co', 'plc', 'llc', 'department']);
const BRIT: Record<string, string> = { centre: 'center', defence: 'defense', organisation: 'organization', programme: 'program', labour: 'labor' };
const ORDER_HEADS = new Set(['ministry', 'department', 'office', 'bureau', 'agency', 'service', 'directorate', 'commission', 'council']);

interface W { w: string; acr: boolean }

function words(name: string, reorder = true): W[] {
  const cleaned = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.split('.').join(''))
    .replace(/([\p{L}\p{N}])[-\u2010\u2011]([\p{L}\p{N}])/gu, '$1$2')
    .replace(/['\u2019]s\b/g, '');
  let ws: W[] = cleaned.split(/[^\p{L}\p{N}&]+/u).filter(Boolean).map((raw) => {
    const acr = /\d/.test(raw) || /^[\p{Lu}\p{N}&]+$/u.test(raw);
    let w = raw.toLowerCase();
    if (!acr && w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
    return { w: BRIT[w] ?? w, acr };
  });
  while (ws.length > 1 && ws[0].w === 'the') ws = ws.slice(1);
  if (reorder) {
    const k = ws.findIndex((x, i) => ORDER_HEADS.has(x.w) && ws[i + 1]?.w === 'of' && i + 2 < ws.length);
    if (k >= 0) {
      let tail = ws.slice(k + 2);
      if (tail[0]?.w === 'the') tail = tail.slice(1);
      ws = [...ws.slice(0, k), ...tail, ws[k]];
    }
  }
  return ws;
}

function isAcronymOf(acr: string, full: W[]): boolean {
  if (acr.length < 3 || acr.length > 8) return false;
  const ws = full.map((x) => x.w);
  const walk = (i: number, j: number): boolean => {
    if (j === acr.length) return ws.slice(i).every((x) => STOP.has(x));
    if (i >= ws.length) return false;
    if (STOP.has(ws[i]) && walk(i + 1, j)) return true;
    return ws[i][0] === acr[j] && walk(i + 1, j + 1);
  };
  return walk(0, 0);
}

function findRun(long: W[], short: W[]): number {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k].w !== short[k].w) continue outer;
    return i;
  }
  return -1;
}

export function namesMatch(a: string, b: string): boolean {
  const A = words(a), B = words(b);
  if (!A.length || !B.length) return false;
  const sa = A.map((x) => x.w).join(' '), sb = B.map((x) => x.w).join(' ');
  if (sa === sb || sa.replace(/ /g, '') === sb.replace(/ /g, '')) return true;
  const aShort = A.length <= B.length;
  const S = aShort ? A : B, L = aShort ? B : A;
  if (S.length === 1 && (isAcronymOf(S[0].w, L) || isAcronymOf(S[0].w, words(aShort ? b : a, false)))) return true;
  const at = findRun(L, S);
  if (at < 0) return false;
  const rest = L.filter((_, i) => i < at || i >= at + S.length);
  if (rest.every((x) => FILLER.has(x.w) || STOP.has(x.w))) return true;
  if (S.length === 1) return S[0].acr && S[0].w.length >= 2;
  const content = L.filter((x) => !STOP.has(x.w)).length;
  const covered = S.filter((x) => !STOP.has(x.w)).length;
  return at + S.length === L.length && covered / content > 0.5;
}

function predNames(p: PredNamed): string[] {
  return [p.name, p.acronym ?? '', ...(p.aliases ?? [])].filter(Boolean);
}
function goldNames(g: GoldNamed): string[] {
  return [g.name, ...(g.aliases ?? [])];
}

function scoreNamed(preds: PredNamed[], golds: GoldNamed[], optional: string[]): { c: Counts; misses: string[]; extras: string[] } {
  const adj = preds.map((p) => {
    const pn = predNames(p);
    return golds.flatMap((g, gi) => (pn.some((x) => goldNames(g).some((y) => namesMatch(x, y))) ? [gi] : []));
  });
  const owner = new Array<number>(golds.length).fill(-1);
  const augment = (p: number, seen: Set<number>): boolean => {
    for (const g of adj[p]) {
      if (seen.has(g)) continue;
      seen.add(g);
      if (owner[g] < 0 || augment(owner[g], seen)) { owner[g] = p; return true; }
    }
    return false;
  };
  preds.forEach((_, p) => augment(p, new Set()));
  const used = new Set(owner.filter((p) => p >= 0));
  const extras: string[] = [];
  preds.forEach((p, i) => {
    if (used.has(i) || adj[i].length) return;
    if (predNames(p).some((x) => optional.some((o) => namesMatch(x, o)))) return;
    extras.push(p.name);
  });
  const misses = golds.filter((_, i) => owner[i] < 0).map((g) => g.name);
  return { c: { tp: used.size, fp: extras.length, fn: misses.length }, misses, extras };
}

function scoreCodes(preds: string[], golds: string[], optional: string[]): { c: Counts; misses: string[]; extras: string[] } {
  const P = new Set(preds.map((x) => x.toUpperCase())), G = new Set(golds.map((x) => x.toUpperCase())), O = new Set(optional.map((x) => x.toUpperCase()));
  const extras = [...P].filter((x) => !G.has(x) && !O.has(x));
  const misses = [...G].filter((x) => !P.has(x));
  return { c: { tp: [...P].filter((x) => G.has(x)).length, fp: extras.length, fn: misses.length }, misses, extras };
}

export function scoreStory(gold: Gold, pred: Pred | undefined): StoryScore {
  const p = pred ?? {};
  const opt = gold.optional ?? {};
  const res: Record<Category, ReturnType<typeof scoreCodes>> = {
    countries: scoreCodes((p.countries ?? []).map((c) => c.code), gold.countries ?? [], opt.countries ?? []),
    agencies: scoreNamed(p.agencies ?? [], gold.agencies ?? [], opt.agencies ?? []),
    organizations: scoreNamed(p.organizations ?? [], gold.organizations ?? [], opt.organizations ?? []),
    actors: scoreNamed(p.actors ?? [], gold.actors ?? [], opt.actors ?? []),
    systems: scoreNamed(p.systems ?? [], gold.systems ?? [], opt.systems ?? []),
    victims: scoreCodes(p.incident?.victims ?? [], gold.incident?.victims ?? [], opt.victims ?? []),
    attributedTo: scoreCodes(p.incident?.attributedTo ?? [], gold.incident?.attributedTo ?? [], opt.attributedTo ?? []),
  };
  const pick = <K extends 'c' | 'misses' | 'extras'>(k: K) => Object.fromEntries(CATEGORIES.map((c) => [c, res[c][k]])) as Record<Category, (typeof res)[Category][K]>;
  const gc = gold.incident?.isCyber;
  const out: StoryScore = { id: gold.id, counts: pick('c'), misses: pick('misses'), extras: pick('extras'), cyberRight: typeof gc === 'boolean' ? p.incident?.isCyber === gc : null, goldCyber: typeof gc === 'boolean' ? gc : null };
  const gi = gold.incident;
  if (gi && Array.isArray(gi.types) && Array.isArray(gi.victimOrganizations)) {
    const t = scoreCodes((p.incident?.types ?? []).filter((x) => SCORED_TYPES.has(x)), gi.types.filter((x) => SCORED_TYPES.has(x)), []);
    // a victim organization is named as in the gold organizations/agencies, whose aliases it shares
    const named = [...(gold.organizations ?? []), ...(gold.agencies ?? [])];
    const goldVo = gi.victimOrganizations.map((name) => named.find((x) => x.name === name) ?? { name });
    const vo = scoreNamed((p.incident?.victimOrganizations ?? []).map((name) => ({ name })), goldVo, opt.victimOrganizations ?? []);
    const inEnt = scoreNamed([...(p.organizations ?? []), ...(p.agencies ?? [])], goldVo, []);
    out.extra = {
      types: { ...t.c, misses: t.misses, extras: t.extras },
      victimOrganizations: { ...vo.c, misses: vo.misses, extras: vo.extras },
      // recall only: the other organizations are not false positives here
      victimOrgsInEntities: { tp: inEnt.c.tp, fp: 0, fn: inEnt.c.fn, misses: inEnt.misses, extras: [] },
    };
  }
  return out;
}

export interface Summary {
  stories: number; f1: Record<Category, { p: number; r: number; f1: number } & Counts>; isCyberAccuracy: number | null;
  /** isCyber recall over the gold incidents (the research corpus measure) */
  isCyberRecall: number | null;
  extra: Partial<Record<ExtraMeasure, { p: number; r: number; f1: number } & Counts>>;
}

export function summarize(scores: StoryScore[]): Summary {
  const f1 = {} as Summary['f1'];
  for (const c of CATEGORIES) {
    const t = scores.reduce((a, s) => ({ tp: a.tp + s.counts[c].tp, fp: a.fp + s.counts[c].fp, fn: a.fn + s.counts[c].fn }), { tp: 0, fp: 0, fn: 0 });
    const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1, r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
    f1[c] = { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, ...t };
  }
  const judged = scores.filter((s) => s.cyberRight !== null);
  const pos = judged.filter((s) => s.goldCyber === true);
  const extra: Summary['extra'] = {};
  const withExtra = scores.filter((s) => s.extra);
  if (withExtra.length) for (const m of EXTRA_MEASURES) {
    const t = withExtra.reduce((a, s) => ({ tp: a.tp + s.extra![m].tp, fp: a.fp + s.extra![m].fp, fn: a.fn + s.extra![m].fn }), { tp: 0, fp: 0, fn: 0 });
    const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1, r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
    extra[m] = { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, ...t };
  }
  return { stories: scores.length, f1, isCyberAccuracy: judged.length ? judged.filter((s) => s.cyberRight).length / judged.length : null, isCyberRecall: pos.length ? pos.filter((s) => s.cyberRight).length / pos.length : null, extra };
}
