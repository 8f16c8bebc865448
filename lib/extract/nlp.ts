// compromise's lexicon: what it knows about English words (first names, surnames, places, ordinary
// words, verb forms). The lexicon is precomputed from the installed compromise into
// data/lexicon.json (data/build-lexicon.cjs; a unit test checks it is current) because importing
// compromise costs ~300 ms, more than extracting a hundred stories. compromise itself is loaded
// only when the precomputed table is unavailable.


interface LexiconFile { source: string; tagNames: string[]; words: string; tags: string }
type LexValue = string | string[];

interface Lexicon { lookup(word: string): string | undefined }

/** Sorted word list + one tag character per word: binary search, no map building at load. */
function tableLexicon(file: LexiconFile): Lexicon {
  const words = file.words.split('\n');
  const { tags, tagNames } = file;
  const cache = new Map<string, string | null>();
  return {
    lookup(w: string): string | undefined {
      const hit = cache.get(w);
      if (hit !== undefined) return hit ?? undefined;
      let lo = 0, hi = words.length - 1;
      let found: string | undefined;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const x = words[mid];
        if (x === w) { found = tagNames[tags.charCodeAt(mid) - 33]; break; }
        if (x < w) lo = mid + 1; else hi = mid - 1;
      }
      if (cache.size > 200_000) cache.clear(); // a long-lived process sees an open-ended vocabulary
      cache.set(w, found ?? null);
      return found;
    },
  };
}

/** compromise's own lexicon object (the source of data/lexicon.json). */
export function compromiseLexicon(): Lexicon {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as { model(): unknown };
  const lex = (nlp.model() as { one: { lexicon: Record<string, LexValue> } }).one.lexicon;
  return {
    lookup(w: string): string | undefined {
      if (!Object.prototype.hasOwnProperty.call(lex, w)) return undefined;
      const v = lex[w];
      return Array.isArray(v) ? v[0] : v;
    },
  };
}

let lex: Lexicon | null = null;
export function lexicon(): Lexicon {
  if (lex) return lex;
  let file: LexiconFile | null = null;
  try {
    file = require('./data/lexicon.json') as LexiconFile;
  } catch {
    file = null; // e.g. a bundle without the data file: ask compromise directly
  }
  return (lex = file ? tableLexicon(file) : compromiseLexicon());
}

// answers by the word as written, so a repeated word ("Russia", "said") skips lower-casing and the table's cache
const byRaw = new Map<string, string | null>();
/** compromise's lexicon tag for a word (lower-cased lookup), e.g. MaleName, Singular, Region (first tag when several). */
export function lexTag(word: string): string | undefined {
  const hit = byRaw.get(word);
  if (hit !== undefined) return hit ?? undefined;
  const t = (lex ?? lexicon()).lookup(word.toLowerCase());
  if (byRaw.size > 200_000) byRaw.clear(); // a long-lived process sees an open-ended vocabulary
  byRaw.set(word, t ?? null);
  return t;
}

export function isFirstName(w: string): boolean {
  const t = lexTag(w);
  return t === 'MaleName' || t === 'FemaleName' || t === 'FirstName';
}

const NAME_TAG = /Name|Person|Organization|Place|Country|City|Region|SportsTeam|Demonym|LastName/;
/** A word compromise's lexicon knows as a name (person, place, organization, demonym...). */
export function isKnownName(w: string): boolean {
  const t = lexTag(w);
  return !!t && NAME_TAG.test(t);
}

/** An ordinary English word (noun, verb, adjective...) rather than a name. */
export function isCommonWord(w: string): boolean {
  const t = lexTag(w);
  if (!t) return false;
  return !NAME_TAG.test(t);
}
