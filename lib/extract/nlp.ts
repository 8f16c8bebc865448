// compromise, used for what it knows about English: its lexicon (first names, surnames, common words)
// and part-of-speech structure of the few sentences where roles matter (who hit whom).
import nlp from 'compromise';

export { nlp };

type LexValue = string | string[];
let lex: Record<string, LexValue> | null = null;
function lexicon(): Record<string, LexValue> {
  return (lex ??= (nlp.model() as unknown as { one: { lexicon: Record<string, LexValue> } }).one.lexicon);
}

/** compromise's lexicon tag for a word (lower-cased lookup), e.g. MaleName, Singular, Region (first tag when several). */
export function lexTag(word: string): string | undefined {
  const v = lexicon()[word.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export function isFirstName(w: string): boolean {
  const t = lexTag(w);
  return t === 'MaleName' || t === 'FemaleName' || t === 'FirstName';
}

/** An ordinary English word (noun, verb, adjective...) rather than a name. */
export function isCommonWord(w: string): boolean {
  const t = lexTag(w);
  if (!t) return false;
  return !/Name|Person|Organization|Place|Country|City|Region|SportsTeam|Demonym|LastName/.test(t);
}
