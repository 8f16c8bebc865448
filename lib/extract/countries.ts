// Country recognition: names, aliases, demonyms (from the world-countries package plus
// data/countries-extra.json) and capitals when they stand for a government ("Tehran denied").
// Matching is on token n-grams, case-sensitive in normal text and case-insensitive only in
// ALL-CAPS lines, so "us", "in", "at", "to" and "US" in a shouted headline never become countries.
import { Sentence, Token, tokenize } from './text';
import { isFirstName, lexTag } from './nlp';
import { PackedNode, PackedTrie } from './trie';

export type CountryFormKind = 'name' | 'demonym' | 'capital';
interface CountryForm { form: string; code: string; kind: CountryFormKind; tokens: string[] }

export interface CountryHit {
  code: string;
  surface: string;
  kind: CountryFormKind;
  sent: number;
  /** token index in the sentence's tokens and number of tokens */
  tok: number;
  n: number;
  /** followed by possessive 's */
  possessive: boolean;
  /** character offsets of the surface in the sentence */
  start: number;
  end: number;
  /** inside the name of an organization, agency or system ("Transport for London") */
  inName?: boolean;
}

interface ExtraData {
  alsoStates: string[];
  aliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  dropForms: string[];
  capitalsExtra: Record<string, string[]>;
  personNames: string[];
  blockBefore: Record<string, string[]>;
  blockAfter: string[];
}

interface CountryIndex {
  trie: PackedTrie<CountryForm>;
  blockBeforeRe: Map<string, RegExp[]>;
  /** extra.blockAfter, indexed: "-x" entries, two-word entries and single words (lower-cased keys) */
  blockAfter: { hyphen: Set<string>; pair: Set<string>; single: Map<string, string[]> };
  names: Map<string, string>;
  extra: ExtraData;
  personNames: Set<string>;
}

let index: CountryIndex | null = null;

const CAPS_RISKY = new Set(['US']); // in ALL-CAPS lines "US" may be the pronoun; only U.S. / USA count

/** On-disk country forms (data/country-forms.json, written by data/build-indexes.ts from countries.json and countries-extra.json). */
export interface CountryFormsFile {
  source: string;
  /** [code, display name] */
  names: Array<[string, string]>;
  /** [form, code, kind, tokens joined by spaces (0 when equal to the form)], in index order */
  forms: Array<[string, string, CountryFormKind, string | 0]>;
  /** token trie over the forms (values are indexes into forms) */
  trie: PackedNode;
}

// plain require() with a literal path: loaded on first use, and bundlers (esbuild for the Lambda) include the file
function build(): CountryIndex {
  const file = require('./data/country-forms.json') as CountryFormsFile;
  const extra = require('./data/countries-extra.json') as ExtraData;
  const trie = new PackedTrie<CountryForm>(file.trie, (k) => {
    const [form, code, kind, joined] = file.forms[k];
    return { form, code, kind, tokens: (joined === 0 ? form : joined).split(' ') };
  });
  const blockBeforeRe = new Map(Object.entries(extra.blockBefore).map(([k, v]) => [k, v.map((b) => new RegExp(`\\b${b}\\s*$`, 'i'))]));
  const blockAfter = { hyphen: new Set<string>(), pair: new Set<string>(), single: new Map<string, string[]>() };
  for (const b of extra.blockAfter) {
    if (b.startsWith('-')) blockAfter.hyphen.add(b.slice(1));
    else if (b.includes(' ')) blockAfter.pair.add(b.toLowerCase());
    else { const k = b.toLowerCase(); blockAfter.single.set(k, [...(blockAfter.single.get(k) ?? []), b]); }
  }
  return { trie, blockBeforeRe, blockAfter, names: new Map(file.names), extra, personNames: new Set(extra.personNames) };
}

export function countryIndex(): CountryIndex {
  return (index ??= build());
}

export function countryName(code: string): string {
  return countryIndex().names.get(code) ?? code;
}

/** Country code for a name or demonym written exactly like that ("Albanian", "U.S."), else null. */
export function countryOfWord(w: string): string | null {
  const list = countryIndex().trie.get(tokenize(w).map((t) => t.text.toLowerCase()));
  const f = list?.find((x) => x.form === w || x.form.toLowerCase() === w.toLowerCase());
  return f && f.kind !== 'capital' ? f.code : null;
}

// After a capital, words that make it stand for the government ("Moscow denied", "Beijing's foreign ministry").
const GOV_VERB = /^(?:has|have|had|also|has also|later|quickly|swiftly|repeatedly|strongly)?\s*(?:said|says|say|denied|denies|deny|accused|accuses|blamed|blames|rejected|rejects|dismissed|dismisses|condemned|condemns|warned|warns|responded|responds|retaliated|insisted|insists|called|calls|demanded|demands|imposed|imposes|expelled|expels|summoned|summons|announced|vowed|vows|threatened|threatens|protested|urged|urges|sanctioned|wants|refused|refuses|has denied|have denied|did not|does not|is behind|was behind|ordered|pledged|promised|agreed|signed|hit back|struck back)\b/i;
const GOV_POSS_NOUN = /^(?:government|foreign|defen[cs]e|interior|ministry|embassy|envoy|ambassador|officials|leaders?|leadership|military|army|troops|hackers|spies|spy|intelligence|involvement|role|response|stance|position|denial|relations|ties|policy|regime|cyber|state|security|allies|rulers|authorities)\b/i;
const GOV_BEFORE = /\b(?:accused|accusing|blamed|blaming|urged|urging|warned|pressed|sanctioned|between|ties with|relations with|talks with|lawmakers in|officials in|authorities in)\s+(?:the\s+)?$/i;

function isUsStateGeorgia(fullText: string): boolean {
  return /\b(?:Atlanta|Savannah|Alpharetta|Augusta|Macon|Ga\.|U\.S\. state of Georgia|state of Georgia|Georgia state|Georgia Gov\.|Georgia Governor|Georgia's governor|Georgia Tech|Georgia Power|Georgia Bulldogs)\b/.test(fullText)
    && !/\b(?:Tbilisi|Georgian|Caucasus|South Ossetia|Abkhazia)\b/.test(fullText);
}

/** All country mentions in the sentences, in order. */
export function findCountries(sentences: Sentence[], toks: Token[][], fullText: string, lows?: string[][]): CountryHit[] {
  const idx = countryIndex();
  const hits: CountryHit[] = [];
  const georgiaIsState = /\bGeorgia\b/i.test(fullText) && isUsStateGeorgia(fullText);
  sentences.forEach((s, si) => {
    const tk = toks[si];
    const low = lows ? lows[si] : tk.map((t) => t.text.toLowerCase());
    for (let i = 0; i < tk.length; i++) {
      if (!idx.trie.hasFirst(low[i])) {
        if (tk[i].text.includes('-')) hyphenated(idx, s, si, tk[i], i, hits, tk[i - 1] ?? null);
        continue;
      }
      for (const [n, cands] of idx.trie.matches(low, i)) {
        const span = tk.slice(i, i + n);
        const surface = s.text.slice(span[0].start, span[n - 1].end);
        const f = pickForm(cands, span, s.shouting);
        if (!f) continue;
        if (!accept(f, s, tk, i, n, surface, fullText, georgiaIsState, idx)) continue;
        hits.push({ code: f.code, surface, kind: f.kind, sent: si, tok: i, n, possessive: tk[i + n]?.text === "'s", start: span[0].start, end: span[n - 1].end });
        i += n - 1;
        break;
      }
    }
  });
  if (KOREAN_STORY.test(fullText)) koreasShort(sentences, toks, hits);
  return hits;
}

// a story about the two Koreas, where "the North" and "the South" are short forms of their names
const KOREAN_STORY = /\b(?:North Korean?|South Korean?|Pyongyang|Seoul)\b/;

/** "hackers working for the North", "the South's spy agency": the Koreas' short forms, added in order. */
function koreasShort(sentences: Sentence[], toks: Token[][], hits: CountryHit[]): void {
  sentences.forEach((s, si) => {
    const tk = toks[si];
    for (let i = 1; i < tk.length; i++) {
      const w = tk[i].text;
      if ((w !== 'North' && w !== 'South') || tk[i - 1].text.toLowerCase() !== 'the') continue;
      const next = tk[i + 1]?.text ?? '';
      // "the North Atlantic", "the South China Sea", "the South of France", "the north-east": other places
      if (/^[\p{Lu}]/u.test(next) && next !== "'s" || next === 'of' || next === '-') continue;
      if (hits.some((h) => h.sent === si && h.tok <= i && i < h.tok + h.n)) continue;
      const hit: CountryHit = { code: w === 'North' ? 'KP' : 'KR', surface: w, kind: 'name', sent: si, tok: i, n: 1, possessive: next === "'s", start: tk[i].start, end: tk[i].end };
      const at = hits.findIndex((h) => h.sent > si || h.sent === si && h.tok > i);
      if (at < 0) hits.push(hit); else hits.splice(at, 0, hit);
    }
  });
}

/** "Russia-based", "Iran-linked", "pro-Russian", "Chinese-made": a country inside a hyphenated word. */
function hyphenated(idx: CountryIndex, s: Sentence, si: number, t: Token, i: number, hits: CountryHit[], prevToken: Token | null): void {
  if (/^[\p{Ll}]{1,3}-[\p{Lu}]/u.test(t.text)) return; // product names: e-Albania
  const parts = t.text.split('-');
  let off = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    const next = parts[p + 1]?.toLowerCase() ?? '';
    const cands = idx.trie.get([part.toLowerCase()]);
    if (cands && !/^(?:speaking|language)$/.test(next)) {
      let f = cands.find((c) => c.tokens.length === 1 && c.form === part);
      // "North Korea-nexus": the word before the hyphenated token completes the name
      const prevTok = p === 0 ? prevToken : null;
      const longer = prevTok ? idx.trie.get([prevTok.text.toLowerCase(), part.toLowerCase()])?.find((c) => c.form === `${prevTok.text} ${part}`) : undefined;
      let start = t.start + off;
      if (longer) { f = longer; start = prevTok!.start; }
      // a capital in "Paris-based" is a place; in "Beijing-backed" it stands for the government
      if (f && f.kind === 'capital' && !/^(?:backed|sponsored|linked|led|allied|aligned|controlled|directed|funded|friendly)$/.test(next)) f = undefined;
      if (f && (p > 0 || parts.length > 1) && /^[\p{Lu}]/u.test(part)) {
        hits.push({ code: f.code, surface: longer ? `${prevTok!.text} ${part}` : part, kind: f.kind, sent: si, tok: i, n: 1, possessive: false, start, end: t.start + off + part.length });
      }
    }
    off += part.length + 1;
  }
  void s;
}

function pickForm(cands: CountryForm[], span: Token[], shouting: boolean): CountryForm | null {
  const words = span.map((t) => t.text);
  for (const f of cands) if (f.tokens.every((t, k) => t === words[k]) && !(shouting && CAPS_RISKY.has(f.form))) return f;
  // sentence-initial "The Netherlands" / "the U.S." style case differences only on the first letter of a function word
  if (shouting && words.every((w) => w === w.toUpperCase())) {
    for (const f of cands) if (!CAPS_RISKY.has(f.form) && f.form.length > 3) return f;
  }
  return null;
}

function accept(
  f: CountryForm, s: Sentence, tk: Token[], i: number, n: number, surface: string, fullText: string,
  georgiaIsState: boolean, idx: CountryIndex,
): boolean {
  const before = s.text.slice(Math.max(0, tk[i].start - 30), tk[i].start);
  const next = tk[i + n]?.text ?? '';
  const next2 = tk[i + n + 1]?.text ?? '';
  const prev = tk[i - 1]?.text ?? '';
  for (const re of idx.blockBeforeRe.get(f.form) ?? []) if (re.test(before)) return false;
  // words after the name that make it something else ("Indian Ocean", "Russian-speaking", "English lessons")
  const { hyphen, pair, single } = idx.blockAfter;
  const nextL = next.toLowerCase();
  if (hyphen.has(nextL) || next === '-' && hyphen.has(next2.toLowerCase()) || pair.has(`${next} ${next2}`.toLowerCase())) return false;
  for (const b of single.get(nextL) ?? []) if ((next === b || s.shouting) && !(b === 'City' && f.form === 'Vatican')) return false;
  if (/^-(?:speaking|language)$/.test(s.text.slice(tk[i + n - 1].end, tk[i + n - 1].end + 10).split(/\s/)[0])) return false;
  if (f.form === 'Georgia' && (georgiaIsState || /,\s*$/.test(before) && /^[\p{Lu}]/u.test(prev))) return false;
  // "Lisa Monaco", "Michael Jordan": a first name before the word makes it a surname
  if (f.kind === 'name' && prev && /^[\p{Lu}][\p{Ll}]+$/u.test(prev) && isFirstName(prev) && i > 0) return false;
  if (idx.personNames.has(f.form)) {
    // "Michael Jordan", "Chad Smith": a first name or surname next to the word makes it a person
    if (tk[i + n] && /^[\p{Lu}][\p{Ll}]+$/u.test(next) && isFirstOrLastName(f.form) && isNameLike(next)) return false;
    if (prev && /^[\p{Lu}][\p{Ll}]+$/u.test(prev) && isFirstName(prev)) return false;
  }
  if (f.kind === 'capital') return capitalAsGovernment(s, tk, i, n);
  // "a message in Ukrainian, Russian and Polish", "issued in English and French": languages
  if (f.kind === 'demonym' && (!/^[\p{Ll}]/u.test(next) || /^(?:and|or|but|as|at|on|by|with|from|to|for|was|were|is|are|that|which)$/.test(next) || /PastTense|Participle|Adverb/.test(lexTag(next) ?? '')) && /\b(?:in|into|speak|speaks|spoke|spoken|speaking)\s+(?:[\p{Lu}][\p{Ll}]+(?:,\s*|\s+and\s+|\s+or\s+))*$/u.test(before)) return false;
  // ALL-CAPS single short words in normal text ("CHAD" in a byline) are not trusted
  if (!s.shouting && surface === surface.toUpperCase() && f.form !== surface) return false;
  void fullText;
  return true;
}

function capitalAsGovernment(s: Sentence, tk: Token[], i: number, n: number): boolean {
  const after = s.text.slice(tk[i + n - 1].end);
  const before0 = s.text.slice(Math.max(0, tk[i].start - 40), tk[i].start);
  // "the embassy in Washington", "based in Moscow": a place, unless "lawmakers in Washington"
  if (/\b(?:in|at|from|to|of|near|outside|into|via)\s+$/i.test(before0) && !GOV_BEFORE.test(before0)) return false;
  if (/^['’]s\s/.test(after)) return GOV_POSS_NOUN.test(after.replace(/^['’]s\s+/, ''));
  if (/^\s*\(/.test(after)) return false; // dateline "MOSCOW (Reuters)"
  if (GOV_VERB.test(after.replace(/^[\s,]+/, ''))) return !/^\s*,/.test(after) || /^\s*,\s*(?:which|however)/.test(after);
  const before = s.text.slice(Math.max(0, tk[i].start - 80), tk[i].start);
  return GOV_BEFORE.test(before);
}

function isFirstOrLastName(w: string): boolean {
  return isFirstName(w) || lexTag(w) === 'Person' || w === 'Jordan' || w === 'Chad';
}
function isNameLike(w: string): boolean {
  const t = lexTag(w);
  return t === undefined || t === 'LastName' || t === 'Person' || isFirstName(w);
}
