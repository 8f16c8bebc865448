// Build step of the gazetteers (data/build-indexes.ts writes the result to data/gazetteer-*.json):
// reads the curated lists and the MISP/ATT&CK files, decides which forms are ambiguous (ordinary words
// or names in compromise's lexicon) and tokenizes every form. Not loaded by extract(); the runtime
// (gazetteers.ts) reads the compact result, so no story pays for this work.
import { createRequire } from 'node:module';
import { tokenize } from './text';
import { isCommonWord, isFirstName, lexTag } from './nlp';
import type { GazEntry, GazetteerFile } from './gazetteers';
import { packTrie } from './trie';

const req = createRequire(__filename);

interface AgencyRow { name: string; acronym?: string; aliases?: string[]; country: string | null; kind: string; acronymNeedsDefinition?: boolean }
interface OrgRow { name: string; aliases?: string[]; country?: string; kind: string }
interface ProductRow { name: string; aliases?: string[]; kind: string; vendor?: string }
interface MispRow { name: string; synonyms: string[]; country: string | null; suspectedStateSponsor: string | null }
interface AttackGroupRow { id: string; name: string; aliases: string[] }
interface AttackSoftwareRow { id: string; name: string; aliases: string[]; type: 'malware' | 'tool' }
interface RansomRow { name: string; synonyms: string[] }

interface BuildForm { entry: GazEntry; form: string; tokens: string[]; ambiguous: boolean; isAcronym: boolean }

// a parenthesis inside a name is part of it ("NoName057(16)"): a bracketed number right after the name, kept whole
// (a bracketed word, "777(Legion)", is an alias written beside the name, not part of it)
const INNER_PARENS = /(?<=\S)\(([\p{N}]+)\)/gu;

const STOPWORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'a', 'an', 'to', 'de', '&']);

/** True when every word of the form is an ordinary English word, a first name or a stop word. */
function ordinaryWords(form: string): boolean {
  const words = form.split(/[\s-]+/).filter(Boolean);
  return words.every((w) => STOPWORDS.has(w.toLowerCase()) || isCommonWord(w) || isFirstName(w) || /^\d+$/.test(w));
}

/** Every word is known to compromise's lexicon (a word, name or place) or is a number/stop word. */
function allKnown(form: string): boolean {
  const words = form.split(/[\s-]+/).filter(Boolean);
  return words.every((w) => STOPWORDS.has(w.toLowerCase()) || /^\d+$/.test(w) || lexTag(w) !== undefined);
}
/** Spelled like a brand: digits, $, inner capitals or a long all-caps word (LockBit, Cl0p, Lapsus$, ALPHV). */
function distinctive(form: string): boolean {
  return /\d|\$|[\p{Ll}][\p{Lu}]|^[\p{Lu}\d]{4,}$/u.test(form);
}

function indexer(byKey: Map<string, BuildForm[]>) {
  return (entry: GazEntry, form: string, opts: { ambiguous?: boolean; isAcronym?: boolean } = {}) => {
    form = form.trim();
    if (form.length < 2) return;
    const tokens = tokenize(form).map((t) => t.text);
    if (!tokens.length || tokens.length > 8) return;
    const key = tokens.join(' ').toLowerCase();
    const list = byKey.get(key) ?? [];
    if (list.some((f) => f.entry === entry)) return;
    list.push({ entry, form, tokens, ambiguous: !!opts.ambiguous, isAcronym: !!opts.isAcronym });
    byKey.set(key, list);
  };
}

/** Compact file form: entries once, forms pointing at them, in index order. */
function toFile(byKey: Map<string, BuildForm[]>, malware: Map<string, string>, source: string): GazetteerFile {
  const entries: GazEntry[] = [];
  const at = new Map<GazEntry, number>();
  const forms: GazetteerFile['forms'] = [];
  for (const list of byKey.values()) {
    for (const f of list) {
      let k = at.get(f.entry);
      if (k === undefined) { k = entries.length; entries.push(f.entry); at.set(f.entry, k); }
      const joined = f.tokens.join(' ');
      forms.push([k, f.form, joined === f.form ? 0 : joined, (f.ambiguous ? 1 : 0) | (f.isAcronym ? 2 : 0)]);
    }
  }
  return {
    source,
    entries: entries.map((e) => [e.id, e.category, e.name, e.acronym, e.country, e.kind, e.acronymNeedsDefinition ? 1 : 0]),
    forms,
    malware: [...malware],
    trie: packTrie(forms.map(([, form, joined], i): [string[], number] => [(joined === 0 ? form : joined).split(' '), i])),
  };
}

function baseForms(): Map<string, BuildForm[]> {
  const byKey = new Map<string, BuildForm[]>();
  const add = indexer(byKey);
  (req('./data/agencies.json') as AgencyRow[]).forEach((r, i) => {
    const e: GazEntry = { id: `ag${i}`, category: 'agency', name: r.name, acronym: r.acronym ?? null, country: r.country, kind: r.kind, acronymNeedsDefinition: r.acronymNeedsDefinition };
    add(e, r.name);
    for (const a of r.aliases ?? []) add(e, a, { isAcronym: /^[A-Z][A-Za-z-]*[A-Z]$/.test(a) && a.length <= 6 });
    if (r.acronym) add(e, r.acronym, { isAcronym: true });
  });
  (req('./data/organizations.json') as OrgRow[]).forEach((r, i) => {
    const e: GazEntry = { id: `org${i}`, category: 'organization', name: r.name, acronym: null, country: r.country ?? null, kind: r.kind };
    add(e, r.name, { ambiguous: ordinaryWords(r.name) });
    for (const a of r.aliases ?? []) add(e, a, { ambiguous: ordinaryWords(a), isAcronym: /^[A-Z]{2,5}$/.test(a) });
  });
  (req('./data/products.json') as ProductRow[]).forEach((r, i) => {
    const e: GazEntry = { id: `sys${i}`, category: 'system', name: r.name, acronym: null, country: null, kind: r.kind };
    add(e, r.name, { ambiguous: ordinaryWords(r.name) });
    // the vendor's bare name is the company ("made by Accellion"), not its product
    for (const a of r.aliases ?? []) if (a !== r.vendor) add(e, a, { ambiguous: ordinaryWords(a), isAcronym: /^[A-Z]{2,5}$/.test(a) });
  });
  // ATT&CK tools are software that intruders use (PsExec, Mimikatz); malware families are not systems.
  for (const r of req('./data/attack-software.json') as AttackSoftwareRow[]) {
    if (r.type === 'tool') {
      if (r.name.length < 5 || ordinaryWords(r.name) || /^[a-z]/.test(r.name)) continue;
      const e: GazEntry = { id: r.id, category: 'system', name: r.name, acronym: null, country: null, kind: 'software' };
      add(e, r.name);
    }
  }
  return byKey;
}

/** Agencies, organizations, products and ATT&CK tools: the gazetteer every story uses. */
export function buildBaseGazetteer(): GazetteerFile {
  return toFile(baseForms(), new Map(), 'agencies.json, organizations.json, products.json, attack-software.json (tools)');
}

/** Threat actors (MISP, ATT&CK groups, ransomware families) and malware names. */
export function buildThreatGazetteer(): GazetteerFile {
  const base = baseForms();
  const byKey = new Map<string, BuildForm[]>();
  const malware = new Map<string, string>();
  const add = indexer(byKey);
  for (const r of req('./data/attack-software.json') as AttackSoftwareRow[]) {
    if (r.type === 'malware') for (const n of [r.name, ...r.aliases]) if (n.length >= 5 && !ordinaryWords(n)) malware.set(n.toLowerCase(), r.name);
  }
  // Threat actors: MISP threat-actor galaxy, ATT&CK groups and MISP ransomware families (gangs are
  // named after their ransomware). Entries sharing a surface form are the same actor.
  const actorForms = new Map<string, GazEntry>();
  const addActor = (names: string[], country: string | null, id: string, ransomwareOnly = false) => {
    const clean = names.map((n) => n.replace(/\s+Ransomware$/i, '').replace(/\s*\((?:Fake|old)\)$/i, '').trim())
      .filter((n) => n.length >= 3 && !/^[GS]\d{4}$/.test(n) && !/^\d+$/.test(n) && !/^Unit \d+$/i.test(n) && !/^Group \d+$/i.test(n) && !/[^\p{Script=Latin}\p{N}\s$.&'’_-]/u.test(n.replace(INNER_PARENS, '$1')));
    if (!clean.length) return;
    let e: GazEntry | undefined;
    for (const n of clean) { e = actorForms.get(n.toLowerCase()); if (e) break; }
    if (!e) e = { id, category: 'actor', name: clean[0], acronym: null, country, kind: 'threat-actor' };
    else if (!e.country && country) e.country = country;
    for (const n of clean) {
      // a company or product name (Android, Alibaba) is not read as an actor
      if (base.get(tokenize(n).map((t) => t.text).join(' ').toLowerCase())?.some((f) => f.entry.category !== 'actor')) continue;
      const known = actorForms.has(n.toLowerCase());
      // ransomware family names that are ordinary words or names ("global", "Donald Trump") are left out
      if (ransomwareOnly && !known && allKnown(n) && !distinctive(n)) continue;
      if (!known) actorForms.set(n.toLowerCase(), e);
      const multi = /\s/.test(n.trim());
      const ambiguous = ransomwareOnly ? !distinctive(n) : (!multi && allKnown(n) && !distinctive(n)) || /^[\p{Ll}]/u.test(n);
      add(e, n, { ambiguous });
    }
  };
  for (const r of req('./data/attack-groups.json') as AttackGroupRow[]) addActor([r.name, ...r.aliases], null, r.id);
  (req('./data/threat-actors.json') as MispRow[]).forEach((r, i) => {
    const sponsor = r.suspectedStateSponsor && /^[A-Z]{2}$/.test(r.suspectedStateSponsor) ? r.suspectedStateSponsor : null;
    addActor([r.name, ...r.synonyms], sponsor ?? r.country, `misp${i}`);
  });
  (req('./data/ransomware.json') as RansomRow[]).forEach((r, i) => addActor([r.name, ...r.synonyms], null, `rw${i}`, true));
  return toFile(byKey, malware, 'attack-groups.json, threat-actors.json, ransomware.json, attack-software.json (malware)');
}
