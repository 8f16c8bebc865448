// compromise, used for what it knows about English: its lexicon (first names, surnames, common words)
// and part-of-speech structure of the few sentences where roles matter (who hit whom).
import nlp from 'compromise';

export { nlp };

let lex: Record<string, string> | null = null;
function lexicon(): Record<string, string> {
  return (lex ??= (nlp.model() as unknown as { one: { lexicon: Record<string, string> } }).one.lexicon);
}

/** compromise's lexicon tag for a word (lower-cased lookup), e.g. MaleName, Singular, Country. */
export function lexTag(word: string): string | undefined {
  return lexicon()[word.toLowerCase()];
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
