// Incident vocabularies kept as data (data/incident-cues.json, with its provenance there) and the
// tense/aspect test for attack verbs. The tense of a verb form comes from compromise's lexicon tag
// (PastTense, Participle, Gerund, PresentTense) and the auxiliary before it, so "is using", "has
// swept", "targets" and "were stolen" are events while "could let", "to steal" and "may exploit" are not.
import { lexTag } from './nlp';

interface CueFile {
  fraud: string[];
  exploitation: string[];
  campaignVerbs: string[];
  irregularForms: Record<string, string[]>;
  advice: string;
  gateStems: { fraud: string[]; exploitation: string[] };
  attackerNouns: string[];
  sports: { words: string[] };
  aggregate: { share: string; source: string; head: string };
}

// plain require() with a literal path, as for the other data files (bundlers include it)
const file = require('./data/incident-cues.json') as CueFile;

/** Fraud, scam and phishing wording: smishing, scam emails, fraudsters posing as, spoofed, robocalls. */
export const FRAUD_CUE = new RegExp(`\\b(?:${file.fraud.join('|')})`, 'i');
/** A flaw said to be exploited: "actively exploited", "the bug was exploited", "exploiting a zero-day". */
export const EXPLOITED_CUE = new RegExp(`\\b(?:${file.exploitation.join('|')})`, 'i');
/** Advice to readers: "should not click", "urged customers", "never share". */
export const ADVICE = new RegExp(file.advice, 'i');
/**
 * Account takeover, funds drained, data offered for sale or copied, threats to publish it, websites
 * taken down: incidents told without the usual attack words ("Thieves drained 40 million dollars of tokens"). A regexp source, for the incident cues
 * and the cheap whole-story test alike.
 */
export const THEFT_CUES = String.raw`\b(?:took|take|takes|taking|taken) over (?:[\w'’-]+ ){0,6}?(?:accounts?|channels?|profiles?|controllers?|devices|computers|servers|networks|websites?|domains?|routers|cameras|screens)\b|\b(?:accounts?|data|records|files|details|passwords|credentials|e-?mails?|mailboxes|messages|chats|tickets|documents|photos|systems?|servers?|networks?|computers)\s+(?:accessed|stolen|exposed|leaked|hacked|breached|compromised)\b|\b(?:used|using|uses|use)\s+(?:stolen|compromised|leaked|phished|hijacked)\s+(?:[\w-]+\s+)?(?:credentials|passwords|log-?ins|accounts|tokens|keys|cookies)\b|\b(?:drain(?:ed|ing|s)?|siphon(?:ed|ing|s)?|empt(?:ied|ying)) (?:[\w'’$,.-]+ ){0,6}?(?:funds|wallets?|tokens|crypto\w*|bitcoin|ether|of (?:about |some |more than |nearly |over )?\$?[\d.,]+)|\b(?:offered|offering|offers|put up|listed|advertised)\b(?: [\w'’,$-]+){0,12}? for sale (?:on|via) (?:a |the |an )?(?:[\w-]+ ){0,2}?(?:forums?|dark ?web|marketplace|telegram)|\b(?:names|addresses|numbers|records|details|data|information|passwords|e-?mails|files)\b(?: [\w'’-]+){0,6}? (?:were|was|had been|have been|has been) (?:\w+ )?(?:copied|downloaded|exfiltrated)\b|\bthreat(?:en|ens|ened|ening)? to (?:publish|leak|release|sell|post) (?:[\w'’-]+ ){0,8}?unless\b|\b(?:took|taken|taking|takes|take|brought|bringing|knocked|knocking|knocks) (?:down|offline|out) (?:[\w'’-]+ ){0,4}?(?:websites?|sites|servers?|networks?|portals?|online services|email)\b|\b(?:knocked|knocking|knocks|knock) (?:[\w'’-]+ ){0,3}?(?:websites?|sites|servers?|networks?|portals?|online services|email) (?:offline|down)\b`;
/** THEFT_CUES as one regexp: each of them tells an act, so a sentence with one reports an event. */
export const THEFT_EVENT = new RegExp(THEFT_CUES, 'i');

/**
 * A company's own words for an intrusion, with no attack word: "a cybersecurity incident", "unauthorised
 * activity on its network"; a bare "security incident" or "security breach" only with a computing word in
 * its sentence ("affecting its cloud-based email service"), so a "security incident at the airport" stays physical.
 */
const EUPHEMISM_PLAIN = /\bcyber-?security (?:incident|event|issue|matter|breach)(?:es|s)?\b|\b(?:information|data|network|computer|e-?mail) security (?:incident|event|breach)(?:es|s)?\b|\b(?:unauthori[sz]ed|suspicious|unusual|anomalous|malicious) (?:activity|activities|access|behaviou?r|traffic|log-?ins?)\b[\w'’ ,-]{0,40}?\b(?:on|in|within|across|to|involving) (?:its|their|the|our|some of its|some of their|parts? of its|parts? of their) (?:[\w-]+ ){0,2}?(?:networks?|systems?|servers?|IT|environment|accounts?|e-?mail|computers?|platforms?|infrastructure)\b/i;
const SECURITY_INCIDENT = /\bsecurity (?:incident|event|breach|issue)(?:es|s)?\b/i;
const IT_WORD = /\b(?:computers?|networks?|systems?|servers?|e-?mails?|mailboxes|cloud|software|databases?|data|accounts?|websites?|online|digital|devices|applications?|platforms?|files)\b/i;
export function euphemism(s: string): boolean {
  return EUPHEMISM_PLAIN.test(s) || SECURITY_INCIDENT.test(s) && (IT_WORD.test(s) || /\bIT\b/.test(s));
}

/** A story about domain names: there, "changed the records" is DNS tampering. */
export const DNS_STORY = /\b(?:dns|domain names?|name ?servers?|registrars?)\b/i;
/** Records, entries or settings changed ("changed the records so visitors went to servers the group controlled"), read only in a DNS story. */
export const RECORD_TAMPER = /\b(?:changed|altered|modified|tampered with|edited|rewrote|rewritten|swapped|replaced|hijacked)\b (?:(?:the|its|their|some|several|many|all|dozens of|hundreds of) )?(?:[\w-]+ ){0,3}?(?:records?|entries|settings)\b/i;

/** A hit told of a share of a class ("two thirds of manufacturers"), and the survey or study it comes from. */
export const AGGREGATE_SHARE = new RegExp(file.aggregate.share, 'i');
export const AGGREGATE_SOURCE = new RegExp(file.aggregate.source, 'i');
/** A headline framed as a survey's or report's finding ("..., Verizon report finds"). */
export const AGGREGATE_HEAD = new RegExp(file.aggregate.head, 'i');
const SPORT_WORDS = new RegExp(`\\b(?:${file.sports.words.join('|')})\\b`, 'gi');

/** A story framed as sport: two different sports words ("tee" and "golf", "half-time" and "striker"). */
export function sportsFrame(text: string): boolean {
  SPORT_WORDS.lastIndex = 0;
  let first: string | null = null;
  for (const m of text.matchAll(SPORT_WORDS)) {
    const w = m[0].toLowerCase();
    if (first === null) first = w;
    else if (w !== first) return true;
  }
  return false;
}

// stems indexed by their first three letters (as one number, so no substring is made per word)
const key3 = (t: string) => (t.charCodeAt(0) << 16) | (t.charCodeAt(1) << 8) | t.charCodeAt(2);
function stemIndex(stems: string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of stems) {
    const k = key3(w);
    const l = m.get(k) ?? [];
    l.push(w);
    m.set(k, l);
  }
  return m;
}
const FRAUD_STEMS = stemIndex(file.gateStems.fraud);
const EXPLOIT_STEMS = stemIndex(file.gateStems.exploitation);
/** One scan for any stem anywhere in a text (for callers without tokens). */
export const CUE_STEMS = new RegExp([...file.gateStems.fraud, ...file.gateStems.exploitation].join('|'), 'i');

/**
 * Which of the two vocabularies a story can match at all: every pattern begins its words with one of the
 * listed stems, so a story whose tokens start with none of them skips those regexps on each sentence.
 */
export function cueGates(lows: string[][]): { fraud: boolean; exploited: boolean } {
  let fraud = false, exploited = false;
  for (const low of lows) {
    for (const t of low) {
      if (t.length < 3) continue;
      const k = key3(t);
      if (!fraud) { const l = FRAUD_STEMS.get(k); if (l && l.some((w) => t.startsWith(w))) fraud = true; }
      if (!exploited) { const l = EXPLOIT_STEMS.get(k); if (l && l.some((w) => t.startsWith(w))) exploited = true; }
      if (fraud && exploited) return { fraud, exploited };
    }
  }
  return { fraud, exploited };
}

/** Inflected forms of the attack verbs (regular rules plus the listed irregular ones) -> lemma. */
function verbForms(): Map<string, string> {
  const forms = new Map<string, string>();
  for (const v of file.campaignVerbs) {
    const irregular = file.irregularForms[v];
    if (irregular) { for (const f of irregular) forms.set(f, v); continue; }
    const stem = v.endsWith('e') ? v.slice(0, -1) : v;
    const es = /(?:s|sh|ch|x|z)$/.test(v) ? `${v}es` : `${v}s`;
    for (const f of [es, `${stem}ed`, `${stem}ing`]) forms.set(f, v);
  }
  return forms;
}
const FORMS = verbForms();
const BASE_FORMS = new Set(file.campaignVerbs);
// the attackers a headline puts before a bare verb: "Hackers hijack ...", "Scammers target ..."
const ATTACKER_NOUNS = new Set(file.attackerNouns);

// not "'s": after a name it is mostly the possessive ("children's hacking contest")
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', "'re"]);
const HAVE = new Set(['has', 'have', 'had']);
// "the targets", "its attacks": a noun after a determiner, not a verb
const PLURAL_BEFORE = new Set(['its', 'their', 'his', 'her', 'our', 'and', 'or', 'potential', 'possible', 'other', 'such', 'these', 'those', 'many', 'more', 'new']);
// adverbs that sit between an auxiliary and its verb without -ly: "were already exploiting", "are still using"
const MID_ADVERBS = new Set(['already', 'still', 'also', 'now', 'again', 'even', 'often', 'soon']);
const NOT_FINITE_BEFORE = new Set(['to', 'could', 'would', 'might', 'may', 'can', 'will', 'should', 'must', 'cannot', 'not', "n't", 'never', 'if', 'how', 'against', 'of', 'for', 'about', 'without', 'from', 'by', 'the', 'a', 'an']);

/**
 * An attack verb used as a reported event in this sentence: past ("stole"), passive ("were stolen"),
 * perfect ("has swept", "have been targeting"), progressive ("is using") or third-person present
 * ("targets"). Infinitives, modals and bare gerunds ("to steal", "could exploit", "avoid clicking") are not.
 * In a headline, a bare verb after an attacker noun is one too ("Hackers hijack ...").
 */
export function attackVerbEvent(low: string[], headline = false): boolean {
  for (let i = 0; i < low.length; i++) {
    const w = low[i];
    // a headline tells a past event in the present: "Hackers hijack verified channels"
    if (headline && i > 0 && BASE_FORMS.has(w) && ATTACKER_NOUNS.has(low[i - 1])) return true;
    if (!FORMS.has(w)) continue;
    const p1 = low[i - 1] ?? '', p2 = low[i - 2] ?? '';
    // one adverb may sit between the auxiliary and the verb ("is actively exploiting")
    const aux = p1.endsWith('ly') || MID_ADVERBS.has(p1) ? p2 : p1;
    if (NOT_FINITE_BEFORE.has(aux)) continue;
    const tag = lexTag(w);
    const ing = w.endsWith('ing');
    if (ing) { if (BE.has(aux)) return true; continue; }
    // past forms: compromise's tag, or an -ed form it tags otherwise ("impersonated", "locked" as an adjective); "hit" and "spread" only after an auxiliary
    const past = tag === 'PastTense' || tag === 'Participle' || w.endsWith('ed');
    if (past || (w === 'hit' || w === 'spread') && (BE.has(aux) || HAVE.has(aux))) {
      if (i > 0) return true;
      continue;
    }
    // third person present: "targets", "steals" after a name or noun, not after a determiner ("the targets")
    if (tag === 'PresentTense' && i > 0 && !PLURAL_BEFORE.has(p1)) return true;
  }
  return false;
}
