// The incident block: is the story about a cyber incident (with a confidence), which kinds,
// which countries were hit (victims), which the story attributes it to (denials included),
// when it happened and how governments and companies responded.
import { Incident, IncidentType, ResponseType } from '../types';
import { countryForPlace, listedCityCountry } from '../clean/dateline';
import { DATELINE_REGIONS } from '../clean/data/dateline-places';
import { CountryHit } from './countries';
import { ADVICE, AGGREGATE_HEAD, AGGREGATE_SHARE, AGGREGATE_SOURCE, attackVerbEvent, cueGates, DNS_STORY, euphemism, EXPLOITED_CUE, FRAUD_CUE, RECORD_TAMPER, sportsFrame, THEFT_CUES, THEFT_EVENT } from './cues';
import { datesInSentence, publicationDay } from './dates';
import { Grouped } from './entities';
import { Sentence, Token } from './text';

const CUE = /\bcyber[- ]?attacks?\b|\bcyber[- ]?(?:incident|intrusion|operation|campaign|breach|espionage|sabotage|activity|activities|weapon|weapons|warfare|offensive)s?\b|cyberweapon|ransomware|\bhack(?:ed|s|ing)?\b|\bhackers?\b(?! (?:convention|conference|contest|camp|culture|ethic|spaces?|news|house|summit|festival|meet-?up|village|thriller|film|movie|drama|series|novel|show|character|hero|comedy)s?\b)|data breach|\bbreach(?:ed|es)?\b|\bddos\b|denial[- ]of[- ]service|malware|\bwiper\b|\bintru(?:sion|sions|der|ders|ded)\b|\bdefac(?:e|es|ed|ement|ing)\b|phishing|espionage|\bhacktivis(?:ts?|m)\b|\b(?:info|information|password|credential)[- ]?stealers?\b|spyware|botnet|exfiltrat|\bcompromised\b|broke into|break into|breaking into|\b(?:it|computer|network|email|online|digital|software|server) attacks?\b|\battacks? (?:on|against) (?:[\w'’-]+ ){0,3}(?:it|computers?|networks?|systems?|servers?|websites?|e-?mail|databases?|software|online)\b|\b(?:got|get|gets|getting|gained) into (?:[\w'’-]+ ){0,3}(?:systems?|networks?|servers?|computers?|accounts?|databases?|e-?mails?|mailboxes)\b|\b(?:dns|domain|bgp|session|account|sim) hijack\w*|\battackers\b(?=[^.]*\b(?:computers?|networks?|servers?|systems?|domains?|e-?mail|log-?in|passwords?|accounts?|data|software|websites?|online|files|credentials|databases?)\b)|infiltrat|\bstole\b|\bstolen\b|\bleaked\b|\bextort|\bblackmail|malicious (?:software|code|traffic|email|program)|\bworm\b|computer virus|\bvirus\b|unauthori[sz]ed access|illegal access|theft of (?:\w+ ){0,3}(?:data|information|records|details|emails)|access to (?:\w+ ){0,3}(?:personal|private|sensitive|customer|patient) (?:data|details|information|records)|(?:data|information|records|details) (?:\w+ ){0,3}(?:had been |have been |has been |were |was |been )?(?:taken|exposed|stolen|leaked|accessed|compromised)|\b(?:were|was|been) (?:\w+ )?(?:accessed|exposed)\b|\binfected (?:\w+ ){0,3}(?:computers?|machines|systems?|devices|networks?|servers|pcs|email addresses)|\b(?:were|was|been) infected\b|\bblackout caused by|\btook control of (?:\w+ ){0,2}computers|\bkilldisk\b|\bbackdoor\b|web shells?|zero-day|\bexploit(?:ed|ing)? (?:\w+ ){0,3}(?:flaws?|vulnerabilit)/gi;
// cue phrases added for issue 10's second round, in their own regexp: added to CUE they would weaken the
// first-character check that lets CUE skip most positions of most sentences
export const CUE_MORE = new RegExp(String.raw`\baccessed without (?:authori[sz]ation|permission)|\b(?:gained|got|obtained|had had) (?:unauthori[sz]ed )?access (?:[\w-]+ ){0,3}?to (?:the |its |their |some )?(?:[\w-]+ ){0,4}?(?:mailboxes|e-?mail accounts|accounts|systems|networks?|servers|computers|databases?)\b|\bunauthori[sz]ed (?:party|third party|person|user|actor)\b|\bsocial engineering\b|${THEFT_CUES}|` + /\bencrypted (?:[\w'’-]+ ){0,3}(?:files|data|systems|servers|computers|networks|machines)\b|\bflood(?:ed|ing|s)? (?:[\w-]+ ){0,8}?with (?:junk |bogus |malicious |fake )?(?:traffic|requests)/.source, 'i');
const STRONG = /cyber[- ]?attack|ransomware|hacked|\bhack\b|hackers\b|hacker\b(?! (?:convention|conference|contest|camp|culture|ethic|spaces?|news|house|summit|festival|meet-?up|village|thriller|film|movie|drama|series|novel|show|character|hero|comedy)s?\b)|breach|ddos|denial[- ]of[- ]service|malware|wiper|intrusion|intruders?|defac|phishing|spyware|hacktivis|stealers?\b|exfiltrat|broke into|breaking into|hacking of\b|\b(?:it|computer|network|email|online|digital|software|server) attacks?\b|\battacks? (?:on|against) (?:[\w'’-]+ ){0,3}(?:it|computers?|networks?|systems?|servers?|websites?|e-?mail|databases?|software|online)\b|\b(?:got|get|gets|getting|gained) into (?:[\w'’-]+ ){0,3}(?:systems?|networks?|servers?|computers?|accounts?|databases?|e-?mails?|mailboxes)\b|\b(?:dns|domain|bgp|session|account|sim) hijack\w*|cyber[- ]?espionage|cyber incident|cybercriminal|\bworm\b|cyberweapon|unauthori[sz]ed access|theft of/i;
// strong wording added in issue 10's second round, tested only when STRONG fails (so STRONG keeps its first-character check)
const STRONG_MORE = new RegExp(String.raw`without authori[sz]ation|\b(?:stole|stolen|steal|steals|stealing)\b (?:[\w'’$,.-]+ ){0,6}?(?:tokens|crypto\w*|bitcoins?|ether|from (?:[\w'’-]+ ){0,3}?(?:wallets?|accounts?))\b|\bunauthori[sz]ed (?:party|third party|person|user|actor)\b|${THEFT_CUES}|` + /\bflood(?:ed|ing|s)? (?:[\w-]+ ){0,8}?with (?:junk |bogus |malicious |fake )?(?:traffic|requests)|\b(?:data|information|details|records|passwords) (?:[\w-]+ ){0,3}?(?:was|were|had been|has been|have been) (?:\w+ )?(?:stolen|leaked|exfiltrated)\b|\bencrypted (?:[\w'’-]+ ){0,3}(?:files|data|systems|servers|computers|networks|machines)\b/.source, 'i');
const COMPUTING = /\b(?:computer|network|system|server|data|email|e-mail|account|website|online|digital|cyber|software|internet|it\b|password|database|cloud|app|files|encrypt|tech|information|patch|bugs?\b|flaws?\b|vulnerab|exploit|state-backed|state-sponsored)/i;
const NEGATED = /\bno (?:evidence|sign|signs|indication|suggestion)\b(?! (?:that |of )?(?:[\w'’-]+ ){0,5}?(?:data|customer|customers|personal|information|details|records|files|funds|money|passwords?|payment|card|cards|misuse|misused|other|production|main|core|patients?|any of)\b)|\bnot (?:a |the result of |caused by |due to |linked to |related to |the work of )?(?:a )?(?:cyber|hack|malicious)|\bruled out\b|\brather than (?:a )?(?:cyber|hack)|\bunrelated to\b|\bwas not (?:a |an )?(?:cyber|hack|attack)|\bwere not (?:hack|attack)|\bnothing to do with\b|\bno (?:cyber|hack|malicious)|\bnot (?:an? )?(?:attack|intrusion|security incident)|\bwithout (?:any )?(?:attack|hack)|\bnone (?:of (?:them|the \w+) )?(?:was|were|is|are|had been|has been|have been) (?:\w+ ){0,5}?exploited|\b(?:not|never) (?:\w+ ){0,4}?(?:been )?exploited\b|\bno (?:known |reports of |sign of |evidence of )?(?:exploitation|active attacks)|\bnot (?:by|from|through|via) (?:a |an )?(?:cyber|hack|malicious|attack)|\bno (?:known |public |other )?(?:reports?|evidence|signs?|indications?) (?:of|that) (?:[\w'’-]+ ){0,4}?(?:being |been |was |were |had been |has been |is being )?(?:used|exploited|abused)\b|\b(?:not|never) (?:yet )?(?:[\w-]+ ){0,2}?(?:detected|seen|observed|found|identified|aware of) (?:any )?(?:[\w-]+ )?(?:abuse|exploitation|attacks|malicious activity)\b/i;
const POLICY = /\b(?:strategy|strategies|legislation|law|laws|bill|rules|regulation|regulations|requirements?|funding|budgets?|pilot|bounty|bounties|exercise|drill|simulat\w*|training|hackathon|conference|invit\w*|framework|guidance|guidelines|initiative|proposal|proposed|will allow|would allow|aims? to|plans? to|monitor|pre-emptive|preemptive|recruit\w*|workforce|skills)\b/i;
const POLICY_HEAD = /\b(?:law|laws|legislation|strategy|bill|rules|regulation|plan|plans|budget|bounty|program|programme|pilot|drill|exercise|rehearse|rehearses|rehearsal|simulates?|simulation|unveils|launches|passes|proposes|insurance|insurers|underwriters|premiums|exclude|excludes|exclusions?)\b/i;
const SIMULATION = /\b(?:exercises?|drills?|simulat\w*|rehears\w*|tabletop|war ?gam\w*|mock (?:attack|cyberattack|hack)|hypothetical)\b/i;
const EVENT = /\b(?:was|were|been|had been|has been|have been|is being|are being) (?:\w+ )?(?:hit|attacked|targeted|breached|hacked|compromised|disrupted|stolen|leaked|paralyz\w*|paralys\w*|crippled|infected|encrypted|knocked|taken|shut|defaced|accessed|exposed|affected|deleted|wiped|destroyed|disabled|hijacked|locked)|\b(?:hit|attacked|targeted|breached|hacked|compromised|disrupted|paralyzed|paralysed|crippled|infected|encrypted|defaced|stole|exposed|leaked|knocked|claimed responsibility|claimed the attack|broke into|penetrated|took over|took control|halted|shut down|shuts down|took down|takes down|brought down|forced|gained access|infiltrated|wiped|destroyed|disabled|exploited|planted|deployed|used|caused|suffered|detected|discovered|disclosed|blamed|accused|attributed|behind|responsible|charged|indicted|sanctioned|ordered|confirmed|hijacked|posted|demanded|paid|bought|sold|obtained|downloaded|copied|tricked|captured|sentenced|convicted|jailed|pleaded guilty|demanding|extorting)\b|\battack (?:on|against)\b|\bvictims?\b|\bransom (?:demand|note|payment)|\bfell victim\b|\b(?:lost|loses|losing) (?:[\w$£€.,-]+ ){0,4}?to (?:an? |the )?(?:[\w-]+ ){0,2}?(?:fraud|scams?|scammers|fraudsters|hackers|criminals|cyber-?attacks?|cyber-?criminals)\b|\b(?:drained|emptied|siphoned|looted)\b|\b(?:offered|put up|listed|advertised)\b(?: [\w'’,$-]+){0,20}? for sale\b|\b(?:took|taking|taken) over\b/i;
// a cue word as the modifier of a market, a trade or a job ("cyber insurance prices", "ransomware claims ease")
const MARKET_SRC = String.raw`\b(?:cyber|cyber-?security|ransomware|hacking|data[- ]breach|breach|phishing|malware|ddos)[- ]?(?:insurance|insurers?|underwriters?|cover|claims|premiums|policies|market|markets|stocks?|shares|spending|budgets?|funding|start-?ups?|vendors?|industry|jobs|workforce|skills|talent|awareness|training|month|week|conference|summit|protection|defen[cs]es?)\b`;
const MARKET_COMPOUND = new RegExp(MARKET_SRC, 'i');
const MARKET_COMPOUNDS = new RegExp(MARKET_SRC, 'gi');
// an event that hits something (not any reported act: "registered a company in Latvia" names no place of attack)
const HIT_EVENT = /\b(?:hit|hits|attacked|attacks?|targeted|targeting|breached|hacked|compromised|disrupted|disrupting|paralyz\w*|paralys\w*|crippled|infected|encrypted|defaced|knocked|shut|wiped|destroyed|disabled|hijacked|locked|stolen|stole|leaked|exposed|outages?|disruptions?|victims?|ransom|intrusions?)\b/i;
const SPECIFIC = /\b(?:the|this|that|last (?:week|month|year)'s|its|a massive|a major|a large) (?:[\w-]+ ){0,3}(?:hack|attack|attacks|cyberattack|cyber-attack|breach|intrusion|incident|theft|leak|outage)\b/i;
// an attack told as a cause ("closed after a ransomware attack") or "cyberattack on": tested only when EVENT and SPECIFIC fail
const SPECIFIC_MORE = /\b(?:after|over|following|amid|due to|because of|in the wake of|caused by|hit by|struck by|investigating|investigated|identified|detected|discovered|disclosed|suffered|experienced|responding to|responded to|dealing with|contained) (?:a |an )?(?:[\w-]+ ){0,3}?(?:hack|attack|cyberattack|cyber-attack|breach|intrusion|incident)\b|\bcyber-?attacks? (?:on|against)\b/i;

const TYPE_RULES: Array<[IncidentType, RegExp]> = [
  ['ransomware', /ransomware|\bransoms?\b|\bextort|\block(?:ed|s|ing)? (?:up )?(?:[\w'’-]+ ){0,3}?(?:files|systems|computers|servers|data|machines)\b|\bdemand(?:ed|s|ing)? (?:a )?payment (?:for|to) (?:[\w-]+ ){0,2}?(?:key|keys|decrypt\w*|unlock\w*|restore\w*)|\bthreat(?:en|ens|ened|ening)? to (?:publish|leak|release|sell|post) (?:[\w'’-]+ ){0,8}?unless\b|encrypted (?:its |their |the )?(?:files|data|systems|servers|computers)/i],
  ['ddos', /\bddos\b|denial[- ]of[- ]service|junk traffic|flood(?:ed|ing)? (?:\w+ ){0,3}(?:with|by) (?:junk |bogus |malicious )?(?:traffic|requests)/i],
  ['wiper', /\bwiper\b|\bwiped\b|\berase[ds]? (?:\w+ ){0,2}(?:data|files|drives|disks)|destructive (?:malware|cyber|attack)|destroyed (?:\w+ ){0,2}(?:data|files|servers|computers)/i],
  ['data-breach', /data breach|(?<!\bto )\bbreach(?:es)?\b|\b(?:steals|stole|stolen) (?:[\w'’-]+,? (?!the |a |an |its |their )){0,5}(?:data|information|records|emails|documents|details|particulars|files|numbers|names|addresses)|\b(?:took|taken|taking|takes) (?:the |some |large amounts of |copies of |a copy of )?(?:data|information|files|records|emails|documents)\b|\bleak(?:ed|s)?\b|(?<!-)\bexposed\b|exfiltrat|personal (?:data|information|details|particulars)|customer (?:data|information|records)|(?:accessed|obtained|downloaded|took|copied|scraped?|published|posted|dumped) (?:\w+ ){0,4}(?:data|information|names|records|emails|documents|details|files|numbers)|(?:data|information|details|records|passwords?|files|emails|documents|numbers|names|addresses|copies)\b(?: [\w'’-]+){0,14}? (?:was|were|had been|has been|have been|been|being|(?:had|has|have) (?:probably|likely|possibly|also|already) been) (?:\w+ )?(?:stolen|taken|accessed|exposed|leaked|compromised|posted|dumped|downloaded|copied|scraped|published|obtained)|\baccounts? (?:\w+ ){0,3}(?:were |was |had been |have been )?compromised|\bcaptur(?:ed|es|ing) (?:[\w-]+ ){0,3}(?:card|payment|credit|bank) (?:numbers|details|data)|\bthreat(?:en|ens|ened|ening)? to (?:publish|leak|release|sell|post) |compromised accounts|\b(?:offered|offering|put up|listed|advertised)\b(?: [\w'’,$-]+){0,12}? for sale|\bup for sale|sold (?:\w+ ){0,3}(?:on|via) (?:a |the )?(?:dark ?web|forums?|hacking forums?|telegram)|dumped online|leak site/i],
  ['espionage', /espionage|\bspy(?:ing)?\b|\bspies\b|intelligence[- ]gathering|\bsurveillance\b|eavesdrop|wiretap|state-sponsored|state-backed|pre-position|prepositioning|pre-positioning/i],
  ['defacement', /\bdefac(?:e|es|ed|ement|ing)\b|replaced (?:\w+ ){0,3}(?:home ?page|images?|content) with/i],
  ['phishing', /phishing|\bphished\b|pretend(?:s|ed|ing)? to (?:be|come) from|fake (?!news\b)(?:[a-z-]+ ){0,2}?(?:log-?in|e-?mails?|invoices?|payment|websites?|pages?|texts?|messages?|calls?|ads?|adverts?|advertisements?|giveaways?|updates?|support)|lookalike (?:sites?|websites?|domains?|pages?|apps?)|\bpos(?:ed|es) as\b|social engineering|mfa fatigue|sim[- ]swap|smishing|vishing|malspam|scam(?:s|mers?)? (?:e-?mails?|texts?|text messages?|messages?|calls?|links?)|(?:text|sms|e-?mail|whatsapp|'hi mum'|hi mum) scams?|posing as|pretending to be|impersonat\w*(?! users)|spoof(?:s|ed|ing)?\b|fraudulent (?:e-?mails?|texts?|messages?|links?|invoices?)|business e-?mail compromise|malicious (?:links?|attachments?|macros?)|\b(?:e-?mail|infected|booby-trapped|rigged) attachments? (?:\w+ ){0,2}?(?:that |which )?(?:installed|contained|carried|dropped|loaded|delivered|planted|launched)|fraudsters? (?:\w+ ){0,2}(?:sent|sending|send) (?:\w+ ){0,2}(?:e-?mails?|texts?|messages?)|e-?mail fraud|(?:tricked|duped|deceived) into (?:wiring|transferring|paying|sending)|\btrick(?:s|ed|ing)? (?:[\w-]+ ){0,5}?into (?:installing|opening|clicking|downloading|entering|handing|giving|running|typing|revealing|approving|sharing)/i],
  ['supply-chain', /supply[- ]chain|(?:tainted|malicious|compromised|trojani[sz]ed|poisoned) (?:software )?update|through (?:a |its )?(?:software )?(?:vendor|supplier|provider)|third-party (?:software|vendor|supplier|provider|file-transfer)|file-transfer (?:software|program|tool|application|service)|(?:vendor|supplier)'s software|mass exploitation/i],
];

const DDOS_RULE = TYPE_RULES.find(([t]) => t === 'ddos')![1];

// Phrases whose cue word tells no attack: servers "exposed to the internet" are reachable, not leaked.
const REACHABLE = /\bexposed (?:directly )?to (?:the )?(?:public |open )?(?:internet|web)\b/gi;
// Type words that say what a tool can lead to or what a gang calls itself, not what this incident was:
// "used as a first step before ransomware", "the Clop extortion group", "the leaked LockBit builder".
const TYPE_NOT_EVIDENCE = /\b(?:before|precursor (?:to|for)|prelude to|paves? the way for|stepping[- ]stones? (?:to|for)|(?:can|could|may|might|would) (?:[\w-]+ ){0,3}?(?:lead to|be used (?:to|for)|deliver|drop|deploy))\s+(?:[\w-]+\s+){0,2}?(?:ransomware|data theft|phishing)\b|\bextortion (?=(?:group|gang|crew|outfit|operation|racket|collective)s?\b)|\bleaked (?=(?:[\w-]+ ){0,2}?(?:builder|source code|tool(?:s|kit)?|exploits?|malware|code)\b)/gi;
// A theft or takeover said to be possible, not done: "could let an attacker take over user accounts".
const UNREAL_BEFORE = /\b(?:could|would|might|may|can|cannot|to|let|lets|allow|allows|allowed|allowing|enable|enables|enabled|enabling)\s+(?:[\w'’-]+\s+){0,3}$/i;
function theftEvent(s: string): boolean {
  const m = THEFT_EVENT.exec(s);
  return !!m && !UNREAL_BEFORE.test(s.slice(Math.max(0, m.index - 60), m.index));
}
// Words that are cues only when about computers or money online: a gold toilet "stolen", thieves who "broke into" a palace.
const GENERIC_CUE = /\bstole\b|\bstolen\b|\bbr(?:oke|eak|eaking) into\b|\bleaked\b|\bvirus\b|\bworm\b|\btheft of\b/gi;
const CUE_ONE = new RegExp(CUE.source, 'i');
const DIGITAL_THING = /\b(?:crypto\w*|bitcoins?|wallets?|tokens?|card (?:details|numbers|data)|passwords?|credentials|log-?ins?|customers?|personal|records|accounts?|e-?mails?|hackers?)\b/i;
/** True when the story's only cue words are thefts and break-ins ("a gold toilet was stolen", "thieves broke into the palace"). */
function physicalStory(body: string): boolean {
  GENERIC_CUE.lastIndex = 0;
  if (!GENERIC_CUE.test(body)) return false;
  const rest = body.replace(GENERIC_CUE, ' ');
  return !CUE_ONE.test(rest) && !strongBesides(rest) && !CUE_MORE.test(rest);
}
function genericOnly(s: string): boolean {
  GENERIC_CUE.lastIndex = 0;
  if (!GENERIC_CUE.test(s) || COMPUTING.test(s) || DIGITAL_THING.test(s)) return false;
  const rest = s.replace(GENERIC_CUE, ' ');
  return !CUE_ONE.test(rest) && !CUE_MORE.test(rest) && !strongBesides(rest) && !FRAUD_CUE.test(rest);
}

// A headline that frames the story as advice ("How to tell a real delivery text from a scam") or as a
// report's statistics ("... three times as many breaches, Verizon report finds"): not an incident of its own.
const HOWTO_HEAD = /^(?:how (?:to|you can|can you|do you|not to)|what to do|tips (?:for|to|on)|\d+ (?:ways|tips|signs|things)|(?:a |the )?guide to|explainer|q&a|here's how|here is how)\b/i;
// a flaw's verbs are what it could let an attacker do ("could let an attacker take over accounts"), not acts
const HYPOTHETICAL = /\b(?:could|would|might|may|can)\s+(?:[\w-]+\s+){0,2}?(?:let|allow|enable|give|permit)\b/i;
// a patch or flaw headline ("GitLab fixes critical flaw that allowed account takeover"): an attack only when the story says the flaw was exploited
const PATCH_HEAD = /\b(?:fix(?:es|ed)?|patch(?:es|ed)?|plugs?|closes?|addresses|warns? of|discloses?|releases? (?:\w+ )?(?:fix|patch|update)(?:es|s)? for)\s+(?:[\w-]+\s+){0,4}?(?:flaws?|bugs?|vulnerabilit(?:y|ies)|holes?|weakness(?:es)?)\b/i;
const STAT = /\b\d[\d,.]*\s?(?:%|per ?cent|percent)|\b(?:twice|(?:two|three|four|five|ten) times) as (?:many|much|often)|\bas many\b|\b(?:a|one|two) (?:third|quarter|fifth|tenth)s? of\b|\bhalf of\b|\b(?:rise|rises|increase|increases|jump|fall|drop|surge|spike)s? in (?:the number of )?|\bnumber of\b|\b\d[\d,]* (?:[\w-]+ ){0,2}(?:incidents|breaches|attacks|cases|intrusions)\b|\bmedian\b|\bon average\b/i;

const RESPONSE_RULES: Array<[ResponseType, RegExp, RegExp?]> = [
  ['sanctions', /\bsanction(?:s|ed|ing)?\b/i],
  ['diplomatic', /\bexpel(?:led|s|ling)?\b (?:\w+ ){0,4}(?:diplomats?|embassy|ambassador|envoy|staff)|\b(?:cut|sever(?:ed)?|broke off|break|breaking|cutting|suspend(?:ed)?) (?:off )?(?:all )?(?:diplomatic )?(?:ties|relations)|diplomatic (?:ties|relations) (?:were |was )?(?:cut|severed|broken)|\bsummon(?:ed|s|ing)? (?:\w+ ){0,3}(?:ambassador|envoy|charg[eé]|diplomat)|recall(?:ed|s)? (?:its |their )?(?:ambassador|envoy)|diplomatic (?:protest|demarche|note)|\bdenounced\b|\bcondemn(?:ed|s)?\b/i],
  ['indictment', /\bindict(?:ed|ment|ments|s)?\b|\bcharged\b|\bcharges? against\b|criminal (?:complaint|charges)|\bconvicted\b|\bsentenced\b|\bprosecut/i],
  ['arrest', /\barrest(?:ed|s|ing)?\b|\bdetained\b|\bin custody\b|\bextradit/i],
  ['takedown', /\btake ?down\b|\btaken down\b|\bseiz(?:ed|ure|es|ing)\b|\bdismantl|\bdisrupted (?:the )?(?:gang|group|botnet|network|infrastructure)|\brecovered (?:\w+ ){0,3}(?:bitcoin|ransom|cryptocurrency|payment)|\bshut down (?:the )?(?:gang|group|botnet|forum|marketplace|site)/i],
  ['ransom-paid', /\bpaid (?:\w+ ){0,5}ransom|\bransom (?:\w+ ){0,2}(?:was |had been |has been )?paid|\bpaying (?:the |a )?ransom|\bpaid (?:the )?(?:hackers|attackers|criminals|gang)\b|\bpaid \$?[\d.,]+ (?:million )?(?:in )?(?:bitcoin|cryptocurrency)/i, /\b(?:not|never|refused to|won't|would not|will not|declined to|no) (?:\w+ ){0,3}(?:pay|paid)|\bwithout paying|\bno ransom/i],
  ['systems-shutdown', /\b(?:shut|shutting|closed|closing|took|taken|take|taking|knocked|pulled|disconnected|isolat\w*) (?:\w+ ){0,5}(?:down|offline|off)\b|\b(?:systems?|networks?|servers?|services?|websites?|sites?) (?:\w+ ){0,3}(?:offline|down)\b|\bhalted (?:\w+ ){0,3}operations|\bsuspended (?:\w+ ){0,3}(?:operations|services|service)/i],
  ['investigation', /\binvestigat|\bprobe\b|\binquiry\b|\bforensic/i],
];

// Role patterns around a country mention (the mention is written as <C>).
// up to three lower-case describing words between a country and the attacker noun ("Russian military intelligence hackers")
const FILLER = String.raw`(?:(?!(?:says|said|say|told|tells|reported|reports|confirmed|confirms|finds|found|shows|showed|reveals|revealed|concludes|concluded|suggests|names|named|identifies|identified|unmasks|unmasked|arrests|arrested|jails|jailed|sentences|sentenced|extradites|extradited|indicts|indicted|seeks|sought|hunts|wants|fines|fined|warned|warns|denied|denies|deny|rejected|dismissed|blamed|blames|blame|accused|accuses|charged|charges|charge|sanctioned|sanctions|hit|hits|was|were|is|are|has|have|had|that|who|which|and|or|of|in|on|to|by|for|with|the|a|an|its|their|after|as|from|against|over)\b)[a-z][\w-]*\s+){0,3}?`;
// ("a dual Russian and Israeli national": both nationalities)
const ATTRIB_AFTER = new RegExp(String.raw`^(?:['’]s\s+)?(?:(?:and|or)\s+[\p{Lu}][\p{L}-]*\s+)?` + FILLER + String.raw`(?:[Hh]ackers?|hacking|hacker group|hacking group|gang|threat actors?|spies|spy agency|agents|intelligence officers|military intelligence|military hackers|state-sponsored|state-backed|government-backed|government-linked|state-linked|operatives|attackers?|perpetrators|cybercriminals|criminals|cyber ?army|cyber ?forces?|(?:military|army|intelligence|cyber|hacking|spy)\s+units?|special services|security services|nationals|national(?=\s*(?:[,.;)]|$|\s+(?:who|was|is|named|living|residing|accused|charged|arrested|and|identified|believed)\b))|men|man|woman|teenager|citizens?|suspects?|APT)\b`, 'u');
const ATTRIB_AFTER_HYPHEN = /^-(?:linked|backed|sponsored|affiliated|aligned|nexus|tied|connected|supported|controlled|directed)\b|^-(?:based|origin)\s+(?:[\w-]+\s+){0,3}?(?:hackers?|hacking|gang|group|crew|criminals|cybercriminals|cybercrime|actors?|operation|organization|organisation|collective)\b/i;
// a country used as a modifier of a non-attacker noun after "tied to" etc. ("information tied to U.S. law enforcement")
const MODIFIER_AFTER = /^(?!(?:and|or|but|which|who|that|where|as|in|on|of|for|last|earlier|the|to|over|government|military|state|intelligence|hackers?|spy|spies|agents|officials|authorities|regime|services|had|has|have|was|were|is|are|did|does|could|would|may|might|will|since|until|when|while|before|after|during|through|via)\b)[\p{Ll}]/u;
const ATTRIB_BEFORE = /\b(?:by|from|in|to|with|on|blamed|accused|accusing|blaming|suspected|suspecting|implicated|implicating|named|naming)\s+(?:the\s+)?$/i;
const ATTRIB_BEFORE_STRONG = /\b(?:(?:officers?|agents?|members?|hackers?|spies|operatives|units?|employees) (?:of|from|in)|linked to|tied to|traced to|traced back to|attributed (?:\w+ ){0,3}to|blamed (?:\w+ ){0,4}on|accused|accusing|accuses|blamed|blaming|blames|carried out by|conducted by|committed by|orchestrated by|(?:was|were|is|are|been)\s+the\s+work\s+of|sponsored by|backed by|working for|on behalf of|based in|operating from|operate from|operates from|operating out of|working from|work from|live in|lives in|living in|located in|addresses in|servers in|originated in|originated from|came from|coming from|originating from|acting for|ties to|links to|connections to|behalf of|points? to|pointed to|pointing to|suspicion (?:on|of)|responsibility on|worked for|works for|work for|works? in support of|working in support of|acting in support of|employed by|paid by|sanctions (?:on|against)|sanctioned|charges against|case against|lawsuit against|indictment of|indicted|charged|arrest of|arrested|extradition of|extradited)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|five\s+|\d+\s+)?(?:same\s+|very\s+|suspected\s+|alleged\s+)?$/i;
// an intelligence service or military named as the attacker: "GRU hackers", "the FSB was behind"
const AGENCY_ATTACKER_AFTER = new RegExp(String.raw`^(?:['’]s\s+)?` + FILLER + String.raw`(?:hackers|officers|unit|units|operatives|agents|spies|cyber ?unit)|^(?:was|were|is)\s+(?:\w+\s+)?behind|^(?:carried out|conducted|orchestrated)`, 'u');
// location patterns: the country after them is where the attackers are, never a modifier
const ATTRIB_LOCATION_BEFORE = /\b(?:based in|operating from|operate from|operates from|operating out of|working from|work from|live in|lives in|living in|located in|addresses in|servers in|originated in|originated from|came from|coming from|originating from)\s+(?:the\s+)?(?:same\s+)?$/i;
const DENIAL_AFTER = /^(?:['’]s\s+(?:\w+\s+){0,3})?(?:has |have |had |also |quickly |repeatedly |strongly |swiftly )*(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\b/i;
const VICTIM_FILLER = String.raw`(?:(?!(?:that|which|who|group|gang|hackers?|said|says|and|or|by|from)\b)[a-z][\w-]*\s+){0,2}`;
const VICTIM_BEFORE = new RegExp(String.raw`\b(?:attacks? on|attacked|attacking|attacks? against|targeted|targeting|targets in|hit|hitting|against|breach of|breached|hack of|hacked|victims? in|affected|affecting|disrupted|disrupting|paralyzed|paralysed|crippled|infiltrated|penetrated|intrusions? into|operations in|customers in|clients in|users in|plants in|companies in|businesses in|organizations in|organisations in|(?:systems|servers|networks|providers|carriers|operators|firms|telecoms|retailers|insurers|lenders|manufacturers|facilities|offices|sites|stores|hospitals|agencies|modems|terminals|routers|devices|computers|machines|turbines|subscribers|homes|households|consumers|people|accounts|citizens|residents|patients|voters|shoppers|travell?ers|passengers|motorists|taxpayers|drivers|parents|students|pensioners|investors|depositors|banks|branches|schools|stations|ports|airports|municipalities|utilities|communications|services|internet|websites|outages?|disruptions?) (?:\w+ )?in|knocked out (?:\w+ ){0,3}in|across|throughout|(?:countries|nations|organizations|organisations|companies|firms|victims|targets|states|governments),? (?:including|such as|like))\s+(?:the\s+|its\s+)?` + VICTIM_FILLER + String.raw`(?:(?:[A-Z][\w.]*\s+){1,3}(?:and|or)\s+)?$`, 'i');
const VICTIM_AFTER = /^(?:['’]s\s+)?(?:[\w-]+\s+){0,4}?(?:was|were|had been|has been|have been|is being|got)\s+(?:\w+\s+)?(?:hit|attacked|targeted|breached|hacked|compromised|disrupted|affected|paralyz|paralys|crippled|infected|knocked|defaced|exposed|stolen)/i;
const VICTIM_POSS = /^['’]s\s+(?:[\w-]+\s+){0,4}?(?:systems?|networks?|servers?|websites?|sites|portal|platforms?|databases?|infrastructure|data|computers|grid|banks?|companies|hospitals|customers|citizens|patients|users|pipelines?|ports?|airports?|email|accounts|elections?|voters|ministries|telecoms?|carriers?|utilities|institutions|army|navy|military|police|parliament|armed forces|government (?:websites|networks|systems|agencies|services)|exchanges?|lenders?|(?<!security |cybersecurity |research )(?:firms?|company|companies)|(?:immigration|tax|customs|election|electoral|health|transport|finance|justice|interior|education|labou?r|land|statistics|pensions?|social security|welfare|passport|visa) (?:bureau|department|agency|ministry|office|commission|authority|service|registry)|operators?|retailers?|insurers?|airlines?|railways?|broadcasters?|manufacturers?|(?<!spyware |security )makers?)\b/i;
// "Danish conglomerate", "U.S. federal agencies", "Saudi plant": a country describing a target
const VICTIM_DESCRIBES = /^(?:(?!security|cybersecurity|antivirus|research|intelligence|government research)[a-z][\w-]*\s+){0,3}?(?:drugmaker|automaker|carmaker|shipper|shipping|logistics|telecoms?|telecommunications|company|companies|conglomerate|firm|firms|bank|banks|lenders?|airlines?|carriers?|operators?|producers?|makers?|manufacturers?|retailers?|insurers?|providers?|hospital|hospitals|agencies|agency|ministry|ministries|parliament|websites|sites|networks|systems|infrastructure|utility|utilities|businesses|institutions|plant|plants|grid|broadcaster|channel|newspaper|exchanges?|bourse|railways?|nationals|expatriates|expats|migrants|refugees|pilgrims|tourists|(?:presidential|election|electoral|political|re-election) campaigns?|citizens|customers|users|patients|voters|journalists|chain|supermarkets?|group|giant|port|ports|pipeline|refinery|schools|universities|municipalities|councils|cities|towns|state agencies|government (?:websites|networks|systems|agencies|services|computers|sites|departments|ministries|offices|servers|email))\b/;
// a country named as the one speaking or investigating, not as a target
const NOT_VICTIM_AFTER = /^(?:['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:officials?|authorities|investigators|prosecutors|intelligence|reports?|team|teams|investigations?|inquiry|study|analysis|assessment|security (?:firm|company|researchers|agency|agencies)|researchers|experts|analysts|president|minister|ambassador|embassy|envoy|police|lawmakers|senators?|courts?|judge|troops|military|forces)\b/i;
const ATTRIB_VERB_AFTER = /^(?:['’]s\s+(?:government|military|regime|intelligence|leadership|spy agency|spies)\s+)?(?:was|were|is|are|had been|has been|may have been|might be|could be)\s+(?:\w+\s+)?(?:behind(?!\s+(?:schedule|the scenes|closed doors|bars|the wheel|the curve|rivals|target|expectations|forecasts|peers|in)\b)|responsible for)\b|^(?:carried out|orchestrated|launched|conducted|sponsored|ordered|directed)\b|^(?:hacked|breached|attacked|infiltrated|stole|broke into|penetrated|targeted)\b(?!\s+by\b)|^(?:(?:is|was|are|were)\s+)?(?:likely\s+|probably\s+|possibly\s+)?behind\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:attacks?|hacks?|hacking|breach|intrusions?|cyber-?attacks?|campaign|operation)\b/i;
// "an Iran cyberattack on", "Russian hacking of": the country's own attack on someone (not a date: "attack on Monday")
const ATTACK_NOUN_AFTER = /^(?:(?:state|government|military|state-sponsored|state-backed)\s+)?(?:cyber[- ]?attacks?|cyber[- ]?strikes?|hacks?|hacking|cyber[- ]?operations?|intrusions?)\s+(?:on|against|of|targeting)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d))/;
// the country describes a company or institution after it ("Iran's largest crypto exchange", "U.S. company Viasat", "Indian state lender"):
// that body is who acts or is acted on, never the country as an attacker
const ORG_NOUN_AFTER = /^(?:['’]s\s+)?(?:(?!security|cybersecurity|antivirus|intelligence|military|hacking|state-backed|state-sponsored)[a-z][\w-]*\s+){0,3}?(?:company|companies|firms?|lenders?|banks?|exchanges?|bourse|operators?|providers?|carriers?|retailers?|insurers?|airlines?|makers?|manufacturers?|conglomerates?|utility|utilities|broadcasters?|newspapers?|hospitals?|universit(?:y|ies)|ports?|pipelines?|telecoms?|railways?|subsidiary|supermarkets?|chains?|platforms?|services?)\b/;
// the body after the country only owns, runs or holds what was hit: "operated by U.S. company Viasat", "a subsidiary of Singapore's Singtel"
const OWNER_BEFORE = /\b(?:made|developed|built|created|sold|owned|bought|operated|managed|maintained|provided|supplied|run)\s+by\s+(?:the\s+|a\s+|an\s+)?$|\b(?:subsidiary|unit|division|arm|parent|owner|affiliate|part)\s+of\s+(?:the\s+)?$/i;
// the country hosts who speaks or investigates: "police in Britain", "authorities in the United States"
const SPEAKERS_IN_BEFORE = /\b(?:police|officials|authorities|prosecutors|investigators|courts?|judges?|lawmakers|regulators|ministers|diplomats|embassies)\s+(?:in|of|from)\s+(?:the\s+)?$/i;
// who is told to act, not who was hit: "urged American utilities to review their defenses"
const ADVISED_BEFORE = /\b(?:urged|urging|urges|advised|advising|advises|warned|warning|warns|encouraged|encouraging|called on|calling on)\s+(?:the\s+|all\s+|other\s+)?$/i;
// a scene-setting "In Sweden, the grocery chain Coop had to close ...": the place of a hit told in the clause after it
const IN_COUNTRY_LEAD = /^\s*(?:(?:Elsewhere|Meanwhile|Separately|Also),?\s+)?[Ii]n\s+(?:the\s+)?$/;
const LOCAL_HIT = /\b(?:hit|attacked|targeted|breached|hacked|compromised|disrupted|paralyz\w*|paralys\w*|crippled|infected|encrypted|knocked|shut|wiped|stolen|leaked|exposed|affected|accessed|taken|offline|outages?|closed?|stopped working|went down|unable|could not|cannot)\b/i;
const SPEAKERS_ACT = /\b(?:arrest\w*|charged|detained|raided|sanction\w*|extradit\w*|convicted|sentenced)\b/i;
// "The Czech Republic said its institutions had also been targeted": a country telling its own hit
const COUNTRY_SAYS_HIT = /^(?:has\s+|have\s+)?(?:said|says|confirmed|reported|disclosed|announced|revealed)\s+(?:[\w-]+\s+){0,4}?(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:had|has|have|were|was)\s+(?:also\s+)?(?:been\s+)?(?:hit|attacked|targeted|breached|hacked|compromised|affected|disrupted|infected|penetrated)\b/i;
// an attack told as another incident than the story's own: "a separate attack in August 2020", "an earlier breach"
const OTHER_INCIDENT = /\b(?:separate|earlier|previous|prior|another|different|unrelated|older)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|hacks?|breach(?:es)?|incidents?|intrusions?|break-ins?|campaigns?|thefts?|heists?)\b/i;
// an inquiry, report or warning by a body: "an investigation by the Australian Signals Directorate and the ..."
const INQUIRY_BY = /\b(?:investigations?|inquiry|inquiries|probes?|analysis|analyses|reports?|assessments?|reviews?|statements?|warnings?|advisory|advisories|findings|forensics|response)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?(?:[\w'’()-]+\s+){0,8}$/i;
const AGENCY_SPEAKS = /^(?:['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:spy agency|intelligence(?: agency| service)?|security services?|special services|military intelligence)\s+(?:(?:has|have|had)\s+)?(?:said|says|told|warned|reported|confirmed|announced|believes|assessed|concluded|blames|blamed|accuses|accused|names|named)\b(?!\s+to\b)/i;
// "a previously unknown Russian group had stolen": a group of the country that did the act
const GROUP_DID_AFTER = /^(?:[\w-]+\s+){0,2}?(?:group|crew|collective|unit|outfit)\s+(?:(?:had|has|have|was|is|that|which|who)\s+){0,2}(?:\w+ly\s+)?(?:stole|stolen|hacked|breached|attacked|targeted|broke|infiltrated|penetrated|compromised|wiped|encrypted|deployed|launched|carried out|was behind|is behind|behind|responsible)\b/i;
// "a Chinese-owned app", "Chinese-made cameras": a product's origin, neither attacker nor target
const PRODUCT_ORIGIN_AFTER = /^-(?:owned|made|built|designed|developed)\s+(?:[\w-]+\s+){0,2}?(?:apps?|platforms?|software|phones?|devices?|equipment|cameras?|routers?|products?|services?|chips?|drones?|modems?)\b/i;
// a nationality naming a source of news, not a target: "a British newspaper reported", "told a German broadcaster"
const MEDIA_SOURCE_AFTER = /^(?:[\w-]+\s+){0,2}(?:newspaper|broadcaster|channel|daily|paper|outlet|media|magazine|news agency|television|radio)\s+(?:[\w-]+\s+){0,3}?(?:reported|said|says|reports|quoted|revealed|cited|published|wrote|citing)\b/i;
const MEDIA_SOURCE_BEFORE = /\b(?:according to|told|reported by|interview with|cited by|quoted by|speaking to)\s+(?:a|an|the)\s+$/i;

export interface IncidentInput {
  sentences: Sentence[];
  toks: Token[][];
  countryHits: CountryHit[];
  groups: Grouped[];
  publishedAt: string | null;
  datelineCountry: string | null;
  malwareHits: number;
  /** the story uses any incident vocabulary at all (cheap whole-text test) */
  cyberish: boolean;
  /** lower-cased tokens per sentence, when the caller has them */
  lows?: string[][];
  /** which cue vocabularies the story can match (cueGates of its lower-cased text; `more`: CUE_MORE anywhere in it), when the caller has it */
  gates?: CueGates;
}

/** What a story can match at all, worked out once per story: the fraud and exploitation vocabularies, CUE_MORE, a sports frame. */
export interface CueGates {
  fraud: boolean;
  exploited: boolean;
  more?: boolean;
  /** the story is about sport ("their attack hit the woodwork"): set by classifyIncident */
  sport?: boolean;
  /** a bare "attack" is the story's cyberattack (another sentence has a strong cue): set by classifyIncident */
  attackRef?: boolean;
  /** the story is about domain names, where "changed the records" is tampering: set by classifyIncident */
  dns?: boolean;
  /** no word of the story is a cue but thefts and break-ins, which may be physical: set by classifyIncident */
  physical?: boolean;
}

// "the attack that took down the websites", "claims attack on fuel stations": in a story that already
// tells a cyber event, a bare attack is that one
const BARE_ATTACK = /\battacks?\b/i;
// attacks of another kind: "the terrorist attack on", "missile attacks"
const OTHER_ATTACK = /\b(?:terror(?:ist)?|militant|military|missile|drone|rocket|air|artillery|knife|gun|bomb|suicide|armed|heart|shark|dog|acid|arson|physical|chemical|nuclear|panic|asthma|personal|verbal)\s+attacks?\b/i;

// a story's own incident against background: older years, earlier or separate incidents
const BACKGROUND = /\b(?:had also|had previously|has previously|previously|earlier this year|last year|in the past|had earlier|also hit|also been hit|also targeted|also claimed|also attacked|separate|has since|since then|first drew|before that|prior to|a year earlier|years? ago|in recent (?:weeks|months|years))\b/i;
const RANSOM = /\bransoms?\b/i;
const BREACH_ONLY = /\bbreach(?:ed|es)?\b/i;
const BREACH_WORDS = /\bbreach(?:ed|es)?\b/gi;
const HACKER_DEED = /\b(?:stole|stolen|steal|steals|stealing|broke into|break into|hijacked|leaked|encrypted|infiltrated|particulars|targeted|disrupted|crippled|paraly[sz]ed|defaced|knocked (?:\w+ )?(?:out|offline|down))\b/i;
const SINCE_BEFORE = /\bsince (?:at least |as early as |early |late |mid-)?(?:[A-Z][a-z]+ )?$/;
// clauses of one sentence, so that a negation covers only its own: "no evidence X, but Y was hit"
const CONTRAST = /[;]|,?\s+\b(?:but|although|though|while|whereas|however)\b/i;
// a clause that says a harm did not happen, and the clause boundaries it stops at (for the types only)
const TYPE_DENIED = /\bno (?:evidence|sign|signs|indication|suggestion)\b|\bwhether (?:any |its |their )?(?:[\w-]+ ){0,2}?(?:data|information|records|files|details)\b|\b(?:was|were|has|have|had) not (?:been )?(?:\w+ )?(?:accessed|stolen|taken|affected|compromised|exposed|encrypted|leaked)\b|\bnot (?:been )?(?:accessed|stolen|taken|compromised|exposed|encrypted|leaked)\b/i;
const CLAUSE = /[;,]|\s\b(?:but|although|though|while|whereas|however)\b/i;

/** Weight of one sentence as evidence of an incident: cue words, strength, an event, negation scoped to its clause. */
function cueWeight(s: string, headline: boolean, low: string[], gates: CueGates): number {
  if (REACHABLE.test(s)) { REACHABLE.lastIndex = 0; s = s.replace(REACHABLE, 'reachable'); }
  CUE.lastIndex = 0;
  const fraud = gates.fraud && FRAUD_CUE.test(s), exploited = gates.exploited && EXPLOITED_CUE.test(s);
  // a ransom asked for computers or data ("a ransom in bitcoin to unlock its files"), not a kidnapper's
  const ransom = RANSOM.test(s) && COMPUTING.test(s);
  // a company's euphemism ("a cybersecurity incident") and, in a DNS story, records changed: tested only when the rest fails
  let euph = false, tamper = false;
  if (!CUE.test(s) && !fraud && !exploited && !ransom && !(gates.more !== false && CUE_MORE.test(s)) && !(gates.attackRef && BARE_ATTACK.test(s))
    && !(euph = euphemism(s)) && !(tamper = !!gates.dns && RECORD_TAMPER.test(s))) return 0;
  // "cyber insurance", "ransomware claims", "cybersecurity shares": the cue word names a market, not an attack
  if (MARKET_COMPOUND.test(s)) return cueWeight(s.replace(MARKET_COMPOUNDS, ' '), headline, low, gates);
  if (NEGATED.test(s)) {
    // only the clause with the negation is denied; an attack stated in another clause still counts
    const parts = s.split(CONTRAST);
    if (parts.length > 1) {
      const rest = parts.filter((c) => !NEGATED.test(c));
      const w = rest.length ? Math.max(...rest.map((c) => cueWeight(c, headline, low, gates))) : 0;
      if (w >= 1.5) return w;
    }
    return -1.5;
  }
  let w = euph || tamper || STRONG.test(s) || fraud || exploited || ransom || STRONG_MORE.test(s) || euphemism(s) ? 1 : 0.5;
  // the tense test runs only on cue sentences that the regexps did not already find to be events;
  // an attack inside an exercise or a rehearsal is not one
  const event = (tamper || EVENT.test(s) || SPECIFIC.test(s) || SPECIFIC_MORE.test(s) || attackVerbEvent(low, headline) && !HYPOTHETICAL.test(s) || gates.more !== false && theftEvent(s)) && !SIMULATION.test(s);
  if (event) w += 1;
  // a bare "attack" counts only as an act told ("the attack that took down ...", "claimed the attack on ...")
  else if (gates.attackRef) return 0;
  // sport: "their attack hit the woodwork", golf's weekend "hackers" (no computing word, nothing taken)
  if (gates.sport && !COMPUTING.test(s) && !(HACKER_DEED.test(s) && /\bhackers?\b/i.test(s))) w = 0.1;
  // a defence "breached" on a pitch: the only cue a breach, no computing word, nothing taken
  else if (BREACH_ONLY.test(s) && !COMPUTING.test(s) && !HACKER_DEED.test(s) && !strongBesides(s.replace(BREACH_WORDS, ''))) w = 0.1;
  else if (gates.physical && genericOnly(s)) w = 0.1;
  else if (POLICY.test(s) && !event) w *= 0.25;
  // a share of a whole class from a survey ("65 percent of manufacturers were hit"): statistics, not an incident
  else if (AGGREGATE_SHARE.test(s) && AGGREGATE_SOURCE.test(s)) w *= 0.25;
  return headline ? w * 1.5 : w;
}

/** Strong wording left once the words that alone may be sport are removed. */
function strongBesides(x: string): boolean {
  return STRONG.test(x) || STRONG_MORE.test(x);
}

/** Lower-cased tokens of a sentence (only cue sentences need them). */
function lowTokens(tk: Token[]): string[] {
  return tk.map((t) => t.text.toLowerCase());
}

export function classifyIncident(inp: IncidentInput): Incident {
  const { sentences } = inp;
  // nothing in the story even sounds like an incident: skip the sentence-level work
  if (!inp.cyberish) return { isCyber: false, confidence: 0.95, types: [], victims: [], attributedTo: [], victimOrganizations: [], eventDates: [], responses: [] };
  const lows = inp.lows ?? inp.toks.map(lowTokens);
  // the story's text, once: the sports frame reads it, and the responses of a cyber story below
  const body = sentences.map((s) => s.text).join('\n');
  const gates: CueGates = { ...(inp.gates ?? cueGates(lows)), sport: sportsFrame(body), dns: DNS_STORY.test(body), physical: physicalStory(body) };
  const weights = sentences.map((s, i) => cueWeight(s.text, s.headline, lows[i], gates));
  // bare attacks count towards the decision only: who was hit is read from the sentences that name the attack
  const byRef: number[] = [];
  if (weights.some((w) => w >= 1.5)) {
    const ref = { ...gates, attackRef: true };
    for (let i = 0; i < weights.length; i++) {
      if (weights[i] !== 0 || !BARE_ATTACK.test(sentences[i].text) || OTHER_ATTACK.test(sentences[i].text)) continue;
      weights[i] = cueWeight(sentences[i].text, sentences[i].headline, lows[i], ref);
      if (weights[i] !== 0) byRef.push(i);
    }
  }
  const lead = (i: number) => sentences[i].headline || sentences[i].para <= 2;
  // a strong headline or lead is not outweighed by a later "no evidence that ..." about the scope
  const head = sentences.find((s) => s.headline);
  const headW = head ? weights[sentences.indexOf(head)] : 0;
  const leadStrong = weights.some((w, i) => lead(i) && w >= 2);
  if (leadStrong) weights.forEach((w, i) => { if (w < 0 && !lead(i)) weights[i] = -0.5; });
  // a report's statistics: each sentence of shares and counts weighs a quarter
  const reportFrame = !!head && AGGREGATE_HEAD.test(head.text) && STAT.test(head.text);
  if (reportFrame) sentences.forEach((s, i) => { if (weights[i] > 0 && STAT.test(s.text)) weights[i] *= 0.25; });
  let score = weights.reduce((a, b) => a + b, 0);
  const actors = inp.groups.filter((g) => g.category === 'actor' && g.mentions.some((m) => m.strength >= 1));
  score += Math.min(2, actors.length * 0.8) + Math.min(1, inp.malwareHits * 0.5);
  // a story framed as policy (a law, a strategy, a bug bounty) needs more than background attacks
  const unexploitedPatch = !!head && PATCH_HEAD.test(head.text) && !sentences.some((s) => gates.exploited && EXPLOITED_CUE.test(s.text) && !NEGATED.test(s.text));
  const policyHead = reportFrame || !!head && (POLICY_HEAD.test(head.text) || HOWTO_HEAD.test(head.text) || unexploitedPatch) && !(headW > 1.5);
  if (policyHead) score -= 3;
  const eventSentences = sentences.filter((s, i) => weights[i] >= 1.5).length;
  const THRESHOLD = 2.5;
  // one strong sentence in the headline or lead (a brief) is enough when nothing in the story denies an attack
  const denied = weights.some((w) => w <= -1.5);
  const isCyber = eventSentences > 0 && (score >= THRESHOLD || leadStrong && !denied && !policyHead && score >= 1.5);
  const margin = Math.abs(score - THRESHOLD);
  const confidence = +Math.min(0.99, 0.5 + margin / (2 * (margin + 2))).toFixed(2);
  if (!isCyber) return { isCyber, confidence, types: [], victims: [], attributedTo: [], victimOrganizations: [], eventDates: [], responses: [] };
  for (const i of byRef) weights[i] = 0;

  const types = incidentTypes(inp, weights);
  const { victims, attributedTo, victimOrganizations } = roles(inp, weights);

  const pub = publicationDay(inp.publishedAt);
  const dates = new Set<string>();
  sentences.forEach((s, i) => {
    if (s.headline) return;
    for (const d of datesInSentence(s.text, pub, { incidentPhraseOnly: weights[i] <= 0 })) if (!pub || Date.parse(d) <= pub.getTime() + 86_400_000) dates.add(d);
  });

  const responses: ResponseType[] = [];
  for (const [r, re, neg] of RESPONSE_RULES) {
    if (!re.test(body)) continue; // one scan of the story; sentences only when a negation must be checked
    if (!neg || sentences.some((s) => re.test(s.text) && !neg.test(s.text))) responses.push(r);
  }
  return { isCyber, confidence, types, victims, attributedTo, victimOrganizations, eventDates: [...dates].sort(), responses };
}

/** A sentence older than the story: an earlier year only, or wording of earlier or separate incidents. */
function isBackground(text: string, pubYear: number | null, pubMonth: number): boolean {
  if (BACKGROUND.test(text)) return true;
  if (pubYear === null) return false;
  let any = false;
  for (const y of text.matchAll(/\b(?:19|20)\d{2}\b/g)) {
    any = true;
    if (+y[0] >= pubYear - (pubMonth <= 2 ? 1 : 0)) return false;
    // "since at least October 2022": going on until now, not an older incident
    if (SINCE_BEFORE.test(text.slice(Math.max(0, y.index! - 30), y.index))) return false;
  }
  return any;
}

/**
 * Types from the sentences about this story's incident: the headline, and cue sentences that are
 * neither background (older years, earlier incidents) nor advice to readers ("should not click").
 */
function incidentTypes(inp: IncidentInput, weights: number[]): IncidentType[] {
  const { sentences } = inp;
  const pubT = inp.publishedAt ? Date.parse(inp.publishedAt) : NaN;
  const pubYear = Number.isNaN(pubT) ? null : new Date(pubT).getUTCFullYear();
  const pubMonth = Number.isNaN(pubT) ? 12 : new Date(pubT).getUTCMonth() + 1;
  const own: string[] = [];
  const leadAt = sentences[0]?.headline ? 1 : 0;
  sentences.forEach((s, i) => {
    if (weights[i] <= 0) return;
    if (s.headline) { own.push(s.text); return; }
    // the lead's first sentence tells the story's own incident, however old (a fine, a trial, a report on 2022's attack)
    if ((i !== leadAt || BACKGROUND.test(s.text)) && isBackground(s.text, pubYear, pubMonth)) return;
    const advice = ADVICE.exec(s.text);
    if (advice && weights[i] < 1.5) return;
    // "there is no evidence that guest data was taken": a clause that denies a kind of harm names no type
    const denied = TYPE_DENIED.test(s.text);
    let t = denied ? s.text.split(CLAUSE).filter((c) => !TYPE_DENIED.test(c)).join(' ') : s.text;
    // "advised members to watch out for phishing messages": what readers are told to beware of is not this incident
    if (advice) { const a = denied ? ADVICE.exec(t) : advice; if (a) t = t.slice(0, a.index); }
    own.push(t);
  });
  TYPE_NOT_EVIDENCE.lastIndex = 0;
  const joined = own.join('\n');
  const text = TYPE_NOT_EVIDENCE.test(joined) ? joined.replace(TYPE_NOT_EVIDENCE, ' ') : joined;
  const types: IncidentType[] = ['cyberattack'];
  for (const [t, re] of TYPE_RULES) {
    if (!re.test(text)) continue;
    // a ransom demanded for ending a flood of traffic is DDoS extortion, not ransomware
    if (t === 'ransomware' && !/ransomware|encrypt/i.test(text) && DDOS_RULE.test(text)) continue;
    types.push(t);
  }
  return types;
}

// a company fixing its own product: "Microsoft on Tuesday released fixes", "Ivanti has patched"
const VENDOR_AFTER = /^\s*(?:['’]s\s+(?:monthly\s+)?(?:patch|patches|update|updates|fix|fixes|advisory|security update)\b|(?:on\s+\w+\s+|has\s+|have\s+|also\s+)?(?:patched|patches|fixed|fixes|released (?:\w+\s+){0,3}(?:fix|fixes|patch|patches|update|updates)|issued (?:\w+\s+){0,3}(?:fix|fixes|patch|patches|update|updates|an advisory)|rolled out (?:\w+\s+){0,2}(?:fix|fixes|patch|patches|update)))/i;

const VENDOR_NEXT = new Set(["'s", 'on', 'has', 'have', 'also', 'patched', 'patches', 'fixed', 'fixes', 'released', 'issued', 'rolled']);

/** Companies whose product is a platform everyone uses (Telegram, Twitter): named as channels, not as targets. */
function isPlatform(g: Grouped): boolean {
  return /^(?:SWIFT|Telegram|WhatsApp|Twitter|X|Facebook|Instagram|YouTube|TikTok|Google|Microsoft|Apple|Amazon|Signal|Discord|Reddit|LinkedIn)$/.test(g.entity.name);
}

function roles(inp: IncidentInput, weights: number[]): { victims: string[]; attributedTo: string[]; victimOrganizations: string[] } {
  const { sentences, countryHits } = inp;
  const attrib = new Map<string, number>();
  const victim = new Map<string, number>();
  // attribution by a charged person's home town: a domestic crime's country stays a victim
  const townAttrib = new Map<string, number>();
  const stateAttrib = (c: string) => (attrib.get(c) ?? 0) - (townAttrib.get(c) ?? 0);
  const add = (m: Map<string, number>, c: string, w: number) => m.set(c, (m.get(c) ?? 0) + w);
  const paraWeight = (s: Sentence) => (s.headline ? 2 : s.para <= 3 ? 1.5 : s.para <= 6 ? 1 : 0.6);
  const pubT = inp.publishedAt ? Date.parse(inp.publishedAt) : NaN;
  const pubYear = Number.isNaN(pubT) ? null : new Date(pubT).getUTCFullYear();
  const pubMonth = Number.isNaN(pubT) ? 12 : new Date(pubT).getUTCMonth() + 1;
  const mentionAt = new Map<string, Grouped>();
  for (const g of inp.groups) for (const m of g.mentions) mentionAt.set(`${m.sent}:${m.tok}`, g);
  const role: Array<'A' | 'V' | null> = countryHits.map(() => null);
  const bgOf: Array<boolean | undefined> = [];
  const strongV = new Set<string>();
  const leadSent = sentences.findIndex((x) => !x.headline);
  const roleW: number[] = countryHits.map(() => 0);
  countryHits.forEach((h, hi) => {
    if (h.inName) return; // "Transport for London", "Banco de Chile": the entity speaks for itself
    const s = sentences[h.sent];
    const tk = inp.toks[h.sent];
    const start = h.start, end = h.end;
    const before = s.text.slice(Math.max(0, start - 160), start);
    // the end-anchored patterns are tried at every position of their window: none spans more than these
    // (a role word, a few describing words, up to three names of a list), so they get the last 120 / 100 characters
    const before120 = before.length > 120 ? before.slice(-120) : before, before100 = before.length > 100 ? before.slice(-100) : before;
    const after = s.text.slice(end, end + 160).replace(/^\s+/, '');
    const cyberSentence = weights[h.sent] > 0 || CUE.test(s.text) || /\b(?:attack|attacks|attackers|incident|breach|hack|outage|disruption|ransom|intrusion|theft|heists?|stole|stolen|fraud|offline)\b|\blost (?:service|access|connectivity|connections?|internet|power)\b|\bwent (?:down|offline|dark)\b/i.test(s.text) || EVENT.test(s.text);
    CUE.lastIndex = 0;
    const pw = paraWeight(s);
    // "a message in Ukrainian, Russian and Polish": languages
    if (h.kind === 'demonym' && /\bin\s+$/.test(before) && !/^[a-z]/.test(after)) return;
    // once per sentence, and only for the branches that ask
    const isBg = () => bgOf[h.sent] ??= isBackground(s.text, pubYear, pubMonth);
    // background wording that still tells this incident ("on the same day", "through the same flaw")
    const bgHere = () => isBg() && !SAME_TIME.test(s.text);
    // a role told about another incident than this one ("blamed Russia for a separate attack") counts for half
    const other = !s.headline && OTHER_INCIDENT.test(s.text);
    const lead0 = s.headline || h.sent === leadSent;
    const give = (r: 'A' | 'V', w0: number) => {
      const w = r === 'A' && other ? w0 / 2 : w0;
      add(r === 'A' ? attrib : victim, h.code, w); role[hi] = r; roleW[hi] = w;
      // a background incident's victims are never strong ones
      if (r === 'V' && w >= 1.15 && !(bgHere() && !lead0)) strongV.add(h.code);
    };
    if (PRODUCT_ORIGIN_AFTER.test(s.text.slice(end, end + 60))) return;
    // "pro-Russian hackers": a stated sympathy, no attribution (and no target)
    if (/\bpro-$/i.test(s.text.slice(Math.max(0, start - 4), start))) return;
    // "members of the Philippine Health Insurance Corporation": the country begins the name of the body that follows
    const namesNextOrg = () => mentionAt.get(`${h.sent}:${h.tok + h.n}`)?.category === 'organization';
    if (ATTRIB_LOCATION_BEFORE.test(before100) || (ATTRIB_BEFORE_STRONG.test(before100) && !(h.kind === 'name' && MODIFIER_AFTER.test(after)) && !namesNextOrg()) || ATTRIB_AFTER_HYPHEN.test(after)) return give('A', 2 * pw);
    if (cyberSentence && (ATTRIB_VERB_AFTER.test(after) || CLAIMS_HACK_AFTER.test(after))) return give('A', 2 * pw);
    if (cyberSentence && ATTACK_NOUN_AFTER.test(after)) return give('A', 1.5 * pw);
    if (cyberSentence && h.kind === 'demonym' && GROUP_DID_AFTER.test(after)) return give('A', 1.5 * pw);
    if (cyberSentence && ATTRIB_AFTER.test(after) && !/^(?:['’]s\s+)?(?:President|Prime|Foreign|Defen[cs]e|leader|officials?|authorities|government said)/i.test(after) && !/^['’]s\s+(?:\w+\s+)?(?:systems?|networks?|servers?|websites?)/i.test(after)
      // "South Korea's spy agency said ...": the service that speaks, not an attacker
      && !AGENCY_SPEAKS.test(after)) {
      // "a false report about a mobilisation of Polish men": people of a country, not attackers, unless charged or said to be behind it
      const bystanders = /^(?:[\w-]+\s+){0,2}(?:men|man|woman|nationals?|citizens?|teenager|suspects?)\b/i.test(after) && !/\b(?:charged|indicted|arrested|accused|convicted|suspected|sentenced|sanction\w*|wanted|extradit\w*|detained|linked|tied)\b/i.test(s.text) && !/\b(?:behind|responsible)\b/i.test(after);
      if (!bystanders) return give('A', 1.5 * pw);
    } else if (cyberSentence && /\b(?:by|from)\s+(?:the\s+)?$/i.test(before) && /\b(?:attack|hack|carried|committed|launched|conducted|traffic|came|originated|behind|sponsored|backed)/i.test(before)
      && !ORG_NOUN_AFTER.test(after) && !OWNER_BEFORE.test(before100)
      // "stolen from Indonesia's election commission": the body robbed; "came from Russia's territory" is still a place
      && !(h.possessive && !/^['’]s\s+(?:own\s+)?(?:territory|soil|servers|networks|infrastructure|internet|addresses)\b/i.test(after))
      // "stolen from the Bangladesh Bank": the country begins the name of the body robbed, not the origin
      && !(/\bfrom\s+(?:the\s+)?$/i.test(before) && mentionAt.get(`${h.sent}:${h.tok}`)?.category !== 'actor' && mentionAt.has(`${h.sent}:${h.tok}`))) {
      return give('A', 1.5 * pw);
    }
    // "Mason Sheppard, 19, of Bognor Regis in the United Kingdom" in a sentence about charges or arrests
    if (/,\s*\d{1,2},\s*(?:of|from)\s+(?:[\p{Lu}][\p{L}.'-]*,?\s+){0,3}(?:in\s+(?:the\s+)?)?$/u.test(before) && /\b(?:charged|arrested|accused|indicted|suspects?|detained|convicted|sentenced)\b/i.test(s.text)) return give('A', 2 * pw);
    // a denial about an earlier, different incident is not this one's attribution
    if (DENIAL_AFTER.test(after) && !isBg() && !/\b(?:in|at|from|to|of|near|outside)\s+$/i.test(before) && (h.kind !== 'demonym' || /^(?:government|officials|authorities)/i.test(after))) return give('A', 2);
    // the owner of what was hit, or the country of who speaks: no role ("operated by U.S. company Viasat", "police in Britain")
    if (OWNER_BEFORE.test(before100) || SPEAKERS_IN_BEFORE.test(before100) || ADVISED_BEFORE.test(before100)) return;
    // "In Sweden, the grocery chain Coop had to close hundreds of stores": where the story's hit took place
    if (h.kind === 'name' && /^\s*,/.test(s.text.slice(end)) && IN_COUNTRY_LEAD.test(s.text.slice(0, start)) && LOCAL_HIT.test(s.text) && !SPEAKERS_ACT.test(s.text)) return give('V', 2 * pw * (bgHere() ? 0.5 : 1));
    if (COUNTRY_SAYS_HIT.test(after) && (h.kind === 'name' || h.kind === 'capital')) return give('V', 2 * pw * (bgHere() ? 0.5 : 1));
    if (!cyberSentence) return;
    // background incidents ("had also hit", "previously claimed") count for less
    const bg = isBg() ? 0.5 : 1;
    if (MEDIA_SOURCE_AFTER.test(after) || MEDIA_SOURCE_BEFORE.test(before100)) return;
    // the country owns the organization named right after it: "Spain's Telefonica", "Danish conglomerate Maersk"
    let ownsTarget = false;
    for (let k = h.tok + h.n; k < Math.min(tk.length, h.tok + h.n + 5); k++) {
      const g = mentionAt.get(`${h.sent}:${k}`);
      if (g) { ownsTarget = g.category === 'organization' && !/media|security/.test(g.entity.kind ?? '') || g.category === 'system'; break; }
      // "the Israeli security firm Morphisec", "the British newspaper X": researchers and reporters, not targets
      if (/^(?:security|cybersecurity|cyber-security|antivirus|research|intelligence|newspaper|broadcaster|media|news|analytics|forensics)$/i.test(tk[k].text)) break;
      if (!/^(?:'s|[a-z][\w-]*)$/.test(tk[k].text)) break;
    }
    if (VICTIM_BEFORE.test(before120) || VICTIM_AFTER.test(after) || VICTIM_POSS.test(after) || ownsTarget || VICTIM_DESCRIBES.test(after)) return give('V', 2 * pw * bg);
    if (NOT_VICTIM_AFTER.test(after) || /^[\p{Lu}]/u.test(after) && !/^(?:and|or)\b/i.test(after)) return;
    // where an event happened: "disrupted the opening of the Winter Olympics in South Korea"
    if (h.kind === 'name' && /\bin\s+(?:the\s+)?$/.test(before) && HIT_EVENT.test(s.text)) return give('V', pw * bg);
    if (weights[h.sent] > 0 && h.kind !== 'capital') { add(victim, h.code, (h.kind === 'demonym' ? 0.25 : 0.4) * pw); role[hi] = 'V'; roleW[hi] = 0; }
  });
  // the home town of someone charged: "A 17-year-old from Tampa, Florida, was accused", "Nima Fazeli, 22, of Orlando, Florida"
  sentences.forEach((s, si) => {
    if (!CHARGED.test(s.text)) return;
    for (const m of s.text.matchAll(FROM_TOWN)) {
      const c = countryForPlace(m[1], m[2] ?? null) ?? (m[2] ? countryForPlace(m[2], null) : null);
      if (c) { add(attrib, c, 2 * paraWeight(s)); add(townAttrib, c, 2 * paraWeight(s)); }
    }
  });
  // a place named with its state or province in a sentence about the hit ("Columbus, Ohio, said a ransomware
  // attack had disrupted city services"): the state's country is hit (a country named there counts on its own)
  sentences.forEach((s, si) => {
    if (!(weights[si] > 0) || s.text.indexOf(',') < 0 || CHARGED.test(s.text) || !HIT_EVENT.test(s.text)) return;
    for (const m of s.text.matchAll(PLACE_REGION)) {
      const code = regionCountry(m[2]);
      const at = m.index + m[0].length - m[2].length;
      if (code && !countryHits.some((h) => h.sent === si && inp.toks[si][h.tok]?.start === at)) add(victim, code, s.headline || s.para <= 2 ? 1 : 0.5);
    }
  });
  // lists share the role of their first member: "customers in Spain, Chile and Uruguay"
  let listClosed = false;
  countryHits.forEach((h, hi) => {
    if (hi === 0 || role[hi] === 'A') return;
    const p = countryHits[hi - 1];
    if (p.sent !== h.sent) { listClosed = false; return; }
    const between = sentences[h.sent].text.slice(p.end, h.start);
    const wasClosed = listClosed;
    if (/\b(?:and|or)\b/.test(between)) listClosed = true;
    if (!/^(?:,\s*|\s*,?\s*(?:and|or)\s+)(?:the\s+)?$/.test(between)) { listClosed = false; return; }
    if (wasClosed || h.possessive || !role[hi - 1] || roleW[hi - 1] < 1.5) return;
    if (role[hi] === role[hi - 1] && roleW[hi] >= roleW[hi - 1]) return;
    add(role[hi - 1] === 'A' ? attrib : victim, h.code, roleW[hi - 1] - (role[hi] === role[hi - 1] ? roleW[hi] : 0));
    role[hi] = role[hi - 1];
    roleW[hi] = roleW[hi - 1];
    if (role[hi] === 'V') strongV.add(h.code);
  });
  // a local arm named with its country at the end ("DP World Australia", "Toyota Brasil"): that country is its home
  const localCountry = (g: Grouped): string | null => {
    if (g.category !== 'organization') return null;
    for (const m of g.mentions) {
      // inside the name, or right after it with nothing between ("DP World Australia reopened")
      const h = countryHits.find((x) => x.sent === m.sent && x.kind === 'name' && (x.tok > m.tok && x.tok + x.n === m.tok + m.n
        || x.tok === m.tok + m.n && inp.toks[m.sent][x.tok].start - inp.toks[m.sent][m.tok + m.n - 1].end === 1));
      if (h) return h.code;
    }
    return null;
  };
  // agencies of attacker states (intelligence services, militaries) named around the attack
  for (const g of inp.groups) {
    const c = localCountry(g) ?? g.entity.country;
    if (!c) continue;
    if (g.category === 'agency' && /intelligence|military/.test(g.entity.kind ?? '')) {
      const attribCtx = g.mentions.some((m) => {
        const s = sentences[m.sent], tk = inp.toks[m.sent];
        const before = s.text.slice(Math.max(0, tk[m.tok].start - 160), tk[m.tok].start);
        const after = s.text.slice(tk[m.tok + m.n - 1].end).replace(/^\s+/, '');
        // ("an investigation by the Australian Signals Directorate": who investigates is not who attacked)
        if (INQUIRY_BY.test(before)) return false;
        return ATTRIB_BEFORE_STRONG.test(before) || /\b(?:by|belonged to|belong to|served in|run by|working for|directed by|tied to|linked to)\s+(?:the\s+)?(?:\w+\s+){0,3}$/i.test(before)
          || AGENCY_ATTACKER_AFTER.test(after);
      });
      if (attribCtx) add(attrib, c, 2);
    }
    if (g.category === 'agency' && g.mentions.some((m) => DENIAL_AFTER.test(sentences[m.sent].text.slice(inp.toks[m.sent][m.tok + m.n - 1]?.end ?? 0).replace(/^\s+/, '')))) add(attrib, c, 2);
    if (g.category === 'actor' && g.mentions.some((m) => m.strength >= 1) && g.mentions[0].gazId && /^(?:G\d|misp)/.test(g.mentions[0].gazId) && g.entity.country) add(attrib, g.entity.country, 1);
    const bystander = g.category === 'agency' ? /intelligence|police|cert|regulator|intergovernmental|military|parliament|court/.test(g.entity.kind ?? '')
      : g.category === 'organization' ? /media|security/.test(g.entity.kind ?? '') : false;
    const vendor = g.category === 'organization' && (isPlatform(g) || g.mentions.some((m) => VENDOR_NEXT.has(inp.lows?.[m.sent]?.[m.tok + m.n] ?? inp.toks[m.sent][m.tok + m.n]?.text.toLowerCase() ?? '')
      && VENDOR_AFTER.test(sentences[m.sent].text.slice(inp.toks[m.sent][m.tok + m.n - 1].end))));
    if (!bystander && !vendor && (g.category === 'agency' || g.category === 'system' || g.category === 'organization')) {
      const eventSents = new Set(g.mentions.filter((m) => weights[m.sent] > 0 && EVENT.test(sentences[m.sent].text)).map((m) => m.sent));
      const inHead = g.mentions.some((m) => sentences[m.sent].headline);
      if (eventSents.size >= 2 || inHead && eventSents.size >= 1) add(victim, c, 0.7 * Math.min(3, eventSents.size));
      else if (eventSents.size === 1 && !(g.category === 'organization' && isPlatform(g))) add(victim, c, 0.7);
    }
  }
  // the organizations hit, and their home countries as victims ("Colonial Pipeline" -> US)
  const hitOrgs = victimOrgs(inp, weights, mentionAt);
  for (const { g, lead } of hitOrgs) {
    const home = localCountry(g) ?? g.entity.country ?? homeCountry(g, inp);
    if (home && !(stateAttrib(home) > 0)) add(victim, home, lead ? 1 : 0.5);
  }
  // (with no hit organization, enough on its own only when nothing else is: "A brewer in KYIV said a cyberattack ...")
  if (inp.datelineCountry) add(victim, inp.datelineCountry, hitOrgs.length ? 1 : 0.75);
  const attributedTo = [...attrib.entries()].filter(([, w]) => w >= 2).sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const ranked = [...victim.entries()].sort((a, b) => b[1] - a[1]);
  let victims = ranked.filter(([c, w]) => (w >= 2 || strongV.has(c) && w >= 1.15) && (!attributedTo.includes(c) || w >= 2 * stateAttrib(c) + 2)).map(([c]) => c);
  // with nothing above the threshold, the best weak candidate only when something supports it
  if (!victims.length) {
    // an attributed country only when the story is filed from it or it is more victim than attacker
    const top = ranked.find(([c]) => !attributedTo.includes(c))
      ?? ranked.find(([c, w]) => c === inp.datelineCountry || w > (attrib.get(c) ?? 0));
    if (top && top[1] >= 0.7) victims = [top[0]];
  }
  return { victims, attributedTo, victimOrganizations: hitOrgs.map(({ g }) => g.entity.name) };
}

const CHARGED = /\b(?:charged|accused|arrested|indicted|convicted|sentenced|extradited|detained|pleaded guilty)\b/i;
// a person's age or noun, then "from"/"of" and a place: the town of someone charged
const FROM_TOWN = new RegExp(String.raw`(?:\b\d{1,2}-year-old|\b\d{1,2},|\b(?:man|woman|teenager|resident|hacker|suspect))\s+(?:from|of)\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2})(?:,\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)?))?`, 'gu');
const PLACE_WORDS = String.raw`[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2}`;
// "San Francisco-based Retool", "the Hagen-based provider X"
const BASED_BEFORE = new RegExp(String.raw`(${PLACE_WORDS})-based\s+(?:[\p{Ll}-]+\s+){0,3}$`, 'u');
// "X, based in Scottsdale, Arizona,", "X, headquartered in Lyon"
const BASED_AFTER = new RegExp(String.raw`^,\s+(?:which is\s+|is\s+)?(?:based|headquartered)\s+in\s+(${PLACE_WORDS})(?:,\s+(${PLACE_WORDS}))?`, 'u');

/**
 * Where a hit organization is at home when no gazetteer says: a country inside its name ("Reserve Bank of
 * New Zealand", "Union Bank of India"), a listed city in it ("Maastricht University", "Port of Nagoya"), or
 * a place said around a mention ("San Francisco-based Retool", "X, based in Scottsdale, Arizona").
 */
// "Springfield, Ill.", "Columbus, Ohio", "Leeds, England": a place, a comma and a state, province or nation of a country
const PLACE_REGION = new RegExp(String.raw`\b(${PLACE_WORDS}),\s+(${PLACE_WORDS})(?=\s*[,.;:)]|\s+(?:said|says|was|were|has|had|is|on|last|this)\b|$)`, 'gu');
// the region right after a local government's name: "the city of Newark, New Jersey"
const REGION_AFTER = new RegExp(String.raw`^,\s+(${PLACE_WORDS})(?=\s*[,.;:)]|\s|$)`, 'u');
/** The country of a state, province or home nation as datelines write it ("Ohio", "Ill.", "Ontario", "Scotland"), or null. */
function regionCountry(r: string): string | null {
  const k = r.toUpperCase();
  return Object.prototype.hasOwnProperty.call(DATELINE_REGIONS, k) ? DATELINE_REGIONS[k] : null;
}

function homeCountry(g: Grouped, inp: IncidentInput): string | null {
  // a local government with its state: "City of Newark, New Jersey"
  if (g.category === 'agency') for (const m of g.mentions) {
    const z = inp.toks[m.sent][m.tok + m.n - 1];
    const r = z ? REGION_AFTER.exec(inp.sentences[m.sent].text.slice(z.end, z.end + 40)) : null;
    const c = r ? regionCountry(r[1]) : null;
    if (c) return c;
  }
  for (const m of g.mentions) {
    const h = inp.countryHits.find((c) => c.sent === m.sent && c.tok >= m.tok && c.tok < m.tok + m.n && c.kind !== 'capital');
    if (h) return h.code;
  }
  const words = g.entity.name.split(/\s+/);
  // an airport is named for its city, capitals included ("Dublin Airport")
  if (g.entity.kind === 'airport' && words.length >= 2) {
    const c = countryForPlace(words.slice(0, -1).join(' '), null);
    if (c) return c;
  }
  for (let n = 3; n >= 1; n--) for (let i = 0; i + n <= words.length; i++) {
    const c = listedCityCountry(words.slice(i, i + n).join(' '));
    if (c) return c;
  }
  for (const m of g.mentions) {
    const s = inp.sentences[m.sent], tk = inp.toks[m.sent];
    const a = tk[m.tok], z = tk[m.tok + m.n - 1];
    if (!a || !z) continue;
    const b = BASED_BEFORE.exec(s.text.slice(Math.max(0, a.start - 60), a.start));
    const c = b ? countryForPlace(b[1], null) : null;
    if (c) return c;
    const f = BASED_AFTER.exec(s.text.slice(z.end, z.end + 80));
    const d = f ? countryForPlace(f[1], f[2] ?? null) ?? (f[2] ? countryForPlace(f[2], null) : null) : null;
    if (d) return d;
  }
  return null;
}

// who was hit, around an organization's mention
const ORG_HIT_AFTER = /^(?:['’]s\s+|,\s*)?(?:[\w-]+\s+){0,4}?(?:was|were|had been|has been|have been|is being|are being|got|being)\s+(?:\w+\s+)?(?:hit|attacked|targeted|breached|hacked|compromised|disrupted|affected|paralyz|paralys|crippled|infected|knocked|defaced|exposed|stolen|accessed|encrypted|locked|shut|forced|taken|struck)|^(?:hack|hacking|attack|cyberattack|cyber-attack|cyber attack|data breach|breach|ransomware attack|outage)\b|^(?:customers|clients|account holders|subscribers|patients)\b|^(?:suffered|suffers|lost|fell victim|is investigating|was investigating|has been investigating|found\s+(?:a\s+)?(?:malware|unauthori[sz]ed|suspicious)|detected|discovered\s+(?:a\s+)?(?:malware|unauthori[sz]ed|suspicious|an?\s+(?:attack|intrusion|breach))|hit by|struck by|targeted by|halts|halted|suspends|suspended|shut|shuts|cancels|cancelled|canceled|postponed|postpones|declared)\b|^['’]s\s+(?:[\w-]+\s+){0,4}?(?:systems?|networks?|servers?|websites?|sites?|data|customers|clients|users|members|employees|staff|computers|operations|plants|factories|accounts|email|database|patients|services?|IT|infrastructure|stores|branches|portal|platform|app)\b/i;
// the first of a list that is "among the victims": "A, B and C were among the carriers whose networks were breached"
const AMONG_AFTER = /^(?:(?:,\s*|,?\s+(?:and|or)\s+)[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+[\p{Lu}][\p{L}\d&.'’-]*){0,3}){0,12},?\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:victims|targets|(?:companies|carriers|organi[sz]ations|firms|agencies|operators|providers|banks|hospitals|retailers|insurers|those|ones)\s+(?:[\p{Ll}-]+\s+){0,5}?(?:hit|breached|attacked|targeted|affected|compromised|hacked|infected|disrupted))\b/u;
// a country or its agency claiming the hack: "Ukraine's military intelligence agency said it had hacked ...", "Ukraine says it hacked ..."
const CLAIMS_HACK_AFTER = /^(?:['’]s\s+(?:[\w-]+\s+){0,3}?(?:government|military|army|intelligence|agency|service|services|unit|forces|ministry|hackers|spies)\s+)?(?:has\s+|have\s+)?(?:said|says|claimed|claims|announced|confirmed|boasted)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:hacked|attacked|breached|infiltrated|penetrated|disabled|wiped|took down|knocked|crippled|disrupted|paralysed|paralyzed)\b/i;
// the organization reporting its own incident: "X said it had been hit", "X has said their computers were infected"
const ORG_SAYS_HIT = /^(?:(?:have|has|had)\s+)?(?:all\s+|also\s+|later\s+|previously\s+|\w+ly\s+)?(?:said|says|confirmed|confirms|disclosed|discloses|announced|admitted|admits|revealed|reported|reports|told|notified|warned)\s+(?:on\s+\w+\s+|in\s+a\s+\w+\s+|late\s+\w+\s+)?(?:that\s+)?(?:(?:it|they)\s+(?:(?:had|has|have|was|were|is)(?!\s+(?:been\s+)?(?:working|cooperating|helping|assisting|supporting|aware|monitoring|in contact|liaising|coordinating|talking|advising))|suffered|found|detected|discovered|fell)|(?:it|they)\s+(?:\w+\s+)?(?:paid|pay|agreed to pay)\s+(?:\w+\s+){0,3}ransom|(?:its|their)\s|hackers|attackers|criminals|(?:an?\s+)?(?:hacker|attacker|intruders?|thieves|cybercriminals)\b|the\s+(?:attack|incident|breach|intrusion|outage)|(?:\S+\s+){1,8}?(?:were|was|had been|has been|have been)\s+(?:\w+\s+)?(?:accessed|stolen|hit|infected|encrypted|compromised|affected|exposed|breached|taken)\b|a\s+(?:[\w-]+\s+){0,2}(?:attack|incident|breach|intrusion|cyberattack|cyber-attack)(?!\s+(?:at|on|against|of|targeting)\s+(?!its\b|their\b|our\b))|an\s+(?:[\w-]+\s+){0,2}(?:attack|incident|breach|intrusion|cyberattack)(?!\s+(?:at|on|against|of|targeting)\s+(?!its\b|their\b|our\b))|(?:a\s+)?(?:cyber|ransomware|data|unauthori[sz]ed|malware|suspicious))/i;
const ORG_HIT_BEFORE = /\b(?:(?:cyber-?)?attacks?\s+(?:on|against)|tricking|tricked|defrauding|defrauded|duping|duped|swindling|swindled|scamming|scammed|(?:fake|fraudulent|phishing|scam|spoofed|malicious)\s+(?:[\w-]+\s+)?(?:invoices?|e-?mails?|messages?|texts?|calls?)\s+to|attacking|breach(?:es)?\s+(?:of|at)|hack(?:s|ing)?\s+(?:of|on|at)|hacked|hacking|breached|targeted|targeting|targets|hit|hitting|hits|infiltrated|disrupted|disrupting|disrupts|crippled|crippling|cripples|paralysed|paralyzed|compromise\s+of|intrusions?\s+(?:at|into)|(?:stole|drained|siphoned|looted)\s+(?:[\w$.,]+\s+){0,6}from|attacked|stolen\s+(?:[\w$.,]+\s+){0,6}from|taken\s+(?:[\w$.,]+\s+){0,4}from|data\s+(?:of|from|at)|files\s+at|(?:customers|clients|users|members|subscribers|policyholders|patients|account\s+holders)\s+of|victims?\s+(?:include|included|including|such\s+as|were|was)|victims?,?\s+(?:including|such\s+as)|incident\s+at|(?:services|operations|systems|computers|networks|servers|staff|employees|patients|customers|production|plants|nurses|doctors|workers)\s+at|(?:accounts|systems|networks?|servers|computers|websites?|feeds?|e-?mails?|data|files|database|records)\s+(?:of|at|belonging\s+to)|took\s+|knocked\s+|(?:companies|firms|retailers|organi[sz]ations|customers|clients|businesses|victims|targets|banks|hospitals|agencies|institutions|others|operators|carriers|providers|airlines|airports|universities|schools|councils|municipalities|insurers|lenders|manufacturers|dealers|dealerships|utilities|brands)(?:\s+[\w-]+){0,4}?,?\s+(?:including|such\s+as|like|among\s+them)|fined|fining|fines|(?:was|were)\s+(?:\w+\s+)?(?:hit|affected|breached)\s+(?:\w+\s+){0,2}(?:were|was|included|including)|impact\s+on|affecting|affected|into)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+(?:['’]s)?\s+){0,2}?$/i;
// what may stand before a headline's subject: "", "The", "Dutch chipmaker ", "UK retailer "
const HEAD_SUBJECT_BEFORE = /^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+)?(?:[\p{Ll}-]+(?:maker|firm|company|giant|chain|bank|group|provider|operator|retailer|airline|hospital|council|district|university|school|insurer|lender|library|supplier|carrier|broadcaster|newspaper|utility|pipeline|telecom|telco)\s+)?$/u;
// a system that is some owner's own computers ("AIIMS Delhi servers", "Kojima computer system"), not a vendor's product
const OWN_SYSTEM = /\b(?:system|systems|network|networks|servers?|computers?|database|website|portal|intranet|email|workstations)$/i;
// in a cyber story, a sentence about the incident even without cue words ("said the attack had ...")
const ATTACKISH = /\b(?:attack|attacks|attacked|incident|breach|hack|hacked|outage|disruption|disrupted|ransom|intrusion|stolen|stole|infected|encrypted|compromised|hit|accessed|exposed|leaked|tricked|tricking|defrauded|defrauding|swindled|duped|attackers?|intruders?|threat actors?|offline|crashed|went down|stopped working)\b/i;
// "was also targeted in the same campaign": background wording about this very incident
const SAME_INCIDENT = /\bsame (?:campaign|attack|incident|breach|hack|operation|wave|intrusion)\b/i;
// ... and a sentence tied to the story's own incident by time or means ("on the same day", "through the same flaw")
const SAME_TIME = /\bsame (?:campaign|attack|incident|breach|hack|operation|wave|intrusion|day|week|time|flaw|vulnerability|bug|exploit|malware|group|gang|hackers)\b/i;
// "Nissan's Oceania business", "Toyota's European unit": a part of the organization, which speaks for it
const RESEARCHERS_AT = /\b(?:researchers|analysts|experts|scientists|academics|professors?)\s+(?:at|from|with)\s+(?:the\s+)?$|\b(?:unit|subsidiary|division|arm|part)\s+of\s+(?:the\s+)?$|\bowned\s+by\s+(?:the\s+)?$/i;
const APPOSITION = /^,\s+(?:(?:one|some) of\s+|a\s|an\s|the\s|which\s|whose\s|[\p{Lu}][\p{L}.]*['’]s\s)[^,;()]{0,110},\s*/u;
const UNIT_AFTER = /^['’]s\s+(?:[\p{Lu}][\p{L}-]*\s+){1,3}(?:business|unit|arm|subsidiary|division|branch|operations|operation)\s+/u;
const HEAD_WARNS = /^(?:warns|warned|urges|urged|advises|alerts|cautions)\b/i;
const HEAD_HIT_WORD = /hack|breach|attack|ransom|stolen|stole|leak|outage|compromis/i;
// the start of a list item
const BULLET = /^(?:[-•*–—▪●]\s|\d{1,3}[.)]\s)/;
// an organization in the story that reports, investigates or speaks rather than is hit
const ORG_BYSTANDER_KIND = /media|security|intelligence|police|cert|regulator|intergovernmental|military|parliament|court|news/;

// role nouns that describe the name right after them ("crypto exchange Nobitex", "cosmetics giant Estee Lauder")
const DESCRIPTOR_ROLE = new Set(['exchange', 'giant', 'firm', 'company', 'maker', 'manufacturer', 'producer', 'retailer', 'chain', 'operator', 'provider',
  'supplier', 'lender', 'bank', 'insurer', 'carrier', 'airline', 'conglomerate', 'brand', 'platform', 'developer', 'startup', 'publisher', 'broadcaster', 'utility']);
const DESCRIPTOR_TAIL = /(?:[\p{Lu}][\p{L}.'’-]*(?:['’]s)?\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+$/u;
const APPOSED_TAIL = /(?:[\p{Lu}][\p{L}.'’-]*['’]s\s+|the\s+(?:[\p{Lu}][\p{L}-]*\s+)?)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+the\s+$/u;
// hit wording right before a descriptor, with nothing between ("drained $90 million from", "the attack on", "attacked")
const DESCRIBED_HIT = /\b(?:(?:stole|stolen|drained|siphoned|looted|taken)\s+(?:[\w$.,]+\s+){0,6}from|(?:cyber-?)?attacks?\s+(?:on|against)|breach(?:es)?\s+(?:of|at)|hack(?:s|ing)?\s+(?:of|on|at)|attacked|hacked|breached|targeted|targeting|hit|hitting|infiltrated|disrupted|crippled|paralysed|paralyzed|intrusions?\s+(?:at|into)|incident\s+at)\s+(?:the\s+)?$/i;
/** The text before a name with the name's descriptor cut off ("... from Iranian crypto exchange " -> "... from "), or null. */
function describedBefore(before: string): string | null {
  if (before.endsWith(', the ')) { const m = APPOSED_TAIL.exec(before); return m ? before.slice(0, m.index) : null; }
  const end = before.length - 1;
  const sp = before.lastIndexOf(' ', end - 1);
  if (!DESCRIPTOR_ROLE.has(before.slice(sp + 1, end))) return null;
  const m = DESCRIPTOR_TAIL.exec(before);
  return m ? before.slice(0, m.index) : null;
}

// "The University of California San Francisco said it paid a ransom": capitalized words between the name and its verb
const NAMES_BEFORE_VERB = /^(?:[A-Z][\w.'’-]*\s+){1,3}(?=(?:has\s+|have\s+|had\s+)?(?:said|says|confirmed|disclosed|announced|admitted|revealed|reported|told|notified)\b)/;
function saysAfterNames(after: string): boolean {
  const c = after.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return false;
  const m = NAMES_BEFORE_VERB.exec(after);
  return !!m && ORG_SAYS_HIT.test(after.slice(m[0].length));
}

/**
 * The organizations and agencies hit in this story's incident: named with a victim pattern in a cue
 * sentence ("X said it had been hit", "the attack on X", "X's systems"), the subject of a cyber
 * headline, or a member of a list one of whose members is hit ("Starbucks, Morrisons and Sainsbury's").
 */
function victimOrgs(inp: IncidentInput, weights: number[], mentionAt: Map<string, Grouped>): Array<{ g: Grouped; lead: boolean }> {
  const { sentences, toks } = inp;
  const hit = new Map<Grouped, boolean>();
  // the sentence whose wording says the organization was hit: a list shares the role only in that sentence
  const hitAt = new Map<Grouped, number>();
  const cands = inp.groups.filter((g) => g.category === 'organization' || g.category === 'agency');
  if (!cands.length) return [];
  const actorNames = new Set(inp.groups.filter((g) => g.category === 'actor').map((g) => g.entity.name.toLowerCase()));
  for (const g of cands) {
    if (actorNames.has(g.entity.name.toLowerCase())) continue;
    for (const m of g.mentions) {
      if (weights[m.sent] < 0 || weights[m.sent] === 0 && !ATTACKISH.test(sentences[m.sent].text)) continue;
      const s = sentences[m.sent], tk = toks[m.sent];
      // earlier or separate incidents told below the lead ("has hijacked the accounts of other news organizations in
      // recent months"), by their wording: a story may be all about an older year's attack
      if (s.para > 2 && BACKGROUND.test(s.text) && !SAME_INCIDENT.test(s.text)) continue;
      const a = tk[m.tok], z = tk[m.tok + m.n - 1];
      if (!a || !z) continue;
      const before = s.text.slice(Math.max(0, a.start - 64), a.start);
      // "researchers at the University of X said a breach at Y ...": the researchers' institution only reports;
      // "X, a unit of Y, said its software was hit": the parent named in an apposition is not the one hit
      if (RESEARCHERS_AT.test(before)) continue;
      let after = s.text.slice(z.end).replace(/^\s+/, '').slice(0, 160);
      // "Delhi Police's Intelligence Fusion and Strategic Operations unit": a possessive before a name says nothing about a hit
      if (/^['’]s\s+[A-Z]/.test(after)) after = UNIT_AFTER.test(after) ? after.replace(UNIT_AFTER, '') : '';
      // "X, Ukraine's state railway, said ...", "X, which runs 14 hospitals, cancelled ...": the apposition says nothing; what follows does
      else if (after.charCodeAt(0) === 44 && APPOSITION.test(after)) after = after.replace(APPOSITION, '');
      // the headline's subject: the first name of a cyber headline ("Ticketmaster confirms data breach")
      // ("HMRC warns taxpayers over fake texts": the body that warns of a scam is not the one hit; "X warns customers of breach" is)
      // "from Iranian crypto exchange Nobitex", "attacked Norway's parliament, the Storting": the hit wording stands
      // before the descriptor of the name
      // (in the headline and lead only, and not for firms that report: a descriptor widens the window a lot)
      const described = (s.headline || s.para <= 2) && !/media|security|news/.test(g.entity.kind ?? '') ? describedBefore(before) : null;
      const headSubject = s.headline && !isPlatform(g) && HEAD_SUBJECT_BEFORE.test(before)
        && !(HEAD_WARNS.test(after) && FRAUD_CUE.test(s.text) && !HEAD_HIT_WORD.test(s.text));
      const platformUse = isPlatform(g) && !/^['’]s\s/.test(after);
      if (platformUse && !ORG_HIT_BEFORE.test(before)) continue;
      // media and security firms are victims only when plainly hit ("the TV5Monde hacking", "the attack on X"), not when they report
      const reports = ORG_BYSTANDER_KIND.test(g.entity.kind ?? '');
      // the start-anchored tests first; the end-anchored one (tried at every position of the window) last
      if (!reports && (headSubject || ORG_SAYS_HIT.test(after) || saysAfterNames(after)) || ORG_HIT_AFTER.test(after) || AMONG_AFTER.test(after) || ORG_HIT_BEFORE.test(before) || described !== null && DESCRIBED_HIT.test(described)) {
        hit.set(g, (hit.get(g) ?? false) || s.headline || s.para <= 2);
        hitAt.set(g, m.sent);
        break;
      }
    }
  }
  // a results-style list: a sentence about the incident ending in ":" and the bullet items under it ("- Shell", "2. Aer Lingus")
  let listed: Set<number> | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const t = sentences[si].text;
    if (t.charCodeAt(t.length - 1) !== 58 || !(weights[si] > 0 || ATTACKISH.test(t))) continue;
    for (let k = si + 1; k < sentences.length && BULLET.test(sentences[k].text); k++) (listed ??= new Set()).add(k);
  }
  if (listed) for (const g of cands) if (!hit.has(g) && !actorNames.has(g.entity.name.toLowerCase()) && g.mentions.some((m) => listed!.has(m.sent))) hit.set(g, false);
  // a system named for its owner in an event sentence ("AIIMS Delhi servers down", "the Kojima computer system")
  for (const sys of inp.groups) {
    if (sys.category !== 'system' || !OWN_SYSTEM.test(sys.entity.name)) continue;
    for (const m of sys.mentions) {
      if (m.gazId) continue;
      if (weights[m.sent] < 1.5 && !(sentences[m.sent].headline && weights[m.sent] > 0)) continue;
      const first = toks[m.sent][m.tok]?.text;
      // (a platform's network is everyone's: "the SWIFT messaging network" is no hit on SWIFT)
      const owner = first && cands.find((g) => !hit.has(g) && !isPlatform(g) && (g.entity.name.split(' ')[0] === first || g.entity.acronym === first));
      if (owner) { hit.set(owner, sentences[m.sent].headline || sentences[m.sent].para <= 2); hitAt.set(owner, m.sent); }
    }
  }
  // lists share the role: a candidate joined by commas or "and" to a hit organization in the same sentence
  if (hit.size) {
    const bySent = new Map<number, Array<{ g: Grouped; tok: number; n: number }>>();
    for (const g of cands) for (const m of g.mentions) {
      const l = bySent.get(m.sent) ?? [];
      l.push({ g, tok: m.tok, n: m.n });
      bySent.set(m.sent, l);
    }
    for (const [si, list] of bySent) {
      if (list.length < 2) continue;
      list.sort((x, y) => x.tok - y.tok);
      const tk = toks[si];
      // runs of names separated only by ",", "and", ", and"
      let run: typeof list = [list[0]];
      const flush = () => {
        if (run.length >= 2 && run.some((r) => hitAt.get(r.g) === si || listed?.has(si) && hit.has(r.g))) {
          const lead = run.some((r) => hit.get(r.g));
          for (const r of run) if (!hit.has(r.g)) hit.set(r.g, lead);
        }
      };
      for (let k = 1; k < list.length; k++) {
        const p = list[k - 1], c = list[k];
        const gap = tk.slice(p.tok + p.n, c.tok).map((t) => t.text.toLowerCase()).join(' ');
        // ("X, a unit of Y": an apposition naming the parent, not a list)
        if (/^(?:,|and|, and|or|, or|,? as well as)(?: the| a| an)?(?: [a-z][\w-]*){0,3}$/.test(gap) && !/ (?:of|by)$/.test(gap)) run.push(c);
        else { flush(); run = [c]; }
      }
      flush();
    }
  }
  return [...hit.entries()].map(([g, lead]) => ({ g, lead }));
}
