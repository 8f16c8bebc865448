// One entity per referent: mentions are grouped by gazetteer entry, acronym definition or
// normalized name (owner prefixes dropped, "Ministry of X" read as "X Ministry"), and shorter
// names that are the start of a longer one in the same story ("Rackspace" / "Rackspace Technology") join it.
import { NamedEntity } from '../types';
import { GazCategory } from './gazetteers';
import { Mention } from './mentions';

export interface Grouped {
  category: GazCategory;
  entity: NamedEntity;
  mentions: Mention[];
  key: string;
}

const HEAD_OF = /^(ministry|department|office|bureau|agency|service|directorate|commission|council)\s+of\s+(?:the\s+)?(.+)$/;

// names repeat within and across stories; the key is pure, so it is memoized (bounded)
const keyMemo = new Map<string, string>();

export function nameKey(s: string): string {
  const hit = keyMemo.get(s);
  if (hit !== undefined) return hit;
  if (keyMemo.size > 50_000) keyMemo.clear();
  const k = computeNameKey(s);
  keyMemo.set(s, k);
  return k;
}

function computeNameKey(s: string): string {
  let k = s
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(?:([A-Za-z])\.)(?=[A-Za-z]\.)/g, '$1').replace(/\.(?=\s|$)/g, '')
    .replace(/[’']s\b/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&$]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
  const m = HEAD_OF.exec(k);
  if (m) k = `${m[2]} ${m[1]}`;
  // "Ministry of Foreign Affairs" is the Foreign Ministry ("Home Affairs Ministry" the Home Ministry)
  return k.replace(/\b(\w{4,}[^s])s\b/g, '$1').replace(/^(foreign|home|interior|internal) affair ministry$/, '$1 ministry');
}

export function groupMentions(mentions: Mention[]): Grouped[] {
  // acronyms from the gazetteer that the story never defines or spells out are dropped
  const fullIds = new Set(mentions.filter((m) => m.gazId && !m.needsDefinition).map((m) => m.gazId));
  const kept = mentions.filter((m) => !m.needsDefinition || fullIds.has(m.gazId));
  const groups = new Map<string, Grouped>();
  for (const m of kept) {
    const key = `${m.category}:${m.gazId ?? nameKey(m.canonical ?? m.surface)}`;
    let g = groups.get(key);
    if (!g) {
      g = { category: m.category, key, mentions: [], entity: { name: m.surface, acronym: null, aliases: [], country: null, kind: m.kind, mentions: 0 } };
      groups.set(key, g);
    }
    g.mentions.push(m);
  }
  // merge name-keyed groups into gazetteer groups that share a surface, and prefixes into longer names
  interface Keys { set: Set<string>; arr: string[]; acr: string[]; gaz: string | null; hasGaz: boolean }
  const keys = new Map<Grouped, Keys>();
  const keysOf = (g: Grouped): Keys => {
    let k = keys.get(g);
    if (!k) {
      const arr = [...new Set(g.mentions.flatMap((m) => [nameKey(m.surface), m.canonical ? nameKey(m.canonical) : '']).filter(Boolean))];
      k = {
        set: new Set(arr), arr,
        acr: [...new Set(g.mentions.map((m) => m.acronym).filter((a): a is string => !!a).map(nameKey))],
        gaz: g.mentions[0].gazId, hasGaz: g.mentions.some((m) => m.gazId),
      };
      keys.set(g, k);
    }
    return k;
  };
  const byCat = new Map<string, Grouped[]>();
  for (const g of groups.values()) {
    const l = byCat.get(g.category) ?? [];
    l.push(g);
    byCat.set(g.category, l);
  }
  for (const list of byCat.values()) {
    if (list.length < 2) continue;
    for (const g of list) {
      if (!groups.has(g.key)) continue;
      for (const h of list) {
        if (h === g || !groups.has(h.key)) continue;
        const gk = keysOf(g), hk = keysOf(h);
        const shared = hk.arr.some((x) => gk.set.has(x));
        // the acronym alone ("TIMS"), or followed by the defined name's head noun ("the TIMS system")
        const acr = !shared && hk.arr.some((x) => gk.acr.some((a) => x === a || (x.startsWith(`${a} `) && gk.arr.some((y) => y !== x && y.endsWith(x.slice(a.length))))))
          && !h.mentions.some((m) => m.gazId && m.gazId !== gk.gaz);
        const prefix = !shared && !acr && g.category !== 'actor' && !hk.hasGaz
          && hk.arr.every((x) => gk.arr.some((y) => y.length > x.length && y.startsWith(`${x} `) && (g.category !== 'system' || x.includes(' '))));
        // "Berlin Airport" (a member of "Heathrow and Berlin airports") in a story that names Berlin Brandenburg Airport
        const listHead = !shared && !acr && !prefix && h.mentions.every((m) => m.kind === 'airport' || m.kind === 'hospital') && hk.arr.every((x) => gk.arr.some((y) => sameEnds(x, y)));
        if (shared || acr || prefix || listHead) {
          g.mentions.push(...h.mentions);
          groups.delete(h.key);
          keys.delete(g);
        }
      }
    }
  }
  const out: Grouped[] = [];
  for (const g of groups.values()) {
    const ms = g.mentions;
    const surfaces = [...new Set(ms.map((m) => m.surface))];
    const fulls = ms.map((m) => m.full).filter((x): x is string => !!x);
    const acronym = ms.find((m) => m.acronym)?.acronym ?? (surfaces.find((s) => /^[A-Z][A-Za-z]*[A-Z]$/.test(s) && s.length <= 6) ?? null);
    const nonAcr = surfaces.filter((s) => s !== acronym);
    const name = nonAcr.sort((a, b) => b.length - a.length)[0] ?? acronym ?? surfaces[0];
    const aliases = [...new Set([...surfaces, ...fulls].filter((s) => s !== name && s !== acronym))];
    const countries = ms.map((m) => m.country).filter((c): c is string => !!c);
    const country = mostCommon(countries);
    g.entity = { name, acronym, aliases, country, kind: ms.find((m) => m.kind)?.kind ?? null, mentions: ms.length };
    out.push(g);
  }
  return out;
}

/** x ("berlin airport") is y ("berlin brandenburg airport") with words left out of its middle. */
function sameEnds(x: string, y: string): boolean {
  if (y.length <= x.length) return false;
  const xs = x.split(' '), ys = y.split(' ');
  if (xs.length < 2 || xs[0] !== ys[0] || xs[xs.length - 1] !== ys[ys.length - 1]) return false;
  let k = 0;
  for (const w of ys) if (w === xs[k]) k++;
  return k === xs.length;
}

function mostCommon(xs: string[]): string | null {
  const c = new Map<string, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  let best: string | null = null, n = 0;
  for (const [k, v] of c) if (v > n) { best = k; n = v; }
  return best;
}
