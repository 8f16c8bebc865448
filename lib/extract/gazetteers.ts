// Gazetteers, loaded on first use from the compact index files data/gazetteer-base.json and
// data/gazetteer-threats.json (written by data/build-indexes.ts from the curated lists and the
// MISP/ATT&CK data, provenance in data/README.md) and indexed as token tries, so a story is matched
// in one pass over its tokens.
import { CUE_STEMS, EXPLOITED_CUE, FRAUD_CUE } from './cues';
import { PackedNode, PackedTrie } from './trie';


export type GazCategory = 'agency' | 'organization' | 'system' | 'actor';

export interface GazEntry {
  id: string;
  category: GazCategory;
  name: string;
  acronym: string | null;
  country: string | null;
  kind: string | null;
  /** the acronym alone only counts when the story defines it or also names the body in full */
  acronymNeedsDefinition?: boolean;
}

export interface GazForm {
  entry: GazEntry;
  form: string;
  tokens: string[];
  /** needs a context word (ransomware, gang, group...) because the form is also an ordinary word or name */
  ambiguous: boolean;
  isAcronym: boolean;
}

/** On-disk form of a gazetteer (see gazetteer-build.ts). */
export interface GazetteerFile {
  source: string;
  /** [id, category, name, acronym, country, kind, acronymNeedsDefinition 0/1] */
  entries: Array<[string, GazCategory, string, string | null, string | null, string | null, 0 | 1]>;
  /** [entry index, form, tokens joined by spaces (0 when equal to the form), flags: 1 ambiguous, 2 acronym] */
  forms: Array<[number, string, string | 0, number]>;
  /** [lower-cased malware name, ATT&CK name] */
  malware: Array<[string, string]>;
  /** token trie over the forms (values are indexes into forms) */
  trie: PackedNode;
}

export interface Gazetteer {
  trie: PackedTrie<GazForm>;
  /** malware family names (ATT&CK malware): evidence for isCyber, not entities (threat gazetteer only) */
  malware: Map<string, string>;
}

// Two gazetteers: bodies, companies and products for every story; threat actors and malware (about
// 8,000 names) only for stories that talk about cyber incidents, so general news never loads them.
let gaz: Gazetteer | null = null;
let threats: Gazetteer | null = null;

export function loadGazetteer(file: GazetteerFile): Gazetteer {
  // entries and forms become objects only when a story matches them
  const entries: Array<GazEntry | undefined> = [];
  const entry = (k: number): GazEntry => {
    const hit = entries[k];
    if (hit) return hit;
    const [id, category, name, acronym, country, kind, nd] = file.entries[k];
    const e: GazEntry = { id, category, name, acronym, country, kind };
    if (nd) e.acronymNeedsDefinition = true;
    return (entries[k] = e);
  };
  const trie = new PackedTrie<GazForm>(file.trie, (i) => {
    const [k, form, joined, flags] = file.forms[i];
    return { entry: entry(k), form, tokens: (joined === 0 ? form : joined).split(' '), ambiguous: (flags & 1) !== 0, isAcronym: (flags & 2) !== 0 };
  });
  return { trie, malware: new Map(file.malware) };
}

// plain require() with a literal path: loaded on first use, and bundlers (esbuild for the Lambda) include the file
export function gazetteer(): Gazetteer {
  return (gaz ??= loadGazetteer(require('./data/gazetteer-base.json') as GazetteerFile));
}

/** Threat actors (MISP, ATT&CK groups, ransomware families) and malware names, loaded on first need. */
export function threatGazetteer(): Gazetteer {
  return (threats ??= loadGazetteer(require('./data/gazetteer-threats.json') as GazetteerFile));
}

// issue 10's later cue phrases in their own regexp (in the one below they would weaken its first-character
// check, on every page); plain words cost nothing there, so the theft wording of cues.ts's THEFT_CUES is
// gated by its words in the first one
const LOOKS_MORE = /without authori[sz]ation|flood(?:ed|ing|s)? [^.]{0,80}?with (?:junk |bogus |malicious |fake )?(?:traffic|requests)|social engineering|security (?:incident|event|breach|issue)|(?:suspicious|unusual|anomalous) (?:activity|access)|(?:changed|altered|modified|tampered with) (?:the |its |their )?(?:dns |domain )?records|knock(?:ed|ing|s)? [^.]{0,40}?(?:offline|down)/i;

/** Cheap test whether a story may report an incident at all (any incident vocabulary). */
export function looksCyber(text: string): boolean {
  return /cyber|hack|ransom|malware|breach|intru|ddos|denial-of-service|phishing|spyware|espionage|threat actor|wiper|botnet|exploit|vulnerab|leak|stole|defac|\bAPT\s?\d|trojan|backdoor|\bworm\b|\bvirus|extort|compromised|unauthori[sz]ed|theft|infiltrat|broke into|break into|breaking into|web shell|zero-day|killdisk|took control|drain|siphon|for sale|copied|downloaded|accessed|unless|hijack|attackers|attack on|it attack|got into|(?:took|taken|taking|takes|take) (?:over|down|offline)|brought down|knocked (?:out|offline)/i.test(text) || LOOKS_MORE.test(text) || cyberCues(text);
}

/** Fraud or exploitation wording, tested only when the story has one of their stems. */
function cyberCues(text: string): boolean {
  return CUE_STEMS.test(text) && (FRAUD_CUE.test(text) || EXPLOITED_CUE.test(text));
}

/** Stricter test for stories where threat-actor names can occur (loads the 8,000-name threat gazetteer). */
export function talksThreats(text: string): boolean {
  return /cyber|hack|ransom|malware|breach|intrusion|ddos|denial-of-service|phishing|spyware|espionage|threat actor|wiper|botnet|\bAPT\s?\d|trojan|backdoor|web shell|zero-day|exploited|infiltrat|extortion|attackers|stolen (?:data|files|information|documents)|leak site/i.test(text);
}
