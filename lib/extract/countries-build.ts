// Build step of the country index (data/build-indexes.ts writes data/country-forms.json): every name,
// official name, alternative spelling, demonym and capital from countries.json (world-countries)
// plus the news aliases of countries-extra.json, filtered and tokenized once at build time.
import { createRequire } from 'node:module';
import { tokenize } from './text';
import type { CountryFormKind, CountryFormsFile } from './countries';
import { packTrie } from './trie';

const req = createRequire(__filename);

interface CountryRow { cca2: string; independent: boolean | null; common: string; official: string; alt: string[]; demonyms: string[]; capital: string[] }
interface ExtraForms { alsoStates: string[]; aliases: Record<string, string[]>; demonyms: Record<string, string[]>; dropForms: string[]; capitalsExtra: Record<string, string[]> }
interface Form { form: string; code: string; kind: CountryFormKind; tokens: string[] }

function plural(d: string): string[] {
  if (/(?:an|i|er|ino)$/.test(d)) return [d, `${d}s`];
  return [d];
}

export function buildCountryForms(): CountryFormsFile {
  const data = req('./data/countries.json') as { source: string; countries: CountryRow[] };
  const extra = req('./data/countries-extra.json') as ExtraForms;
  const drop = new Set(extra.dropForms);
  const forms: Form[] = [];
  const names = new Map<string, string>();
  const add = (form: string, code: string, kind: CountryFormKind) => {
    form = form.trim();
    if (!form || drop.has(form)) return;
    if (/^[A-Z]{2,3}$/.test(form) && !['US', 'UK', 'USA', 'UAE', 'DRC', 'DPRK', 'USSR'].includes(form)) return;
    if (!/^[\p{Script=Latin}\s.'’,()-]+$/u.test(form)) return; // only Latin-script forms occur in English copy
    if (/,/.test(form)) return; // "Korea, Republic of"
    const tokens = tokenize(form).map((t) => t.text);
    forms.push({ form, code, kind, tokens });
  };
  for (const c of data.countries) {
    const code = c.cca2;
    if (!c.independent && !extra.alsoStates.includes(code)) continue;
    names.set(code, c.common === 'Türkiye' ? 'Turkey' : c.common);
    add(c.common, code, 'name');
    add(c.official, code, 'name');
    for (const a of c.alt) if (a.length > 3 || /^[A-Z]{2,4}$/.test(a)) add(a, code, 'name');
    for (const d of c.demonyms) for (const p of plural(d)) add(p, code, 'demonym');
    for (const cap of c.capital) add(cap.replace(/ D\.C\.$/, ''), code, 'capital');
  }
  for (const [code, list] of Object.entries(extra.aliases)) for (const a of list) add(a.replace(/^the /, ''), code, 'name');
  for (const [code, list] of Object.entries(extra.demonyms)) for (const d of list) add(d, code, 'demonym');
  for (const [code, list] of Object.entries(extra.capitalsExtra)) for (const d of list) add(d, code, 'capital');
  // one list per lower-cased key, in first-seen order; the runtime rebuilds the same index from it
  const byKey = new Map<string, Form[]>();
  for (const f of forms) {
    const key = f.tokens.join(' ').toLowerCase();
    const list = byKey.get(key) ?? [];
    if (!list.some((x) => x.code === f.code && x.form === f.form)) list.push(f);
    byKey.set(key, list);
  }
  const out: CountryFormsFile['forms'] = [];
  for (const list of byKey.values()) for (const f of list) {
    const joined = f.tokens.join(' ');
    out.push([f.form, f.code, f.kind, joined === f.form ? 0 : joined]);
  }
  const trie = packTrie(out.map(([form, , , joined], i): [string[], number] => [(joined === 0 ? form : joined).split(' '), i]));
  return { source: `countries.json (${data.source}) + countries-extra.json`, names: [...names], forms: out, trie };
}
