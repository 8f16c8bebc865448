// schema.org JSON-LD: the most reliable metadata a news page carries, when it parses.

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

const ARTICLE_TYPE = /(?:^|:)(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|ScholarlyArticle|Report|WebPage)$/;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses one script body leniently (stray control characters, trailing commas, HTML comments). */
export function parseJsonLd(raw: string): Json | null {
  const s = raw.replace(/^\s*<!--|-->\s*$/g, '').trim();
  if (!s) return null;
  try {
    return JSON.parse(s) as Json;
  } catch {
    try {
      return JSON.parse(s.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      return null;
    }
  }
}

/** Every object in the documents, flattening arrays, @graph and mainEntity. */
export function flattenJsonLd(docs: Json[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    out.push(v);
    const g = v['@graph'];
    if (g) visit(g, depth + 1);
    const me = v.mainEntity;
    if (isObject(me)) visit(me, depth + 1);
  };
  for (const d of docs) visit(d, 0);
  return out;
}

export function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** The article object: a NewsArticle-like type, preferring ones with a headline and an articleBody. */
export function pickArticle(objects: JsonObject[]): JsonObject | null {
  let best: JsonObject | null = null;
  let bestScore = 0;
  for (const o of objects) {
    const types = typesOf(o);
    const isArticle = types.some((t) => ARTICLE_TYPE.test(t) && t !== 'WebPage');
    const isPage = types.includes('WebPage');
    if (!isArticle && !isPage) continue;
    let score = isArticle ? 4 : 1;
    if (typeof o.headline === 'string') score += 2;
    if (typeof o.articleBody === 'string') score += 2;
    if (o.datePublished) score += 1;
    if (score > bestScore) {
      bestScore = score;
      best = o;
    }
  }
  return best;
}

export function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) for (const x of v) if (typeof x === 'string' && x.trim()) return x.trim();
  return null;
}

/** Names of persons (and separately organizations) in an author/creator value. */
export function authorNames(v: Json | undefined): { people: string[]; orgs: string[] } {
  const people: string[] = [];
  const orgs: string[] = [];
  const visit = (x: Json | undefined): void => {
    if (x === undefined || x === null) return;
    if (typeof x === 'string') {
      if (!/^https?:/.test(x)) people.push(x);
      return;
    }
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (!isObject(x)) return;
    const name = str(x.name);
    if (!name) return;
    if (typesOf(x).some((t) => /Organization|NewsMediaOrganization|Corporation/.test(t))) orgs.push(name);
    else people.push(name);
  };
  visit(v);
  return { people, orgs };
}

export function publisherName(o: JsonObject | null, all: JsonObject[]): string | null {
  if (o) {
    const p = o.publisher;
    if (isObject(p)) {
      const n = str(p.name);
      if (n) return n;
    } else if (Array.isArray(p)) {
      for (const x of p) if (isObject(x) && str(x.name)) return str(x.name);
    } else if (typeof p === 'string' && p.trim()) return p.trim();
  }
  for (const x of all) {
    if (typesOf(x).some((t) => /NewsMediaOrganization|Organization/.test(t))) {
      const n = str(x.name);
      if (n) return n;
    }
  }
  return null;
}

export function urlOf(o: JsonObject | null): string | null {
  if (!o) return null;
  const u = str(o.url);
  if (u) return u;
  const me = o.mainEntityOfPage;
  if (typeof me === 'string') return me;
  if (isObject(me)) return str(me['@id']) ?? str(me.url);
  return null;
}
