// Finds mentions of agencies, organizations, systems and threat actors in tokenized sentences:
// gazetteer n-grams first, then capitalized noun phrases classified by their head noun
// ("... Ministry", "... Inc", "... System"), acronym definitions "Long Name (ACR)", appositive
// roles ("payroll provider Zellis"), numbered units, actor naming schemes ("Volt Typhoon") and
// descriptive system phrases that single out an owner's system ("the city's online bill payment system").
import { CountryHit, countryOfWord } from './countries';
import { GazCategory, GazForm, gazetteer, looksCyber, threatGazetteer } from './gazetteers';
import { PackedTrie } from './trie';
import { isCommonWord, isFirstName, isKnownName, lexTag } from './nlp';
import { isCap, isInnerCap, isUpperWord, Sentence, Token } from './text';

export interface Mention {
  category: GazCategory;
  /** the name as written, without an owner prefix */
  surface: string;
  /** the phrase with its owner ("Albania's Interior Ministry"), when different */
  full: string | null;
  sent: number;
  tok: number;
  n: number;
  country: string | null;
  kind: string | null;
  acronym: string | null;
  gazId: string | null;
  canonical: string | null;
  /** gazetteer acronym that only counts if the story defines it or names the body in full */
  needsDefinition?: boolean;
  /** how sure the recognizer is: gazetteer/definition 2, head noun 1, context 0 */
  strength: number;
}

const CONNECT = new Set(['of', 'and', 'for', 'the', 'de', 'du', 'des', 'la', 'del', '&']);
const LEAD_DROP = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'After', 'Before', 'While', 'When', 'If', 'As',
  'According', 'Its', 'His', 'Her', 'Their', 'Our', 'This', 'That', 'These', 'Those', 'Some', 'Many', 'Other', 'Several', 'Both',
  'All', 'Another', 'Meanwhile', 'Earlier', 'Later', 'Also', 'However', 'Since', 'From', 'By', 'For', 'With', 'Without', 'Under',
  'Once', 'Last', 'Next', 'Such', 'Each', 'Every', 'Most', 'More', 'Few', 'Like', 'Unlike', 'Despite', 'During', 'Over', 'About',
  'Although', 'Though', 'Because', 'Why', 'How', 'What', 'Where', 'Who', 'Which', 'Then', 'Now', 'Still', 'Yet', 'So', 'Not',
  'Only', 'Even', 'Thus', 'Former', 'Ex', 'Acting', 'Interim', 'Then']);
// Word lists as sets: a lookup per token instead of a regexp run.
const LEAD_TITLE = new Set(['CEO', 'CFO', 'CTO', 'Founder', 'Co-founder', 'Chairman', 'Chairwoman', 'President', 'Director', 'Head', 'Chief',
  'Secretary', 'Minister', 'Member', 'Members', 'Spokesman', 'Spokeswoman', 'Executive', 'Editor']);
const DAY_MONTH_WORDS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep',
  'Sept', 'Oct', 'Nov', 'Dec'];
/** A day or month name, with or without a final period ("Monday", "Sept."). */
const DAYS_MONTHS = new Set([...DAY_MONTH_WORDS, ...DAY_MONTH_WORDS.map((w) => `${w}.`)]);
const TITLES = new Set(['President', 'Prime', 'Minister', 'Secretary', 'Director', 'Chairman', 'Chairwoman', 'Chief', 'CEO', 'Mr', 'Mrs', 'Ms',
  'Dr', 'Sen', 'Rep', 'Gov', 'Judge', 'Justice', 'Attorney', 'General', 'Deputy', 'Ambassador', 'Gen', 'Col', 'Adm', 'Lt', 'Capt', 'Sgt',
  'Commissioner', 'King', 'Queen', 'Prince', 'Pope', 'Speaker', 'Mayor', 'Chancellor', 'Senator', 'Representative', 'Governor', 'Sheriff',
  'Spokesman', 'Spokeswoman', 'Professor', 'Prof', 'Officer', 'Inspector', 'Detective', 'Agent', 'Special', 'Counsel', 'Vice', 'Foreign', 'Defense', 'Defence', 'Interior', 'Home']);
const PERSON_CUE_BEFORE = /\b(?:spokesman|spokeswoman|spokesperson|chief executive|executive|founder|analyst|researcher|expert|official|head|director|chairman|president|minister|secretary|senator|lawmaker|judge|prosecutor|attorney|professor|CEO|CTO|CISO|leader|chief|mayor|governor|said|told|by|named|reporter|correspondent|editor)\s*,?\s*$/i;

const AGENCY_HEAD = new Set(['ministry', 'department', 'agency', 'police', 'command', 'bureau', 'directorate', 'council', 'commission', 'authority',
  'court', 'parliament', 'administration', 'guard', 'army', 'navy', 'corps', 'judiciary', 'embassy', 'consulate', 'secretariat', 'cabinet',
  'inspectorate', 'gendarmerie', 'prosecutor', 'prosecutors', 'congress', 'senate', 'assembly', 'duma', 'knesset', 'bundestag', 'rada',
  'constabulary', 'regulator', 'forces', 'force', 'militia', 'tribunal', 'ombudsman', 'board', 'house', 'headquarters', 'executive',
  // public bodies named for an area: "Los Angeles Unified School District", "Tri-City Healthcare District"
  'district']);
const AGENCY_OF_HEAD = new Set([...AGENCY_HEAD, 'city', 'port', 'county', 'state', 'province', 'municipality', 'office', 'service', 'government', 'republic', 'kingdom']);
const ORG_HEAD = new Set(['inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'co', 'company', 'holdings', 'technologies', 'technology', 'software',
  'networks', 'communications', 'telecom', 'telecommunications', 'airlines', 'airways', 'airline', 'bank', 'bancorp', 'financial', 'insurance',
  'energy', 'pharmaceuticals', 'pharma', 'healthcare', 'hospital', 'clinic', 'motors', 'entertainment', 'resorts', 'games', 'studios',
  'media', 'news', 'times', 'post', 'journal', 'press', 'university', 'college', 'foundation', 'association', 'federation', 'union',
  'league', 'tour', 'party', 'church', 'club', 'labs', 'laboratories', 'partners', 'capital', 'ventures', 'pipeline', 'electric',
  'utilities', 'airport', 'solutions', 'enterprises', 'industries', 'international', 'logistics', 'shipping', 'lines', 'semiconductor',
  'electronics', 'mobile', 'wireless', 'television', 'tv', 'radio', 'magazine', 'herald', 'tribune', 'gazette', 'society', 'trust',
  'platforms', 'systems', 'services', 'group', 'sa', 'ag', 'gmbh', 'nv', 'bv', 'ab', 'asa', 'spa', 'oyj', 'kk', 'limited', 'incorporated',
  'brands', 'stores', 'markets', 'hotels', 'casinos', 'health', 'institute', 'committee', 'organization', 'organisation', 'network',
  'school', 'academy', 'library', 'hospitals', 'clinics', 'schools']);
const SYSTEM_HEAD = new Set(['system', 'portal', 'platform', 'database', 'server', 'cloud', 'app', 'application', 'gateway', 'transfer',
  'connect', 'suite', 'workspace', 'cable', 'website', 'intranet', 'network', 'exchange', 'pay', 'wallet', 'grid', 'tool', 'appliance', 'machine']);
// Lower-case system heads after a descriptive phrase or an owner name.
const LC_SYSTEM_HEAD = new Set(['system', 'systems', 'network', 'database', 'databases', 'portal', 'platform', 'website', 'app', 'application',
  'tool', 'tools', 'server', 'servers', 'machines', 'keys', 'screens', 'screen', 'workspace', 'cable', 'grid', 'billboards', 'terminals',
  'software', 'spyware', 'registers', 'catalogue', 'catalog']);
// heads that say what the system does, so an owner word is enough ("its online catalogue", "its cash registers")
const SPECIFIC_HEAD = /^(?:catalogue|catalog|registers|centre|center|centres|centers)$/;
// "the national data centre": a facility that is a system once "data" describes it
const DATA_CENTRE = /^cent(?:re|er)s?$/;
// "health system", "legal system": not computer systems
const NON_IT = /^(?:health|healthcare|political|legal|financial|banking|education|educational|justice|judicial|transport|transportation|immune|electoral|tax|welfare|pension|school|prison|party|solar|nervous|weather|value|belief|class|caste|market|economic|monetary|social|public)$/;
const OWNER_WORDS = new Set(['its', 'their', 'his', 'her', 'our', 'the', "'s", "'"]);
const VERBISH = /^(?:PastTense|Participle|Adverb|Conjunction|Preposition|Determiner|Pronoun|Modal|Copula|Comparative|Superlative|Value|QuestionWord|Negative|Expression)$/;
const GENERIC_MOD = new Set(['computer', 'computers', 'it', 'digital', 'information', 'internal', 'online', 'its', 'their', 'the', 'a', 'an',
  'his', 'her', 'our', 'some', 'all', 'other', 'several', 'many', 'key', 'critical', 'affected', 'compromised', 'main', 'entire', 'whole',
  'own', 'new', 'old', 'major', 'company', 'corporate', 'government', 'state', 'federal', 'public', 'private', 'local', 'national', 'global',
  'central', 'core', 'various', 'multiple', 'two', 'three', 'four', 'few', 'certain', 'sensitive', 'vulnerable', 'legacy', 'backup',
  'networked', 'connected', 'technology', 'tech', 'security', 'cyber', 'network', 'email', 'e-mail', 'phone', 'communications',
  'communication', 'operating', 'office', 'business', 'company-wide', 'those', 'these', 'this', 'that', 'same', 'similar', 'such',
  'more', 'most', 'unspecified', 'unnamed', 'victims', 'victim', 'customer', 'customers', 'user', 'users', 'infected', 'hacked', 'breached',
  'targeted', 'third-party', 'outside', 'external', 'remote', 'web', 'mobile', 'software', 'data', 'management', 'administration', 'admin',
  'production', 'operational', 'industrial', 'services', 'service', 'secure', 'leak', 'dark-web', 'extortion',
  'malicious', 'infrastructure', 'hosting', 'server', 'cloud', 'one', 'any', 'no', 'every', 'each', 'border', 'account', 'accounts']);
const LC_STOP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'of', 'and', 'or', 'to', 'by', 'in', 'on', 'at', 'for', 'with',
  'from', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'that', 'which', 'who', 'said', 'says', 'also', 'not', 'could',
  'would', 'will', 'can', 'may', 'might', 'as', 'into', 'onto', 'than', 'then', 'but', 'if', 'when', 'while', 'after', 'before', 'about',
  'some', 'all', 'other', 'several', 'many', 'any', 'no', 'more', 'most', 'such', 'this', 'these', 'those', 'it', 'they', 'we', 'he', 'she',
  'including', 'like', 'used', 'uses', 'use', 'using', 'run', 'runs', 'running', 'hit', 'down', 'up', 'out', 'off', 'over', 'across',
  'through', 'via', 'per', 'only', 'just', 'even', 'still', 'both', 'each', 'every', 'own', 'same', 'other', 'another', 'two', 'three']);
const SYSTEM_CONTEXT = /(?:attack|hack|breach|intru|compromis|disrupt|affected|affecting|shut|offline|outage|\bdown\b|crash|fail|froze|frozen|paralys|paralyz|encrypt|infect|malware|ransomware|stolen|\bstole|steal|access|target|exploit|vulnerab|flaw|restor|(?:take|takes|taking|took|taken) over|broke into|penetrat|wiped|defac|disabled|knocked|\bhit\b|\bused\b|\buses\b|using|\bruns?\b|retire|cut off|went dark|glitch|problem|suspend|closed|closing|halted|flood|overwhelm|manipulat|tamper|\bspy|spied|monitor|detected|damage|fault|\bcut\b|malfunction|unavailable|stopped working|not working|error|leak|expos|spread|install|planted|deploy|deleted|locked|\buse\b|break|could not|couldn't|unable|affect|restrict|inside|into|entered)/i;

const ROLE_NOUNS = new Set(['firm', 'company', 'provider', 'operator', 'carrier', 'chain', 'airline', 'bank', 'lender', 'insurer', 'retailer',
  'maker', 'manufacturer', 'giant', 'broadcaster', 'channel', 'publisher', 'developer', 'vendor', 'startup', 'start-up', 'utility',
  'supplier', 'contractor', 'conglomerate', 'newspaper', 'outlet', 'station', 'hospital', 'university', 'group', 'organization',
  'organisation', 'charity', 'nonprofit', 'non-profit', 'insurer', 'distributor', 'processor', 'producer', 'miner', 'refiner',
  'shipper', 'automaker', 'carmaker', 'automaker', 'platform', 'service', 'specialist', 'consultancy', 'agency', 'exchange', 'monitor',
  'network', 'daily', 'broadcasters', 'subsidiary', 'unit', 'affiliate', 'partner', 'owner', 'parent', 'website', 'site', 'app', 'telco',
  'telecom', 'teleco', 'operator', 'investigator', 'researcher', 'researchers', 'house', 'manager',
  // plural roles before a list: "security firms BeyondTrust and Cloudflare"
  'firms', 'companies', 'providers', 'makers', 'retailers', 'banks', 'lenders', 'insurers', 'operators', 'carriers', 'chains', 'brands', 'hospitals', 'universities']);
const ROLE_NOT_ORG_BEFORE = /\b(?:hacking|hacker|hackers|ransomware|criminal|cybercriminal|extortion|hacktivist|threat|activist|militant|terrorist|rebel|opposition|advocacy|rights|lobby|lobbying|industry|trade|research|security researchers?)\s+$/i;
const ORG_POSS_NOUN = /^(?:(?:internal|own|main|corporate|computer|online|it|email|payroll|customer)\s+)?(?:hospitals|clinics|cloud|data|email|files|records|chief executive|ceo|cto|ciso|chief|spokesperson|spokesman|spokeswoman|customers?|clients?|employees|staff|workers|shares|stock|board|parent|subsidiary|headquarters|shareholders|investors|users|subscribers|passengers|platform|servers|network|systems|website|app|operations|stores|plants|factories|offices|founder|chairman|president|executives|share price|products|services|software)\b/i;
const ACTOR_CTX_AFTER = new Set(['ransomware', 'gang', 'group', 'hackers', 'hacking', 'crew', 'collective', 'operators', 'operation', 'affiliates',
  'affiliate', 'team', 'cartel', 'syndicate', 'actors', 'actor', 'apt', 'cybergang', 'hacktivists', 'members', 'group\'s', 'gang\'s', 'cyber-gang']);
const ACTOR_CTX_BEFORE = /\b(?:(?:group|gang|crew|collective)(?: [\w-]+){0,4},|group|gang|collective|crew|dubbed|called|named|known as|calling itself|calls itself|identified as|claimed by|attributed to|blamed on|linked to|tied to|by the|ransomware|hackers|actor|operators of)\s*(?:the\s+)?$/i;
const ACTOR_SCHEME = /^(?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Hail|Flood|Cyclone|Dust|Tsunami|Bear|Panda|Kitten|Chollima|Spider|Tiger|Leopard|Jackal|Buffalo|Crane|Ocelot|Wolf|Bug|Lynx)$/;
const ACTOR_CODE = /^(?:APT\s?-?\d{1,3}|UNC\d{2,5}|TA\d{3,4}|FIN\d{1,2}|DEV-\d{3,4}|Storm-\d{3,4}|UAC-\d{3,4}|TAG-\d{2,3}|TEMP\.[A-Z][a-z]+|G\d{4})$/;

function lower(w: string): string { return w.toLowerCase(); }
const HAS_LETTER = /[\p{L}]/u;
/** HAS_LETTER.test(t), answered without the regexp when t starts with an ASCII letter (most name tokens). */
function hasLetter(t: string): boolean {
  const c = t.charCodeAt(0) | 32;
  return (c >= 97 && c <= 122) || HAS_LETTER.test(t);
}
const ACTOR_WORDS = /group|gang|persona|hacker|crew|collective|outfit/i;
// cheap gates for the end-anchored context regexes below (which try every position of 120 characters)
const DESCRIPTOR_END = /(?:portal|platform|app|application|software|program|programme|service|tool|website|system)$/i;
// Lower-case heads that follow a product's name and say what kind of product it is: "Connect Secure VPN
// appliances", "MX Series routers", "the Drift chat agent", "Junos OS operating system". Heads that name a
// part of whoever owns them (database, servers, network, website: "Marriott's Starwood guest reservation
// database") are left to descriptiveSystem, which also records the owner.
const PRODUCT_HEAD = new Set(['appliance', 'appliances', 'firewall', 'firewalls', 'router', 'routers', 'gateway', 'gateways', 'controller',
  'controllers', 'modem', 'modems', 'software', 'platform', 'app', 'apps', 'application', 'applications', 'suite',
  'feature', 'integration', 'integrations', 'plugin', 'plugins', 'plug-in', 'extension', 'extensions', 'chatbot', 'agent',
  'instance', 'instances', 'tenant', 'tenants', 'firmware', 'browser', 'client', 'tool', 'implant', 'backdoor', 'storage', 'service']);
// "service" is a product's only after computing words ("its Outlook email service"), not alone ("Royal Mail service") or after "press"
const IT_SERVICE_MOD = /^(?:email|e-mail|mail|messaging|video|streaming|cloud|online|file|storage|payment|payments|web|hosting|backup|sync|chat|ticketing|booking|banking|login|identity)$/;
// acronyms that name a kind of product rather than the product: the "VPN" of "Connect Secure VPN appliances"
const CLASS_ACRONYM = new Set(['VPN', 'VPNs', 'SSL', 'SSL-VPN', 'PLC', 'PLCs', 'HMI', 'HMIs', 'SCADA', 'ICS', 'NAS', 'IoT', 'API', 'APIs', 'DNS',
  'CRM', 'ERP', 'CMS', 'MDM', 'EDR', 'SaaS', 'PC', 'PCs']);
// Legal forms after a company name: the short ones also mark an unknown name as a company ("... Inc said").
const CORP_SUFFIXES = ['Inc', 'Corp', 'Ltd', 'LLC', 'PLC', 'plc', 'Co', 'SA', 'AG', 'NV'];
const CORP_SUFFIX = new RegExp(`^(?:${CORP_SUFFIXES.join('|')})\\.?$`);
const LEGAL_FORM = new Set([...CORP_SUFFIXES, 'Corporation', 'Limited', 'Incorporated', 'BV', 'GmbH', 'SE', 'AB', 'ASA', 'Oyj', 'SpA', 'Pvt', 'Holdings']);
// words next to an unclassified name that some context rule in maybeActorOrContextOrg starts from
// verbs with which an organization reports its own incident ("Morrisons said", "Clorox disclosed")
const DISCLOSE_NEXT = new Set(['said', 'says', 'confirmed', 'confirms', 'disclosed', 'discloses', 'announced', 'admitted', 'admits', 'revealed', 'reported', 'notified', 'warned', 'suffered', 'suffers',
  // and the verbs of a headline whose subject is the victim ("X detects unusual activity", "X shuts systems", "X hit by cyberattack")
  'detects', 'detected', 'shuts', 'halts', 'halted', 'suspends', 'suspended', 'restores', 'restored', 'investigates', 'probes',
  'notifies', 'tells', 'told', 'cancels', 'cancelled', 'canceled', 'recovers', 'reports', 'blames', 'pays', 'paid']);
const SAYS_OWN_INCIDENT = /^\s+(?:on\s+\w+\s+|late\s+\w+\s+)?(?:that\s+)?(?:it|its)\s+(?:(?:had|has|have)\s+been\s+|was\s+|were\s+|had\s+|has\s+)?(?:\w+\s+)?(?:hit|breached|hacked|attacked|targeted|compromised|infected|network|systems|servers|computers|suffered|detected|discovered|fell victim|paid)\b/;
// passive hit verbs name the victim only as the sentence's subject ("X hit by cyberattack"; not "malware in X targeted firms")
const HIT_NEXT = new Set(['hit', 'struck', 'breached', 'hacked', 'targeted']);
const CONTEXT_NEXT = new Set(['ransomware', 'gang', 'cybergang', 'hacktivists', 'crew', 'collective', 'group', ',', "'s", 'stores', 'outlets',
  'branches', 'restaurants', 'shops', 'supermarkets', 'hotels', 'factories', 'subscribers', 'shares', 'shareholders', 'stock',
  'hospitals', 'clinics', 'pharmacies', 'dealerships', 'customers', 'employees', 'staff', 'passengers']);
const CONTEXT_PREV = new Set(["'s", ',', 'and', 'called', 'dubbed', 'named', 'as']);
const LIST_NOUNS = /channels|companies|firms|banks|broadcasters|outlets|newspapers|operators|carriers|airlines|retailers|providers|insurers|stations|hospitals|universities|chains|brands|lenders|utilities|manufacturers|makers|groups/;

/** First mention of the current sentence that satisfies the test. */
function sentFind(ctx: Ctx, test: (m: Mention) => boolean): Mention | undefined {
  for (let k = ctx.first; k < ctx.out.length; k++) if (test(ctx.out[k])) return ctx.out[k];
  return undefined;
}

/** A token that can be part of a capitalized name. */
const AFFIX_WORD = /-(?:based|linked|backed|owned|run|led|made|born|speaking|sponsored|affiliated|aligned|controlled|funded|operated|headquartered|listed|registered|focused|related|style|era|nexus|tied|connected|supported|directed|origin|language|bound|wide)$/;
function namey(t: string): boolean {
  const c = t.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127) {
    if (t.length === 1 && !(c >= 65 && c <= 90) && !(c >= 48 && c <= 57) && !isCap(t)) return false;
    if (t.indexOf('-') > 0 && AFFIX_WORD.test(t)) return false;
    return isCap(t) || isInnerCap(t);
  }
  return c >= 97 && c <= 122 && t.length > 1 && isInnerCap(t);
}

interface Ctx {
  s: Sentence;
  si: number;
  tk: Token[];
  /** lower-cased token texts */
  low: string[];
  covered: boolean[];
  countryAt: Map<number, CountryHit>;
  out: Mention[];
  systemContext?: boolean;
  /** the sentence has a word that actor-context patterns need (group, gang, hacker...) */
  actorWords?: boolean;
  /** the story talks about cyber threats */
  threatStory: boolean;
  /** given names and surnames of people seen so far in the story ("Adam Neumann" -> later "Neumann's") */
  people: Set<string>;
  /** index in out where this sentence's mentions start */
  first: number;
  /** capitalized words of the story's headline */
  headWords: Set<string>;
  /** lone brand names waiting for the end of the story (see maybeActorOrContextOrg) */
  brands: Mention[];
  /** index of the lead's first sentence (the one after the headline) */
  leadSent: number;
}

// List members seen before the list's known organization (the first of "AutoNation, Lithia Motors and ..."),
// for the sentence being read: token ranges [b, j) and owners. Kept outside Ctx (module-level, emptied
// per sentence) so that the context objects keep the shape the passes were optimized for.
const pendingB: number[] = [];
const pendingJ: number[] = [];
const pendingOwner: Array<string | null> = [];

export interface MentionResult {
  mentions: Mention[];
  /** acronym -> index of the mention that defined it */
  acronyms: Map<string, Mention>;
}

export function findMentions(sentences: Sentence[], toks: Token[][], countryHits: CountryHit[], cyberish = true, lows?: string[][]): MentionResult {
  const gz = gazetteer();
  const tz = cyberish ? threatGazetteer() : null;
  const mentions: Mention[] = [];
  const acronyms = new Map<string, Mention>();
  const people = new Set<string>();
  const countryBySent = new Map<number, Map<number, CountryHit>>();
  for (const h of countryHits) {
    const m = countryBySent.get(h.sent) ?? new Map<number, CountryHit>();
    for (let k = 0; k < h.n; k++) m.set(h.tok + k, h);
    countryBySent.set(h.sent, m);
  }
  const headWords = new Set<string>();
  const brands: Mention[] = [];
  const leadSent = sentences[0]?.headline ? 1 : 0;
  if (sentences[0]?.headline) for (const t of toks[0]) if (/^[\p{Lu}\d]/u.test(t.text)) headWords.add(t.text);
  sentences.forEach((s, si) => {
    const tk = toks[si];
    const low = lows ? lows[si] : tk.map((t) => t.text.toLowerCase());
    // every field set here, so all contexts share one object shape (fields added later would fork it and deoptimize the passes)
    const ctx: Ctx = { s, si, tk, low, threatStory: cyberish, covered: new Array(tk.length).fill(false), countryAt: countryBySent.get(si) ?? new Map(), out: mentions, people, first: mentions.length, systemContext: undefined, actorWords: undefined, headWords, brands, leadSent };
    pendingB.length = 0; pendingJ.length = 0; pendingOwner.length = 0;
    if (tz) gazetteerPass(ctx, tz.trie);
    gazetteerPass(ctx, gz.trie);
    sharedHeadPass(ctx);
    spanPass(ctx);
    lowercasePass(ctx);
    // a list's first members are read before the organization later in it is known: look again now
    if (pendingB.length) resolvePending(ctx, mentions);
  });
  for (const m of brands) {
    const w = toks[m.sent][m.tok + m.n - 1].text;
    if (people.has(w)) continue;
    // a headline's first word is capitalized anyway ("Railway restores ..."): a name only if the body capitalizes it too
    if (m.sent === 0 && m.tok === 0 && sentences[0]?.headline && !capitalizedInBody(toks, m) && !brands.some((o) => o.sent > 0 && o.surface === m.surface)) continue;
    const personal = toks.some((tk) => tk.some((t, i) => t.text === w && i > 0 && (isFirstName(tk[i - 1].text) || TITLES.has(tk[i - 1].text) || /^[A-Z]\.(?:[A-Z]\.)?$/.test(tk[i - 1].text))));
    if (!personal) mentions.push(m);
  }
  shortForms(sentences, toks, mentions, countryBySent);
  initialsForms(toks, mentions);
  bareHeadForms(toks, mentions);
  // Acronym definitions: "Long Name (ACR)" attaches ACR; later bare uses of ACR are mentions of it.
  for (const m of mentions) {
    const tk = toks[m.sent];
    const a = tk[m.tok + m.n], b = tk[m.tok + m.n + 1], c = tk[m.tok + m.n + 2];
    if (a?.text === '(' && c?.text === ')' && b && isAcronymLike(b.text) && !WIRE_CREDIT.has(b.text) && b.text.length <= 8) {
      if (!m.acronym && m.n > 1) m.acronym = b.text;
      if (m.acronym === b.text) acronyms.set(b.text, m);
    }
  }
  // Acronyms defined by the gazetteer entries present in full in the text.
  for (const m of mentions) if (m.acronym && !acronyms.has(m.acronym) && !m.needsDefinition && m.n > 1) acronyms.set(m.acronym, m);
  if (acronyms.size) sentences.forEach((s, si) => {
    const tk = toks[si];
    tk.forEach((t, i) => {
      const def = acronyms.get(t.text);
      if (!def) return;
      if (def.sent === si && def.tok + def.n + 1 === i) return; // the definition itself
      if (mentions.some((m) => m.sent === si && i >= m.tok && i < m.tok + m.n)) return;
      mentions.push({ ...def, surface: t.text, full: null, sent: si, tok: i, n: 1, strength: 2, needsDefinition: false });
    });
  });
  return { mentions, acronyms };
}

/** The brand's first word appears capitalized in a body sentence, not at its start (where every word is). */
function capitalizedInBody(toks: Token[][], m: Mention): boolean {
  const w = toks[m.sent][m.tok].text;
  for (let si = 1; si < toks.length; si++) {
    const tk = toks[si];
    for (let i = 1; i < tk.length; i++) if (tk[i].text === w && !/^["“‘(—–:-]$/.test(tk[i - 1].text)) return true;
  }
  return false;
}

/**
 * The first word of a longer organization name used alone elsewhere in the story ("OCBC" for OCBC Bank,
 * "Latitude" for Latitude Financial, "Kojima" for Kojima Industries): a mention of the same body
 * (grouping merges a name into the longer name it begins).
 */
function shortForms(sentences: Sentence[], toks: Token[][], mentions: Mention[], countryBySent: Map<number, Map<number, CountryHit>>): void {
  const short = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.n < 2 || m.category !== 'organization' && m.category !== 'agency' || m.gazId) continue;
    const w = toks[m.sent][m.tok].text;
    if (w.length < 3 || !/^[\p{Lu}\d]/u.test(w) || LEAD_DROP.has(w) || isCommonWord(w) || isFirstName(w) || countryBySent.get(m.sent)?.has(m.tok) || /^(?:National|Federal|State|Royal|United|General|Central|American|British|European|International|Global|New|North|South|East|West|Saint|St|Public)$/.test(w)) continue;
    if (!short.has(w)) short.set(w, m);
  }
  if (!short.size) return;
  // "Juniper routers" in a story about Juniper Networks: the maker with a device word, not a product
  for (let q = 0; q < mentions.length; q++) {
    const m = mentions[q];
    const long = m.category === 'system' && m.kind === 'product' && !m.surface.includes(' ') ? short.get(m.surface) : undefined;
    if (long) mentions[q] = { ...long, surface: m.surface, full: null, sent: m.sent, tok: m.tok, n: 1, acronym: null, strength: 0 };
  }
  const found = mentions.length;
  const inMention = (si: number, i: number) => {
    for (let q = 0; q < found; q++) { const m = mentions[q]; if (m.sent === si && i >= m.tok && i < m.tok + m.n) return true; }
    return false;
  };
  for (let si = 0; si < toks.length; si++) {
    const tk = toks[si];
    for (let i = 0; i < tk.length; i++) {
      const long = short.get(tk[i].text);
      if (!long || inMention(si, i)) continue;
      // alone: not the start of another capitalized name, not a possessive owner of a person ("Kojima's chief")
      if (namey(tk[i + 1]?.text ?? '') || namey(tk[i - 1]?.text ?? '') && i > 0 && !sentences[si].headline) continue;
      mentions.push({ ...long, surface: tk[i].text, full: null, sent: si, tok: i, n: 1, acronym: null, strength: 0 });
    }
  }
}

// nouns after a defined acronym that make the name a thing's, not a body's
const DEFINED_THING_AFTER = new Set(['file', 'files', 'format', 'formats', 'protocol', 'protocols', 'standard', 'standards', 'records', 'data', 'code', 'codes', 'number', 'numbers', 'devices', 'device', 'chips', 'vulnerability', 'flaw', 'bug']);
// a local government's own word for itself once named: "the city" after "City of Oakland", "the council" after "Leeds City Council"
const BARE_GOV_HEAD = new Set(['city', 'county', 'council', 'town', 'borough', 'municipality']);

/**
 * "the city", "the county", "the council" (lower case, after "the") in a story that names exactly one local
 * government with that word in its name: a mention of it, under its name (so the record gains no alias "city").
 */
function bareHeadForms(toks: Token[][], mentions: Mention[]): void {
  const byHead = new Map<string, Mention | null>();
  for (const m of mentions) {
    if (m.category !== 'agency' || m.n < 2) continue;
    for (const w of m.surface.split(' ')) {
      const h = w.toLowerCase();
      if (!BARE_GOV_HEAD.has(h) || !/^[\p{Lu}]/u.test(w)) continue;
      const had = byHead.get(h);
      byHead.set(h, had === undefined || had?.surface === m.surface ? m : null);
    }
  }
  if (!byHead.size) return;
  const found = mentions.length;
  for (let si = 0; si < toks.length; si++) {
    const tk = toks[si];
    for (let i = 1; i < tk.length; i++) {
      const def = byHead.get(tk[i].text);
      if (!def || tk[i - 1].text !== 'the' && tk[i - 1].text !== 'The') continue;
      // "the city council", "the city's" stay: only the head alone ("the city said", "the city's network" is the city too)
      const nx = tk[i + 1]?.text ?? '';
      if (/^[\p{Ll}]/u.test(nx) && BARE_GOV_HEAD.has(nx) || namey(nx) && nx !== "'s") continue;
      let inside = false;
      for (let q = 0; q < found && !inside; q++) { const m = mentions[q]; inside = m.sent === si && i >= m.tok && i < m.tok + m.n; }
      if (!inside) mentions.push({ ...def, full: null, sent: si, tok: i, n: 1, acronym: null, strength: 0 });
    }
  }
}

/** The initials of a name's words, connectors left out: "Jaguar Land Rover" -> "JLR", "Marks & Spencer" -> "MS". */
function initialsOf(words: string[]): string {
  let out = '';
  for (const w of words) if (!CONNECT.has(w) && w !== 'The' && /^[\p{Lu}]/u.test(w)) out += w[0];
  return out;
}
/** An acronym's letters without "&" ("M&S" -> "MS"); '' when it is no acronym. */
function acronymLetters(w: string): string {
  if (!isAcronymLike(w) && !/^[\p{Lu}]&[\p{Lu}]$/u.test(w)) return '';
  const l = w.replace(/&/g, '');
  return /^[\p{Lu}]+$/u.test(l) ? l : '';
}

/**
 * A bare acronym whose letters are the initials of a multi-word organization or agency named in the story
 * ("JLR" after "Jaguar Land Rover", "H&F" after "Harlow & Finch") is a short form of it: the body gets it as
 * its acronym and each use not already read is a mention. Three letters at least, or two around "&", and
 * never a form the gazetteer knows (an acronym of its own body) or a name's initials shared by two bodies.
 */
function initialsForms(toks: Token[][], mentions: Mention[]): void {
  const byInitials = new Map<string, Mention | null>();
  for (const m of mentions) {
    if (m.n < 2 || m.acronym || m.category !== 'organization' && m.category !== 'agency') continue;
    const ini = initialsOf(toks[m.sent].slice(m.tok, m.tok + m.n).map((t) => t.text));
    if (ini.length < 2) continue;
    const had = byInitials.get(ini);
    byInitials.set(ini, had === undefined || had?.surface === m.surface ? m : null);
  }
  if (!byInitials.size) return;
  const found = mentions.length;
  const gz = gazetteer();
  for (let si = 0; si < toks.length; si++) {
    const tk = toks[si];
    for (let i = 0; i < tk.length; i++) {
      const w = tk[i].text;
      if (w.length < 2 || w.length > 8 || !isCap(w)) continue;
      const letters = acronymLetters(w);
      const def = letters && byInitials.get(letters);
      if (!def || letters.length < 3 && !w.includes('&') || gz.trie.get([w.toLowerCase()])) continue;
      def.acronym = w;
      let inside = false;
      for (let q = 0; q < found && !inside; q++) { const m = mentions[q]; inside = m.sent === si && i >= m.tok && i < m.tok + m.n; }
      if (!inside) mentions.push({ ...def, surface: w, full: null, sent: si, tok: i, n: 1, strength: 1, needsDefinition: false });
    }
  }
}

const WIRE_CREDIT = new Set(['AP', 'AFP', 'Reuters', 'UPI', 'dpa', 'EFE', 'ANSA', 'PA', 'Xinhua', 'Kyodo', 'Bloomberg', 'File', 'Photo', 'Video']);

function isAcronymLike(w: string): boolean {
  return /^[\p{Lu}][\p{L}\d&-]*$/u.test(w) && (w.match(/[\p{Lu}]/gu)?.length ?? 0) >= 2 && w.length <= 10;
}

function gazetteerPass(ctx: Ctx, trie: PackedTrie<GazForm>): void {
  const { tk, low } = ctx;
  for (let i = 0; i < tk.length; i++) {
    if (trie.hasFirst(low[i])) i = gazetteerAt(ctx, trie, i);
  }
}

/**
 * The gazetteer names starting at token i (gazetteerPass found a first word there); returns the token
 * to go on from. Apart from the scan so that the per-token loop compiles small and fast, and this
 * larger body, run on far fewer tokens, is optimized on its own.
 */
function gazetteerAt(ctx: Ctx, trie: PackedTrie<GazForm>, i: number): number {
  const { tk, s, low } = ctx;
  {
    const countryHere = ctx.countryAt.get(i);
    // a gazetteer name inside a longer capitalized name ("Supreme National Security Council") is left to the span pass
    const prev = tk[i - 1]?.text ?? '';
    const insideName = i > 0 && namey(prev) && /[\p{L}]/u.test(prev) && !ctx.countryAt.has(i - 1) && !LEAD_DROP.has(prev) && !(i === 1 && isCommonWord(prev)) && !ctx.covered[i - 1];
    for (const [n, forms] of trie.matches(low, i)) {
      if (countryHere && n <= countryHere.n) break;
      if (insideName && !forms.some((f) => f.entry.category === 'actor' || f.isAcronym)) break;
      if (continuesIntoHead(tk, i + n)) break;
      const span = tk.slice(i, i + n);
      const words = span.map((t) => t.text);
      // "(AP)", "(Reuters)": the wire's credit line, not a news agency acting in the story
      const credit = tk[i - 1]?.text === '(' && tk[i + n]?.text === ')';
      const chosen = forms.filter((f) => caseOk(f, words, s.shouting) && contextOk(f, ctx, i, n) && !(credit && f.entry.kind === 'media'));
      if (!chosen.length) continue;
      // "Disney+", "Apple TV+": a company's name with a plus sign attached is its streaming product
      // (in its own function: the hot loop stays small enough to be inlined)
      if (tk[i + n]?.text === '+' && plusProduct(ctx, i, n, chosen)) { i += n; break; }
      // "Toyota Boshoku said", "University of California San Diego": a known name that is the start of a longer one
      if (chosen.length === 1 && chosen[0].entry.category === 'organization' && namey(tk[i + n]?.text ?? '')) {
        const e = longerName(ctx, i, n, chosen[0]);
        if (e > 0) { i = e - 1; break; }
      }
      // a name can be both a company and its product (Slack, Twitter): keep one mention per category
      const seenCat = new Set<string>();
      for (const f of chosen) {
        if (seenCat.has(f.entry.category)) continue;
        seenCat.add(f.entry.category);
        const owner = ownerBefore(ctx, i);
        ctx.out.push({
          category: f.entry.category, surface: s.text.slice(span[0].start, span[n - 1].end), full: owner.full ? `${owner.full} ${s.text.slice(span[0].start, span[n - 1].end)}` : null,
          sent: ctx.si, tok: i, n, country: owner.code ?? f.entry.country, kind: f.entry.kind, acronym: f.entry.acronym,
          gazId: f.entry.id, canonical: f.entry.name, needsDefinition: f.isAcronym && !!f.entry.acronymNeedsDefinition,
          strength: f.entry.category === 'actor' && n === 1 && !f.ambiguous && !/\d|\$|[\p{Ll}][\p{Lu}]|^[\p{Lu}\d]{4,}$/u.test(f.form) ? 1 : 2,
        });
      }
      // extend: a gazetteer org followed by a system head is that org's system ("Garmin Connect", "AT&T workspace")
      for (let k = 0; k < n; k++) ctx.covered[i + k] = true;
      // a known company's legal form after its name is part of it ("Toyota Motor Corp", "Medibank Private Ltd"),
      // not a second company named "Motor Corp"
      let e = i + n;
      if (seenCat.has('organization')) {
        while (e < tk.length && (LEGAL_FORM.has(tk[e].text) || tk[e].text === 'Private' && LEGAL_FORM.has(tk[e + 1]?.text ?? ''))) ctx.covered[e++] = true;
      }
      // "SharePoint Server 2019", "NetScaler ADC", "iOS 16": a known product's edition or version; "NHS 111": a body's numbered service
      if (ctx.threatStory && e < tk.length && (namey(tk[e].text) || /^\d/.test(tk[e].text))) e = productEdition(ctx, i, e, seenCat);
      i = e - 1;
      break;
    }
  }
  return i;
}

// a version or edition number after a product's name; a body's service number has three digits ("NHS 111")
const VERSION = /^\d{1,4}(?:\.\d+)*[a-z]?$/;
const SERVICE_NUMBER = /^[1-9]\d{2}$/;
const NOT_AFTER_NUMBER = /^(?:million|billion|thousand|percent|per|times|people|users|customers|accounts|%|years?|days?|hours?|minutes?)$/i;

/**
 * The end of a known product's name that goes on with an edition or version ("SharePoint Server
 * Subscription Edition", "NetScaler ADC", "Windows Server 2019", "iOS 16"): the product's mention
 * grows to the longer name, which is a product of its own (no longer the gazetteer's entry, so that
 * "NetScaler ADC" and "NetScaler Gateway" stay two). A known body followed by a three-digit service
 * number ("NHS 111") is a system named by both. e is the token after the known name.
 */
function productEdition(ctx: Ctx, i: number, e: number, cats: Set<string>): number {
  const { tk, s } = ctx;
  const sys = cats.has('system') && !cats.has('organization') ? sentFind(ctx, (m) => m.tok === i && m.category === 'system') : undefined;
  if (!sys) {
    const body = sentFind(ctx, (m) => m.tok === i && (m.category === 'agency' || m.category === 'organization'));
    const num = tk[e].text;
    if (!body || !SERVICE_NUMBER.test(num) || NOT_AFTER_NUMBER.test(tk[e + 1]?.text ?? '') || /^[$£€]/.test(tk[i - 1]?.text ?? '')) return e;
    if (ctx.systemContext === undefined) ctx.systemContext = SYSTEM_CONTEXT.test(s.text);
    if (!ctx.systemContext) return e;
    ctx.out.push({ category: 'system', surface: s.text.slice(tk[i].start, tk[e].end), full: null, sent: ctx.si, tok: i, n: e - i + 1, country: body.country, kind: 'service', acronym: null, gazId: null, canonical: null, strength: 1 });
    ctx.covered[e] = true;
    return e + 1;
  }
  let k = e;
  while (k < tk.length && k - e < 3 && !ctx.covered[k] && !ctx.countryAt.has(k)) {
    const t = tk[k].text;
    if (VERSION.test(t)) {
      if (NOT_AFTER_NUMBER.test(tk[k + 1]?.text ?? '') || /^(?:19|20)\d\d$/.test(t) && !namey(tk[k - 1].text)) break;
      k++;
      break; // a version ends the name
    }
    // (a headline in title case capitalizes every word)
    if (ctx.s.headline || !namey(t) || LEAD_DROP.has(t) || TITLES.has(t) || LEAD_TITLE.has(t) || DAYS_MONTHS.has(t) || isFirstName(t) || ctx.people.has(t)) break;
    const tag = lexTag(t) ?? '';
    if (VERBISH.test(tag) || tag === 'PresentTense' || /^(?:Person|LastName|MaleName|FemaleName|Place|City|Region|Country)$/.test(tag)) break;
    k++;
  }
  if (k === e) return e;
  // a company named for its product ("Slack Technologies", "Zoom Video Communications") or one that acts
  const last = ctx.low[k - 1];
  if (ORG_HEAD.has(last) || AGENCY_HEAD.has(last) || DISCLOSE_NEXT.has(tk[k]?.text ?? '') || CORP_SUFFIX.test(tk[k]?.text ?? '')) return e;
  sys.surface = s.text.slice(tk[i].start, tk[k - 1].end);
  sys.full = null; sys.n = k - i; sys.gazId = null; sys.canonical = null;
  for (let q = e; q < k; q++) ctx.covered[q] = true;
  return k;
}

/** Records the pending list members of the sentence that turn out to be in a list with an organization. */
function resolvePending(ctx: Ctx, mentions: Mention[]): void {
  const { tk } = ctx;
  // only members before the sentence's last organization can be in a list with it
  let lastOrg = -1;
  for (let q = ctx.first; q < mentions.length; q++) if (mentions[q].category === 'organization' && mentions[q].tok > lastOrg) lastOrg = mentions[q].tok;
  for (let p = 0; p < pendingB.length; p++) {
    const b = pendingB[p], j = pendingJ[p], owner = pendingOwner[p];
    if (j > lastOrg) continue;
    // "Separately, Barts Health NHS Trust ...": a sentence adverb before its comma, not a list member
    if (j - b === 1 && (b === 0 || /^["“‘(]$/.test(tk[b - 1].text)) && tk[b].text.endsWith('ly')) continue;
    // "in Greenbelt, Maryland": a place after a preposition; "DNC, DCCC": an acronym the story defines elsewhere
    if (b > 0 && PLACE_PREP.has(ctx.low[b - 1]) || j - b === 1 && isUpperWord(tk[b].text)) continue;
    let free = true;
    for (let k = b; k < j && free; k++) free = !ctx.covered[k];
    if (free && listHasOrg(ctx, b, j) && contextName(ctx, b, j)) pushContextOrg(ctx, b, j, owner);
  }
}

/** "- Advance Auto Parts": a name alone on a bullet line, in a story about an incident, is an organization. */
function bulletOrg(ctx: Ctx, b: number, j: number, owner: string | null): boolean {
  const next = ctx.tk[j]?.text ?? '';
  if (!ctx.threatStory || j - b > 5 || !(j === ctx.tk.length || next === ',' || next === '(') || !contextName(ctx, b, j)) return false;
  pushContextOrg(ctx, b, j, owner);
  return true;
}

/** Records "Disney+" (name + an attached "+") as a product; false when the "+" stands apart. */
function plusProduct(ctx: Ctx, i: number, n: number, chosen: GazForm[]): boolean {
  const { tk, s } = ctx;
  const plus = tk[i + n];
  if (plus.start !== tk[i + n - 1].end || !chosen.some((f) => f.entry.category === 'organization' || f.entry.category === 'system')) return false;
  ctx.out.push({ category: 'system', surface: s.text.slice(tk[i].start, plus.end), full: null, sent: ctx.si, tok: i, n: n + 1, country: chosen[0].entry.country, kind: 'product', acronym: null, gazId: null, canonical: null, needsDefinition: false, strength: 1 });
  for (let k = 0; k <= n; k++) ctx.covered[i + k] = true;
  return true;
}

/** The capitalized run from `j` ends in a head noun: the gazetteer match is the start of a longer name. */
/**
 * A known company's name followed by one or two capitalized words the lexicon does not know, where the
 * whole is plainly a company ("Toyota Boshoku said", "parts maker Denso Wave", "Yamaha Kikai's staff"),
 * or a university's name followed by its campus ("University of California San Diego"): one organization,
 * the longer name. Returns the end of the name, or -1.
 */
function longerName(ctx: Ctx, i: number, n: number, f: GazForm): number {
  const { tk, s } = ctx;
  let e = i + n;
  const campus = tk[i].text === 'University';
  while (e < tk.length && e - (i + n) < (campus ? 3 : 2) && namey(tk[e].text) && !ctx.countryAt.has(e) && !ctx.covered[e]
    && (campus ? !isCommonWord(tk[e].text) : lexTag(tk[e].text) === undefined)) e++;
  if (e === i + n) return -1;
  if (!campus) {
    const next = tk[e]?.text ?? '';
    const company = DISCLOSE_NEXT.has(next) || CORP_SUFFIX.test(next) || ROLE_NOUNS.has(ctx.low[i - 1] ?? '')
      || next === "'s" && ORG_POSS_NOUN.test(s.text.slice(tk[e].end).trimStart())
      || next === ',' && /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:company|firm|maker|manufacturer|supplier|provider|group|subsidiary|unit|lender|bank|insurer|retailer|operator|carrier)\b/i.test(s.text.slice(tk[e - 1].end, tk[e - 1].end + 80));
    if (!company) return -1;
  }
  ctx.out.push({ category: 'organization', surface: s.text.slice(tk[i].start, tk[e - 1].end), full: null, sent: ctx.si, tok: i, n: e - i, country: f.entry.country, kind: f.entry.kind, acronym: null, gazId: null, canonical: null, strength: 1 });
  for (let k = i; k < e; k++) ctx.covered[k] = true;
  return e;
}

function continuesIntoHead(tk: Token[], j: number): boolean {
  if (!tk[j] || !namey(tk[j].text)) return false;
  let k = j;
  while (k < tk.length && (namey(tk[k].text) || CONNECT.has(tk[k].text) && namey(tk[k + 1]?.text ?? ''))) k++;
  const last = tk[k - 1].text.toLowerCase();
  return AGENCY_HEAD.has(last) || last === 'office' || last === 'service' || last === 'center' || last === 'centre' || last === 'committee' || INSTITUTION_HEAD.has(last);
}

// heads of institutions whose names can contain a known body ("King's College Hospital NHS Foundation Trust")
const INSTITUTION_HEAD = new Set(['trust', 'hospital', 'foundation', 'university', 'college', 'school', 'district', 'library']);

function caseOk(f: GazForm, words: string[], shouting: boolean): boolean {
  if (f.tokens.every((t, k) => t === words[k])) return true;
  if (shouting) return words.join(' ').toUpperCase() === words.join(' ') && f.form.length > 3;
  // upstream lower-case names (rhysida) or case variants (Revil/REvil): any capitalised spelling
  if (f.entry.category === 'actor' && !f.isAcronym) {
    // SODIUM / STRONTIUM (upstream all-caps plain words) only in capitals; Revil / REvil either way
    if (/^[\p{Lu}\s]+$/u.test(f.form) && !/\d/.test(f.form)) return false;
    return words.every((w) => /^[\p{Lu}\d]/u.test(w)) && f.form.length > 3;
  }
  return false;
}

function contextOk(f: GazForm, ctx: Ctx, i: number, n: number): boolean {
  const { tk, s } = ctx;
  if (f.entry.category === 'actor' && (f.ambiguous || f.form.length <= 3)) {
    const next = tk[i + n]?.text.toLowerCase() ?? '';
    const before = s.text.slice(Math.max(0, tk[i].start - 80), tk[i].start);
    return ACTOR_CTX_AFTER.has(next) || ACTOR_CTX_BEFORE.test(before);
  }
  if (f.ambiguous) {
    // ordinary words as names (Target, Boots, Orange): not first in a sentence, not part of a longer name
    if (i === 0 || /^["“(]$/.test(tk[i - 1]?.text ?? '')) return false;
    const next = tk[i + n]?.text ?? '';
    if (next && namey(next) && !/^['’]s$/.test(next)) return false;
    const prev = tk[i - 1]?.text ?? '';
    if (prev && namey(prev) && i > 0) return false;
  }
  return true;
}

/** Country or owner name right before a mention: "Albania's", "Albanian", "U.S.". */
function ownerBefore(ctx: Ctx, i: number): { code: string | null; full: string | null } {
  const { tk, s } = ctx;
  if (tk[i - 1]?.text === "'s") {
    const h = ctx.countryAt.get(i - 2);
    if (h) return { code: h.code, full: `${h.surface}'s` };
  }
  const h = ctx.countryAt.get(i - 1);
  if (h && h.kind !== 'capital') return { code: h.code, full: h.surface };
  void s;
  return { code: null, full: null };
}

function isPersonSpan(words: string[], ctx: Ctx, i: number): boolean {
  if (words.length >= 2 && words.length <= 5 && /^(?:President|Prime|Minister|Secretary|Senator|Sen|Rep|Gov|Governor|Mayor|Chancellor|King|Queen|Prince|Pope|Judge|Gen|General|Col|Adm|Lt|Capt|Dr|Mr|Mrs|Ms)\.?$/.test(words[0]) && !words.some((w) => AGENCY_HEAD.has(lower(w)) || ORG_HEAD.has(lower(w)) || lower(w) === 'office')) return true;
  if (words.length >= 2 && words.length <= 3 && isFirstName(words[0]) && !AGENCY_HEAD.has(lower(words[words.length - 1])) && !ORG_HEAD.has(lower(words[words.length - 1]))) return true;
  if (TITLES.has(ctx.tk[i - 1]?.text ?? '') && words.length <= 3) return true;
  // the end-anchored cue regex last: it is the costly test
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^[\p{Lu}][\p{Ll}]+$/u.test(w)) && !words.some((w) => AGENCY_HEAD.has(lower(w)) || ORG_HEAD.has(lower(w)) || SYSTEM_HEAD.has(lower(w)))
    && PERSON_CUE_BEFORE.test(ctx.s.text.slice(Math.max(0, ctx.tk[i].start - 80), ctx.tk[i].start))) return true;
  return false;
}

/** Maximal capitalized spans over uncovered tokens, classified by head noun. */
function spanPass(ctx: Ctx): void {
  // A sentence set in capitals (a shouted headline, 1980s wire copy) has no case to tell names by:
  // every run of words would be one. Its names come from the gazetteers, or from the story's other
  // sentences.
  if (ctx.s.shouting) return;
  const { tk } = ctx;
  let i = 0;
  while (i < tk.length) {
    if (ctx.covered[i] || !namey(tk[i].text)) { i++; continue; }
    const ch = ctx.countryAt.get(i);
    if (ch && ch.surface === tk[i].text && !startsName(ctx, i)) { i++; continue; }
    let j = i + 1;
    while (j < tk.length && !ctx.covered[j]) {
      const t = tk[j].text;
      if (namey(t) || t === '&' || t === '-' && namey(tk[j + 1]?.text ?? '')) { j++; continue; }
      // ("a loan to X of 900 million pounds": an amount after "of" is no part of the name)
      if (CONNECT.has(t) && t !== 'the' && j + 1 < tk.length && !(t === 'of' && /^\d/.test(tk[j + 1].text) && NOT_AFTER_NUMBER.test(tk[j + 2]?.text ?? '')) && (namey(tk[j + 1].text) || (t === 'of' || t === 'for') && tk[j + 1].text === 'the' && namey(tk[j + 2]?.text ?? '')) && !ctx.covered[j + 1]) { j++; continue; }
      if (t === 'the' && (tk[j - 1]?.text === 'of' || tk[j - 1]?.text === 'for') && namey(tk[j + 1]?.text ?? '') && !ctx.covered[j + 1]) { j++; continue; }
      // "King's College Hospital", "Guy's and St Thomas' NHS Foundation Trust": a person's or saint's possessive inside an institution's name
      if ((t === "'s" || t === "'") && j + 1 < tk.length && PERSON_POSS.has(tk[j - 1].text)
        && (namey(tk[j + 1].text) && institutionAhead(tk, j + 1) || tk[j + 1].text === 'and' && namey(tk[j + 2]?.text ?? '') && institutionAhead(tk, j + 2))) { j++; continue; }
      if (t === 'and' && (tk[j - 1].text === "'s" || tk[j - 1].text === "'") && namey(tk[j + 1]?.text ?? '') && institutionAhead(tk, j + 1)) { j++; continue; }
      if (t === ',') j = portfolioListEnd(ctx, i, j);
      break;
    }
    while (j > i && CONNECT.has(tk[j - 1].text)) j--;
    // "in London and Guy's and St Thomas' NHS Foundation Trust": the institution named for a person starts at the person
    if (j - i >= 4) { const k = personInstitutionStart(tk, i, j); if (k > 0) { classifySpan(ctx, i, k - 1); i = k; } }
    classifySpan(ctx, i, j);
    i = j;
  }
}

/** Where "X and Guy's ... Trust" in [i, j) starts the institution named for a person (-1: nowhere). */
function personInstitutionStart(tk: Token[], i: number, j: number): number {
  for (let k = i + 2; k < j - 1; k++) {
    if (tk[k - 1].text === 'and' && (tk[k + 1].text === "'s" || tk[k + 1].text === "'") && PERSON_POSS.has(tk[k].text)) {
      for (let q = i; q < k - 1; q++) if (tk[q].text === "'s" || tk[q].text === "'") return -1;
      return k;
    }
  }
  return -1;
}

const PERSON_POSS = new Set(['King', 'Queen', 'Guy', 'Thomas', 'George', 'Mary', 'John', 'Peter', 'Paul', 'James', 'Luke', 'Mark', 'Bart', 'Children', 'Women', 'Christ', 'Patrick', 'Andrew', 'Michael', 'Jude']);

/** The capitalized run from k (possessives and "and" allowed) ends in an institution head. */
function institutionAhead(tk: Token[], k: number): boolean {
  let e = k;
  while (e < tk.length && e - k < 8 && (namey(tk[e].text) || tk[e].text === "'s" || tk[e].text === "'" || tk[e].text === 'and' && namey(tk[e + 1]?.text ?? ''))) e++;
  return e > k && INSTITUTION_HEAD.has(tk[e - 1].text.toLowerCase());
}

const PORTFOLIO_HEADS = new Set(['Ministry', 'Department', 'Secretariat', 'Minister', 'Secretary', 'Committee', 'Commission']);

/**
 * "Ministry of Land, Infrastructure, Transport and Tourism", "Ministry of Health, Labour and Welfare": a
 * body named for several portfolios. Called at the comma after "<head> of <Word>"; returns the end of
 * the list when one-word portfolios follow, separated by commas and closed by "and <Word>", else j.
 * A list of separate bodies ("Ministry of Defence, Interior Ministry and ...") has longer items and stays apart.
 */
function portfolioListEnd(ctx: Ctx, i: number, j: number): number {
  const { tk } = ctx;
  if (j - i < 3 || tk[j - 2].text !== 'of' || !PORTFOLIO_HEADS.has(tk[j - 3].text)) return j;
  const item = (k: number): boolean => {
    const t = tk[k];
    // a capitalized plain word ("Trade", "Welfare"), not a name, country, day or body
    return !!t && !ctx.covered[k] && /^[\p{Lu}][\p{Ll}]+$/u.test(t.text) && !ctx.countryAt.has(k) && !LEAD_DROP.has(t.text)
      && !DAYS_MONTHS.has(t.text) && !AGENCY_HEAD.has(ctx.low[k]) && !isKnownName(t.text) && !isFirstName(t.text);
  };
  if (!item(j - 1)) return j;
  // ", Word" repeated (each portfolio one word), then "and Word" (or ", and Word") closing the list
  let k = j;
  let items = 0;
  while (tk[k]?.text === ',' && item(k + 1)) {
    k += 2;
    items++;
  }
  if (tk[k]?.text === ',') k++;
  if (items < 1 || tk[k]?.text !== 'and' || !item(k + 1) || (tk[k + 2] && namey(tk[k + 2].text))) return j;
  return k + 2;
}

/** A country name that begins an agency name ("Australian Federal Police", "Taiwan Railway Administration"). */
function startsName(ctx: Ctx, i: number): boolean {
  const h = ctx.countryAt.get(i)!;
  const after = ctx.tk[h.tok + h.n];
  return !!after && namey(after.text) && !ctx.countryAt.has(h.tok + h.n);
}

function classifySpan(ctx: Ctx, i0: number, j0: number): void {
  const { tk, s } = ctx;
  let i = i0, j = j0;
  // numbers and prices ("50 stores", "799.99") name nothing
  let letters = false;
  for (let k = i; k < j && !letters; k++) letters = hasLetter(tk[k].text);
  if (!letters) return;
  // fast exit: a lone capitalized ordinary word opening the sentence ("Officials", "However")
  if (j - i === 1 && (i === 0 || /^["“‘(]$/.test(tk[i - 1].text)) && (LEAD_DROP.has(tk[i].text) || isCommonWord(tk[i].text)) && !ctx.countryAt.has(i)) {
    const nx = lower(tk[j]?.text ?? '');
    if (!ACTOR_CTX_AFTER.has(nx) && !LC_SYSTEM_HEAD.has(nx) && nx !== "'s") return;
  }
  // sentence-initial function words and days/months are not part of names
  while (i < j && (LEAD_DROP.has(tk[i].text) || DAYS_MONTHS.has(tk[i].text) || CONNECT.has(tk[i].text))) i++;
  // "CEO and Founder of Ceres Robotics": titles are not part of the name
  {
    let k = i;
    while (k < j && (LEAD_TITLE.has(tk[k].text) || tk[k].text === 'and' && k > i)) k++;
    if (k > i && k < j - 1 && (tk[k].text === 'of' || tk[k].text === 'at')) i = k + 1;
  }
  // "Passengers of British Airways": a sentence-initial common word is not part of the name
  if (j - i > 2 && (i === 0 || /^["“‘(]$/.test(tk[i - 1].text)) && tk[i + 1]?.text === 'of' && !isFirstName(tk[i].text)) {
    const w0 = lower(tk[i].text);
    if (!AGENCY_OF_HEAD.has(w0) && !ORG_HEAD.has(w0) && !SYSTEM_HEAD.has(w0)) {
      i += 2;
      // ("Officials of the City of X": the article is not part of the name either)
      if (tk[i]?.text === 'the' && i + 1 < j) i++;
    }
  }
  while (j > i && DAYS_MONTHS.has(tk[j - 1].text)) j--;
  if (i >= j) return;
  if (i >= 3 && tk[i - 1].text === 'of' && LOCAL_GOV_HEAD.has(tk[i - 2].text) && cityGovernment(ctx, i, j)) return;
  // split "X and Y" unless the phrase is one body ("Securities and Exchange Commission")
  let k = i + 1;
  let portfolios = false; // only portfolioListEnd puts commas into a span
  while (k < j && tk[k].text !== 'and' && tk[k].text !== '&') {
    if (tk[k].text === ',') portfolios = true;
    k++;
  }
  if (k < j && tk[i].text !== 'and' && tk[i].text !== '&' && !portfolios) {
    const headAfter = lower(tk[j - 1].text);
    const beforeHead = lower(tk[k - 1].text);
    const afterWords = tk.slice(k + 1, j).map((t) => t.text);
    const afterIsName = afterWords[0] === 'the' || ctx.countryAt.has(k + 1) || /^(?:Place|City|Region|Country|Person|MaleName|FemaleName|FirstName|LastName)$/.test(lexTag(afterWords[0] ?? '') ?? '')
      || afterWords.slice(0, -1).some((w) => AGENCY_HEAD.has(lower(w)) || ['office', 'service'].includes(lower(w)));
    const oneBody = (AGENCY_HEAD.has(headAfter) || ORG_HEAD.has(headAfter) || SYSTEM_HEAD.has(headAfter) || /\bof\b/.test(tk.slice(i, k).map((t) => t.text).join(' ')))
      && !AGENCY_HEAD.has(beforeHead) && !ORG_HEAD.has(beforeHead) && !ctx.countryAt.has(k - 1) && !afterIsName
      // "AutoNation and Lithia Motors": a known company before "and" is a list member, not the start of one firm's name
      && !(k - i === 1 && afterWords.length >= 2 && !AGENCY_HEAD.has(headAfter) && !SYSTEM_HEAD.has(headAfter) && (isKnownOrgWord(tk[i].text) || LIST_INTRO.has(tk[i - 1]?.text ?? '')));
    // "Allen & Overy", "Procter & Gamble": one capitalized word on each side of "&" is one firm
    const firmPair = tk[k].text === '&' && k - i === 1 && j - k === 2 && !ctx.countryAt.has(i) && !ctx.countryAt.has(k + 1);
    if (firmPair) {
      ctx.out.push({ category: 'organization', surface: s.text.slice(tk[i].start, tk[j - 1].end), full: null, sent: ctx.si, tok: i, n: j - i, country: null, kind: 'company', acronym: null, gazId: null, canonical: null, strength: 1 });
      for (let q = i; q < j; q++) ctx.covered[q] = true;
      return;
    }
    if (tk[k].text === '&' && k + 1 < j && !/\s/.test(s.text.slice(tk[k - 1].end, tk[k + 1].start))) { /* AT&T-like */ } else if (!oneBody) {
      classifySpan(ctx, i, k);
      classifySpan(ctx, k + 1, j);
      return;
    }
  }
  const words = tk.slice(i, j).map((t) => t.text);
  // owner country at the start: "Albanian Interior Ministry", "U.S. Justice Department"
  let owner: string | null = null;
  let ownerFull: string | null = null;
  let b = i;
  while (b < j && ctx.countryAt.has(b)) {
    const h = ctx.countryAt.get(b)!;
    owner = h.code; b = h.tok + h.n;
  }
  if (b > i) ownerFull = s.text.slice(tk[i].start, tk[b - 1].end);
  if (b >= j) return; // the whole span is a country
  const poss = ownerBefore(ctx, b === i ? i : -99);
  if (!owner && poss.code) { owner = poss.code; ownerFull = poss.full; }
  const core = tk.slice(b, j);
  const coreWords = core.map((t) => t.text);
  const surfaceCore = s.text.slice(core[0].start, core[core.length - 1].end);
  const fullSurface = s.text.slice(tk[i].start, tk[j - 1].end);
  if (isPersonSpan(coreWords, ctx, b)) { for (const w of coreWords) if (/^[\p{Lu}][\p{Ll}]+$/u.test(w)) ctx.people.add(w); return; }
  if (coreWords.length === 1 && ctx.people.has(coreWords[0])) return;
  const headOnly = coreWords.length === 1 && b > i && (ORG_HEAD.has(lower(coreWords[0])) || AGENCY_HEAD.has(lower(coreWords[0])));
  const cls = classifyWords(headOnly ? words : coreWords, ctx, b, j);
  // "of Ukraine" at the end names the owner
  const ofAt = coreWords.lastIndexOf('of');
  if (ofAt >= 0 && ctx.countryAt.has(b + ofAt + 1) && !owner) owner = ctx.countryAt.get(b + ofAt + 1)!.code;
  if (!cls) {
    maybeActorOrContextOrg(ctx, b, j, surfaceCore, owner);
    return;
  }
  // "Bank Mandiri Indonesia" is Indonesian
  if (!owner && cls.category === 'organization' && j - b >= 2 && ctx.countryAt.has(j - 1)) owner = ctx.countryAt.get(j - 1)!.code;
  // a name that starts with a country keeps it ("Australian Federal Police" is the body's name)
  const keepOwnerInName = b > i && (cls.category === 'actor' || core.length === 1 || cls.category === 'agency' && (core.length <= 2 || /^(?:Federal|National|Royal|State)$/.test(coreWords[0])));
  ctx.out.push({
    category: cls.category, surface: keepOwnerInName ? fullSurface : surfaceCore,
    full: keepOwnerInName ? null : ownerFull ? `${ownerFull} ${surfaceCore}`.replace(/ 's /, "'s ") : null,
    sent: ctx.si, tok: keepOwnerInName ? i : b, n: keepOwnerInName ? j - i : j - b, country: owner, kind: cls.kind, acronym: null, gazId: null, canonical: null, strength: 1,
  });
  for (let k = i; k < j; k++) ctx.covered[k] = true;
}

// lower-case words for a state body, and its kind, that a proper name can follow in apposition
const BODY_NOUN: Record<string, string> = {
  parliament: 'parliament', legislature: 'parliament', assembly: 'parliament', senate: 'parliament', bank: 'central-bank',
  regulator: 'regulator', watchdog: 'regulator', police: 'police', army: 'military', navy: 'military', agency: 'agency',
  service: 'service', authority: 'authority', ministry: 'ministry', court: 'court', railway: 'government', broadcaster: 'government',
};

/**
 * "Norway's parliament, the Storting", "the Danish central bank, the Nationalbank": a country's body described in lower
 * case, then its name after ", the": an agency of that country named so, the description kept as its alias (and read by
 * no other rule). Only with the owner country written before the description. Returns true when it recorded the agency.
 */
function apposedBody(ctx: Ctx, b: number, j: number): boolean {
  const { tk, low } = ctx;
  const d = b - 3;
  if (d < 1 || !Object.prototype.hasOwnProperty.call(BODY_NOUN, low[d]) || tk[d].text !== low[d]) return false;
  // ("railway", "broadcaster" only with "state": "Ukraine's state railway, Ukrzaliznytsia")
  if ((low[d] === 'railway' || low[d] === 'broadcaster') && !low.slice(Math.max(0, d - 3), d).includes('state')) return false;
  let k = d;
  while (k > 0 && d - k < 3 && /^[\p{Ll}-]+$/u.test(tk[k - 1].text) && !LC_STOP.has(tk[k - 1].text)) k--;
  let h = ctx.countryAt.get(k - 1);
  let start = h ? h.tok : -1;
  if (tk[k - 1]?.text === "'s") { h = ctx.countryAt.get(k - 2); start = h ? h.tok : -1; }
  if (!h || h.kind === 'capital' || !contextName(ctx, b, j)) return false;
  const s = ctx.s;
  ctx.out.push({ category: 'agency', surface: s.text.slice(tk[b].start, tk[j - 1].end), full: s.text.slice(tk[start].start, tk[d].end), sent: ctx.si, tok: b, n: j - b, country: h.code, kind: BODY_NOUN[low[d]], acronym: null, gazId: null, canonical: null, strength: 1 });
  for (let q = start; q < j; q++) ctx.covered[q] = true;
  return true;
}

// "the city of Oakland", "the county of Marin": the local government, written with a lower-case head
const LOCAL_GOV_HEAD = new Set(['city', 'town', 'county', 'borough', 'municipality', 'village']);
// where a place is only a location: "buildings in the city of Lviv", "flew to the city of X"
const LOCATION_PREP = new Set(['in', 'near', 'from', 'outside', 'across', 'around', 'throughout', 'within', 'inside', 'to', 'towards', 'toward']);

/**
 * "the city of X" with nothing between "the" and the head ("the southern city of X", "the Ukrainian city of X" are
 * descriptions of a place) and not after a preposition of place: the city's government, named as gold writes it
 * ("City of X"). Returns true when it recorded the agency.
 */
function cityGovernment(ctx: Ctx, i: number, j: number): boolean {
  const { tk } = ctx;
  if (ctx.low[i - 3] !== 'the' || LOCATION_PREP.has(ctx.low[i - 4] ?? '') || j - i > 3 || ctx.countryAt.has(i)) return false;
  const words = tk.slice(i, j).map((t) => t.text);
  if (words.some((w) => CONNECT.has(w) || AGENCY_HEAD.has(lower(w)) || ORG_HEAD.has(lower(w))) || isPersonSpan(words, ctx, i)) return false;
  const head = tk[i - 2].text;
  const place = ctx.s.text.slice(tk[i].start, tk[j - 1].end);
  ctx.out.push({ category: 'agency', surface: `${head[0].toUpperCase()}${head.slice(1)} of ${place}`, full: null, sent: ctx.si, tok: i - 2, n: j - i + 2, country: null, kind: head, acronym: null, gazId: null, canonical: null, strength: 1 });
  for (let k = i - 2; k < j; k++) ctx.covered[k] = true;
  return true;
}

// a plural head shared by a list of names ("Heathrow and Berlin Brandenburg airports", "the Finance and Defence
// ministries"): what each member is called with the head, and what it is
// (and the other form the member goes by, kept as an alias: "Gatwick", "Finance Ministry")
const SHARED_HEAD = new Map<string, { category: GazCategory; kind: string; name: (x: string) => string; alt: (x: string) => string }>(Object.entries({
  airports: { category: 'organization', kind: 'airport', name: (x) => `${x} Airport`, alt: (x) => x },
  ministries: { category: 'agency', kind: 'ministry', name: (x) => `Ministry of ${x}`, alt: (x) => `${x} Ministry` },
  departments: { category: 'agency', kind: 'department', name: (x) => `${x} Department`, alt: (x) => `Department of ${x}` },
  hospitals: { category: 'organization', kind: 'hospital', name: (x) => `${x} Hospital`, alt: (x) => x },
  councils: { category: 'agency', kind: 'council', name: (x) => `${x} Council`, alt: (x) => `${x} Council` },
}));

/**
 * "A and B airports", "A, B and C ministries": each member of a list of capitalized names right before a lower-case
 * plural head is an entity named with the head ("A Airport", "Ministry of B"); the owner country is the one named
 * before the list or after the head ("the Finance and Defence ministries of Estonia"). Members already read by the
 * gazetteers, people and lists with no "and" before the last member are left alone.
 */
function sharedHeadPass(ctx: Ctx): void {
  const { tk, low } = ctx;
  for (let h = 3; h < tk.length; h++) {
    const spec = SHARED_HEAD.get(low[h]);
    if (!spec || tk[h].text !== low[h] || !namey(tk[h - 1].text) || ctx.covered[h - 1]) continue;
    const members: Array<[number, number]> = [];
    let k = h - 1, ok = true;
    for (;;) {
      let st = k;
      while (st >= 0 && namey(tk[st].text) && !ctx.covered[st]) st--;
      let b = st + 1;
      while (b <= k && (LEAD_DROP.has(tk[b].text) || DAYS_MONTHS.has(tk[b].text))) b++;
      if (b > k || st >= 0 && ctx.covered[st]) { ok = false; break; }
      members.unshift([b, k + 1]);
      if (b > st + 1) break; // "The A and B airports": the list's start
      const sep = tk[st]?.text;
      if (sep === 'and' && members.length === 1) { k = tk[st - 1]?.text === ',' ? st - 2 : st - 1; continue; }
      if (sep === ',' && members.length >= 2) { k = st - 1; continue; }
      break;
    }
    if (!ok || members.length < 2 || members.some(([b, e]) => isPersonSpan(tk.slice(b, e).map((t) => t.text), ctx, b))) continue;
    const first = members[0][0];
    const owner = ownerBefore(ctx, first).code ?? (low[h + 1] === 'of' ? ctx.countryAt.get(h + 2)?.code ?? null : null);
    for (const [b, e] of members) {
      const x = ctx.s.text.slice(tk[b].start, tk[e - 1].end);
      ctx.out.push({ category: spec.category, surface: spec.name(x), full: spec.alt(x), sent: ctx.si, tok: b, n: e - b, country: owner, kind: spec.kind, acronym: null, gazId: null, canonical: null, strength: 1 });
    }
    for (let q = first; q <= h; q++) ctx.covered[q] = true;
  }
}

// first words of company names that end in a country
const COMPANY_FIRST = new Set(['Bank', 'Air', 'PT', 'Banco', 'Banca', 'Banque', 'Telecom', 'Telekom', 'Telkom', 'Radio', 'Royal', 'Petroleos', 'Aeroflot']);

function classifyWords(words: string[], ctx: Ctx, b: number, j: number): { category: GazCategory; kind: string } | null {
  const last = lower(words[words.length - 1]).replace(/\.$/, '');
  const ofIdx = words.indexOf('of') > 0 ? words.indexOf('of') : words.indexOf('for');
  const headOf = ofIdx > 0 ? lower(words[ofIdx - 1]) : null;
  const has = (re: RegExp) => words.some((w) => re.test(w));
  const text = words.join(' ');
  if (ACTOR_CODE.test(text) || words.length === 2 && ACTOR_SCHEME.test(words[1]) && /^[\p{Lu}][\p{Ll}]+$/u.test(words[0])) return { category: 'actor', kind: 'threat-actor' };
  if (words.length === 2 && words[0] === 'Unit' && /^\d{3,6}$/.test(words[1])) return { category: 'agency', kind: 'military' };
  if (words.length >= 2 && (/^(?:hackers|squad|crew|collective|syndicate|gang|hacktivists)$/.test(last) || last === 'army' && has(/^(?:Electronic|Cyber|Hacker|Hackers|IT|Internet)$/))) return { category: 'actor', kind: 'threat-actor' };
  if (words.length <= 2 && /^(?:Organization|SportsTeam)$/.test(lexTag(words.join(' ')) ?? '')) return { category: 'organization', kind: 'organization' };
  // central banks are state bodies: "Bangladesh Bank", "Reserve Bank of India", "Federal Reserve Bank of New York"
  if ((last === 'bank' || headOf === 'bank') && (has(/^(?:Central|Reserve|National|People's|Federal)$/) || ctx.countryAt.has(b - 1) && words.length <= 2 && last === 'bank')) return { category: 'agency', kind: 'central-bank' };
  // sporting events are not companies: "Olympic Games", "2022 Winter Games"
  if (last === 'games' && has(/^(?:Olympic|Olympics|Winter|Summer|Asian|Commonwealth|Paralympic|Pan|Youth|Invictus|Mediterranean|African|Island|Highland)$/)) return null;
  // "Banco de Chile", "Grupo Mexico", "Deutsche Bahn": company words of other languages
  if (words.length >= 2 && /^(?:Banco|Banca|Banque|Grupo|Groupe|Compagnie|Compañía|Empresa|Société|Caja|Deutsche|Banco)$/.test(words[0])) return { category: 'organization', kind: 'company' };
  // "Bank Mandiri Indonesia", "PT Bank Syariah Indonesia", "Air Mauritius": a company named with its country last
  if (words.length >= 2 && ctx.countryAt.has(j - 1) && !ctx.countryAt.has(j - 2) && (COMPANY_FIRST.has(words[0]) || words.slice(0, -1).some((w) => ORG_HEAD.has(lower(w))))) return { category: 'organization', kind: 'company' };
  if (words.length === 1 && !isInnerCap(words[0])) return null;
  if (isInnerCap(words[0]) && words.length === 1) return /^(?:e|m|i|my|fly|go|e-)/.test(words[0]) ? { category: 'system', kind: 'portal' } : null;
  if (/^\d+(?:st|nd|rd|th)$/.test(words[0]) && words.length >= 2 && has(/^(?:Army|Division|Brigade|Regiment|Battalion|Fleet|Corps|Institute|Bureau|Directorate|Unit|Squadron|Wing|Department|Center|Centre|Command|Detachment|Group)$/)) return { category: 'agency', kind: 'military' };
  if (last === 'office' || headOf === 'office') {
    if (isKnownOrgWord(words[0])) return { category: 'system', kind: 'software' };
    return { category: 'agency', kind: 'office' };
  }
  if (last === 'service' || headOf === 'service') {
    if (has(/^(?:Secret|Security|Intelligence|Revenue|Digital|Postal|Health|Police|Fire|Ambulance|Customs|Immigration|Border|Prison|Civil|Foreign|Federal|National|State|Public|Emergency|Marshals|Forest|Park|Weather|Coast|Special|Communications|Protective|Tax|Statistics|Meteorological|Counterintelligence)$/)) return { category: 'agency', kind: 'service' };
    return null;
  }
  if (last === 'services') {
    if (has(/^(?:Vehicle|Vehicles|Human|Health|Social|Public|Motor|Family|Children|Emergency|Corrections|Veterans|Revenue)$/)) return { category: 'agency', kind: 'service' };
    return { category: 'organization', kind: 'company' };
  }
  if (last === 'center' || last === 'centre' || headOf === 'center' || headOf === 'centre') {
    if (isKnownOrgWord(words[0])) return { category: 'organization', kind: 'company' };
    if (has(/^(?:Cyber|Cybersecurity|Security|Intelligence|Coordination|Operations|Counterterrorism|Emergency|Response|Command|National|Federal|Fusion|Incident|Threat|Crisis|Government|Main|Special|State|Military|Defense|Defence|Technical)$/)) return { category: 'agency', kind: 'cert' };
    return { category: 'organization', kind: 'organization' };
  }
  if (last === 'committee' || headOf === 'committee') {
    if (has(/^(?:Senate|House|Congressional|Parliamentary|Select|Judiciary|Armed|Homeland|Commerce|Oversight|Appropriations|Intelligence)$/) && !has(/^(?:National|Olympic|Democratic|Republican|Campaign|Organizing|Organising)$/)) return { category: 'agency', kind: 'parliament' };
    return { category: 'organization', kind: 'organization' };
  }
  if (last === 'institute' || headOf === 'institute') {
    if (has(/^(?:Research|Military|Defense|Defence)$/) && /^\d/.test(words[0])) return { category: 'agency', kind: 'military' };
    if (has(/^(?:National|Federal|State|Electoral|Election|Statistics|Statistical|Government)$/) && !has(/^(?:Technology|University|Massachusetts|California)$/)) return { category: 'agency', kind: 'institute' };
    return { category: 'organization', kind: 'organization' };
  }
  if (last === 'network' || last === 'group' || last === 'exchange') {
    if (last === 'group' && words.length <= 3) {
      if (isKnownOrgWord(words[0]) || ctx.tk[j] && /^(?:Inc|Ltd|plc|PLC|Corp)\.?$/.test(ctx.tk[j].text)) return { category: 'organization', kind: 'company' };
      return null; // "Lazarus Group": left to the actor recognizer
    }
    if (last === 'network') return { category: 'system', kind: 'network' };
    if (last === 'exchange') return /^(?:Microsoft|Hosted|Online|Exchange)$/.test(words[0]) ? { category: 'system', kind: 'software' } : { category: 'organization', kind: 'company' };
  }
  // "University of Colorado", "College of Policing": an institution named for a place
  if ((headOf === 'university' || headOf === 'college') && ofIdx > 0) return { category: 'organization', kind: 'university' };
  if (headOf && AGENCY_OF_HEAD.has(headOf) && ofIdx > 0) {
    if (headOf === 'university' || headOf === 'bank') return { category: 'organization', kind: headOf };
    return { category: 'agency', kind: headOf };
  }
  if (AGENCY_HEAD.has(last)) {
    if (last === 'house' && !/^White House$|House of/.test(text)) return null;
    if (last === 'board' && !has(/^(?:Federal|National|State|Safety|Election|Elections|Transportation|Reserve|Review|Labor|Parole)$/)) return null;
    if (last === 'force' && !/Air Force|Task Force|Police Force|Defen[cs]e Force|Border Force|Space Force/.test(text)) return null;
    if (last === 'guard' && !/Coast Guard|National Guard|Border Guard|Revolutionary Guard|Civil Guard/.test(text)) return null;
    if (last === 'headquarters' && !/Communications Headquarters|General Headquarters/.test(text)) return null;
    return { category: 'agency', kind: last };
  }
  if (ORG_HEAD.has(last)) {
    if (last === 'systems' || last === 'platforms') return { category: 'organization', kind: 'company' };
    return { category: 'organization', kind: last === 'university' || last === 'college' ? 'university' : 'company' };
  }
  // ("Big Machine" is a record label outside a story about an attack)
  if (last === 'machine' && !ctx.threatStory) return null;
  if (SYSTEM_HEAD.has(last)) return words.length === 2 && NON_IT.test(lower(words[0])) ? null : { category: 'system', kind: last };
  return null;
}

function isKnownOrgWord(w: string): boolean {
  const forms = gazetteer().trie.get([w.toLowerCase()]);
  return !!forms?.some((f) => f.entry.category === 'organization' || f.entry.category === 'system');
}

/** Unclassified capitalized spans: threat actors by context, companies by role words and possessive cues. */
function maybeActorOrContextOrg(ctx: Ctx, b: number, j: number, surface: string, owner: string | null): void {
  const { tk, s } = ctx;
  const n = j - b;
  if (n > 5) return;
  const next = tk[j]?.text ?? '';
  const prevWord = tk[b - 1]?.text ?? '';
  // a product named by what it is: "Ivanti's Connect Secure VPN appliances", "ENCO controllers"
  if (ctx.threatStory && (/^[\p{Ll}(,]/u.test(next) || CLASS_ACRONYM.has(next)) && productPhrase(ctx, b, j, owner)) return;
  // every rule below needs one of these cues next to the name (or actor words in the sentence):
  // without them nothing can be recorded, so the context regexes are not run at all (checked before
  // anything is built, since most names stop here)
  // a list member ("Starbucks, Morrisons and Sainsbury's") or a lone brand of the headline ("Morrisons said"):
  // cheap token tests first, then the checks that the name is not a person, place or ordinary word
  // "Norway's parliament, the Storting": the name of the body the apposition describes
  if (prevWord === 'the' && tk[b - 2]?.text === ',' && n <= 3 && /^[\p{Lu}]/u.test(tk[b].text) && apposedBody(ctx, b, j)) return;
  // "Jaguar Land Rover (JLR)": an unknown name that the story defines an acronym of, its initials, is a body's name
  // (not a format or product's name before a noun: "Personal Storage Table (PST) files"; a body's head makes it an agency:
  // "European Data Protection Board (EDPB)")
  if (next === '(' && tk[j + 2]?.text === ')' && n >= 2 && initialsOf(tk.slice(b, j).map((t) => t.text)) === acronymLetters(tk[j + 1].text)
    && !LC_SYSTEM_HEAD.has(ctx.low[j + 3] ?? '') && !DEFINED_THING_AFTER.has(ctx.low[j + 3] ?? '')
    && contextName(ctx, b, j) && !(ACTOR_WORDS.test(s.text) && ACTOR_CTX_BEFORE.test(s.text.slice(Math.max(0, tk[b].start - 120), tk[b].start)))) {
    pushContextOrg(ctx, b, j, owner);
    const m = ctx.out[ctx.out.length - 1];
    m.strength = 1;
    const head = ctx.low[j - 1];
    if (AGENCY_HEAD.has(head)) { m.category = 'agency'; m.kind = head; }
    return;
  }
  const listy = prevWord === ',' || prevWord === 'and' || next === ',' || next === 'and';
  // (or the subject that opens the lead: "Ukrzaliznytsia said online sales had been restored")
  const brandy = ctx.threatStory && n <= 3 && (DISCLOSE_NEXT.has(next) || b === 0 && HIT_NEXT.has(next) && lower(tk[j + 1]?.text ?? '') === 'by')
    && (n <= 2 && (ctx.headWords.has(tk[b].text) || b === 0 && ctx.si === ctx.leadSent)
      // anywhere: a name that says it was hit itself ("Yamaha Kikai said it was hit by ransomware")
      || DISCLOSE_NEXT.has(next) && SAYS_OWN_INCIDENT.test(s.text.slice(tk[j].end, tk[j].end + 70)));
  // (the token walk of listHasOrg before the lexicon and person checks of contextName)
  if (listy && n <= 5) {
    if (listHasOrg(ctx, b, j)) { if (contextName(ctx, b, j)) { pushContextOrg(ctx, b, j, owner); return; } }
    // followed by a separator: the list's known member may come later in the sentence (checked after the passes)
    else if (next === ',' || next === 'and') { pendingB.push(b); pendingJ.push(j); pendingOwner.push(owner); }
  }
  // a results-style list in a story about an incident: "- Advance Auto Parts" alone on its bullet line
  if (b === 1 && BULLETS.has(tk[0].text) && bulletOrg(ctx, b, j, owner)) return;
  if (brandy && contextName(ctx, b, j)) {
    // decided once the whole story is read: a person named in full later ("Mike Pompeo") is not a brand
    if (!LEAD_TITLE.has(tk[b].text) && !isCommonWord(tk[b].text.replace(/s$/, '')) && !(n === 1 && isCommonWord(tk[b].text))) {
      ctx.brands.push({ category: 'organization', surface, full: null, sent: ctx.si, tok: b, n, country: owner, kind: 'company', acronym: null, gazId: null, canonical: null, strength: 0 });
      for (let k = b; k < j; k++) ctx.covered[k] = true;
      return;
    }
  }
  // "the attack on CDK Global", "a breach at Ticketek": an unknown name hit in a story about an attack;
  // "a unit of RTX", "owned by Brightwave": a parent company; "its IT service provider, Nordwest-IT": a role noun's apposition
  // "guaranteed a loan to Jaguar Land Rover": the receiver of a loan, when its name has two words or a company word
  const hitSlot = ctx.threatStory && HIT_PREP.has(prevWord) && HIT_NOUN.has(ctx.low[b - 2] ?? '');
  const loanSlot = (prevWord === 'to' || prevWord === 'for') && LOAN_NOUN.has(ctx.low[b - 2] ?? '') && n >= 2;
  // "claimed the Asahi Group attack", "since the Change Healthcare hack": a two-word name before the attack noun
  const namedHit = ctx.threatStory && n >= 2 && (prevWord === 'the' || prevWord === 'The') && HIT_NOUN.has(ctx.low[j] ?? '') && tk[j].text === ctx.low[j]
    && !PLACE_LAST.test(tk[j - 1].text);
  if (n <= 4 && (hitSlot || loanSlot || namedHit
      || prevWord === 'of' && UNIT_NOUNS.has(ctx.low[b - 2] ?? '') && ARTICLE.has(ctx.low[b - 3] ?? '') || prevWord === 'by' && ctx.low[b - 2] === 'owned'
      || prevWord === ',' && APPOSED_ROLE.has(ctx.low[b - 2] ?? '') && /^[\p{Ll}]/u.test(tk[b - 2].text))
    && (contextName(ctx, b, j) || (hitSlot || loanSlot || namedHit) && companyWordName(ctx, b, j)) && !(n === 1 && isCommonWord(tk[b].text))) {
    pushContextOrg(ctx, b, j, owner);
    return;
  }
  if (ctx.actorWords === undefined) ctx.actorWords = ACTOR_WORDS.test(s.text);
  if (!ctx.actorWords && !CONTEXT_NEXT.has(lower(next)) && !CONTEXT_PREV.has(prevWord) && !ROLE_NOUNS.has(lower(prevWord)) && !prevWord.endsWith('-based') && !TOOL_WORDS.has(lower(prevWord))
    && tk[j - 1].text !== 'Group' && !(n >= 3 && tk[j - 2].text === 'of') && !CORP_SUFFIX.test(next) && !DESCRIPTOR_END.test(prevWord)) return;
  const words = tk.slice(b, j).map((t) => t.text);
  if (words.every((w) => DAYS_MONTHS.has(w) || LEAD_DROP.has(w))) return;
  const next2 = tk[j + 1]?.text ?? '';
  const before = s.text.slice(Math.max(0, tk[b].start - 120), tk[b].start);
  const single = words.length === 1;
  const push = (category: GazCategory, kind: string, strength = 0) => {
    ctx.out.push({ category, surface, full: null, sent: ctx.si, tok: b, n: j - b, country: owner, kind, acronym: null, gazId: null, canonical: null, strength });
    for (let k = b; k < j; k++) ctx.covered[k] = true;
  };
  const firstIsSentenceStart = b === 0 || /^["“‘(]$/.test(prevWord);
  const nextL = lower(next);
  if (single && firstIsSentenceStart && isCommonWord(words[0])) return;
  // ("SITA" in capitals is an acronym, not the given name Sita)
  if (single && !/^[\p{Lu}\d]{2,}$/u.test(words[0]) && (isFirstName(words[0]) || /^(?:Person|LastName|MaleName|FemaleName|Place|City|Region|Month|Date)$/.test(lexTag(words[0]) ?? ''))) {
    if (!(ACTOR_CTX_AFTER.has(lower(next)) && lower(next) !== 'members')) return;
  }
  // threat actors by context: "REvil, a cybercriminal gang", "the Play ransomware gang", "a group called X"
  // (the context regexes only run in sentences that have one of their words)
  if ((nextL === 'ransomware' && /^(?:gang|group|operation|operators|crew|cartel)$/i.test(next2)) || ['gang', 'cybergang', 'hacktivists', 'crew', 'collective'].includes(nextL) && !lower(next2).endsWith('ing')
    || ctx.actorWords && (/\b(?:hacking|hacker|hackers|ransomware|cybercriminal|criminal|extortion|hacktivist|threat)\s+(?:group|gang|collective|crew|outfit)\s+(?:called\s+|known as\s+|dubbed\s+|named\s+)?$/i.test(before)
    || /\b(?:group|gang|persona|personas|hacker|hackers)\s+(?:calling (?:itself|themselves)|known as|dubbed|called|named)\s+$/i.test(before)
    || next === ',' && /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:hacking|hacker|ransomware|cybercriminal|criminal|extortion|hacktivist|cyber)\s+(?:group|gang|collective|crew|outfit)\b/i.test(s.text.slice(tk[j - 1].end)))) {
    if (!words.some((w) => isCommonWord(w) && !/^[\p{Lu}]/u.test(w)) && /^[\p{Lu}]/u.test(words[0])) push('actor', 'threat-actor', 1);
    return;
  }
  if (nextL === 'group' && !single) return;
  // "UnitedHealth Group" outside any talk of hacking is a company
  if (words.length >= 2 && words[words.length - 1] === 'Group' && !/\b(?:hack|hacker|hackers|hacking|attack|attacks|claimed|ransomware|threat|espionage|APT)\b/i.test(s.text)) { push('organization', 'company', 0); return; }
  // "Ultimate Kronos Group said a ransomware attack ...": a group that reports its own incident is a company (gangs claim, post, demand)
  if (words.length >= 2 && words[words.length - 1] === 'Group' && (DISCLOSE_NEXT.has(next) || next === "'s" && ORG_POSS_NOUN.test(s.text.slice(tk[j].end).trimStart())) && !ACTOR_CTX_BEFORE.test(before)) { push('organization', 'company', 0); return; }
  // companies by role: "payroll provider Zellis", "Irish airline Aer Lingus", "Massachusetts-based Progress Software"
  const prevL = lower(prevWord);
  if ((ROLE_NOUNS.has(prevL) && !ROLE_NOT_ORG_BEFORE.test(s.text.slice(Math.max(0, tk[b - 1].start - 60), tk[b - 1].start)) && /^[\p{Ll}]/u.test(prevWord)) || prevWord.endsWith('-based') && b > 0) {
    if (single && isCommonWord(words[0]) && !/^[\p{Lu}]/u.test(words[0])) return;
    // "the airline IT company": a word describing the next role noun, not a name
    if (ROLE_NOUNS.has(nextL) && /^[\p{Ll}]/u.test(next)) return;
    push('organization', 'company', 1);
    return;
  }
  // "Britain's Royal Mail", "Live Nation's Ticketmaster": an unknown name owned by a country or company
  const placeLike = /^(?:Place|City|Region|Country)$/.test(lexTag(words.join(' ')) ?? lexTag(words[0]) ?? '')
    || /^(?:exclave|enclave|province|region|state|city|county|district|oblast|territory|island|islands|peninsula|capital|port city|town|village|area|strip|border|coast|airport|harbor|harbour)$/.test(nextL);
  // "Nissan's Oceania business": a part of the company named before it, not another company
  if (prevWord === "'s" && words.length <= 3 && !placeLike && !UNIT_NOUNS.has(nextL) && !isFirstName(words[0]) && !isPersonSpan(words, ctx, b)) {
    const ownerIsCountry = ctx.countryAt.has(b - 2);
    const ownerIsOrg = !!sentFind(ctx, (m) => m.tok + m.n === b - 1 && m.category === 'organization');
    if ((ownerIsCountry || ownerIsOrg) && !(single && isCommonWord(words[0]))) { push('organization', 'company', 0); return; }
  }
  // "two private TV channels, Imedi and Maestro"
  if ((prevWord === ',' || prevWord === 'and') && LIST_NOUNS.test(before) && /\b(?:channels|companies|firms|banks|broadcasters|outlets|newspapers|operators|carriers|airlines|retailers|providers|insurers|stations|hospitals|universities|chains|brands|lenders|utilities|manufacturers|makers|retailers|groups)\s*,\s*(?:(?:[\p{Lu}][\p{L}\d&-]*\s*)+(?:,|and)\s*)*$/u.test(before)) {
    push('organization', 'company', 0);
    return;
  }
  // "7-Eleven stores", "Starbucks outlets", "Walmart shares"
  if (/^(?:stores|outlets|branches|restaurants|shops|supermarkets|hotels|factories|subscribers|shares|shareholders|stock|hospitals|clinics|pharmacies|dealerships|customers|employees|staff|passengers)$/.test(nextL) && !placeLike && !ctx.countryAt.has(b) && !(single && isCommonWord(words[0])) && !isFirstName(words[0])) {
    push('organization', 'company', 0);
    return;
  }
  // "PGA of America": an acronym of a country-wide body
  if (words.length >= 3 && words[words.length - 2] === 'of' && /^[A-Z]{2,6}$/.test(words[0])) { push('organization', 'organization', 0); return; }
  // systems by apposition or naming: "EMIS, a widely used records system", "Parlakom, the Bundestag's internal network",
  // "a tool called EternalBlue"
  const afterText = next === ',' ? s.text.slice(tk[j - 1].end, tk[j - 1].end + 90) : '';
  if (afterText && (APPOSED_SYSTEM.test(afterText) || ctx.threatStory && APPOSED_PRODUCT.test(afterText))
    || /^(?:called|dubbed|named|as)$/.test(prevWord) && /\b(?:tool|exploit|program|programme|software|malware|worm|virus|app|application|platform|spyware|trojan|backdoor|system|network)\s+(?:called|dubbed|named|known as)\s+$/i.test(before)
    || ctx.threatStory && namedTool(ctx, b, before)
    || ctx.threatStory && afterText && /^,\s+one of\s+(?:the|its|[\p{Lu}][\p{L}.]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:sites|websites|platforms|apps|services|networks|portals)\b/u.test(afterText)) {
    if (!(single && isCommonWord(words[0]))) { push('system', 'software', 0); return; }
  }
  // "X, the ride-hailing company" / "X, which owns"
  const after = afterText;
  if (after && /^,\s+(?:(?:one|some) of\s+)?(?:a|an|the|[\p{Lu}][\p{L}.]*['’]s)\s+(?:[\w-]+\s+){0,4}(?:company|firm|provider|operator|carrier|airline|bank|lender|insurer|retailer|maker|manufacturer|giant|broadcaster|publisher|developer|vendor|startup|utility|supplier|contractor|conglomerate|chain|processor|producer|group|network|hospital|university|insurer|health system|railway|railroad|nonprofit|charity|unit|subsidiary|division)(?:s|es)?\b/iu.test(after)
    || after && /^,\s+which\s+(?:owns|runs|operates|makes|sells|provides)\b/i.test(after)) {
    push('organization', 'company', 1);
    return;
  }
  // "Uber's chief executive", "Garmin's customers"
  if (next === "'s" && ORG_POSS_NOUN.test(s.text.slice(tk[j].end).trimStart())) {
    if (single && isCommonWord(words[0])) return;
    push('organization', 'company', 0);
    return;
  }
  // "... Inc said" / "Ltd" as separate tokens following the span
  if (CORP_SUFFIX.test(next)) { push('organization', 'company', 1); return; }
  // a system by the preceding descriptor: "government portal e-Albania", "the app TfL Go"
  if (DESCRIPTOR_END.test(prevWord) && /\b(?:portal|platform|app|application|software|program|programme|service|tool|website|system)\s+$/i.test(before) && !/\b(?:said|says)\s+$/.test(before)) {
    push('system', 'software', 0);
  }
}

// the tool nouns (and opening quotes) that can stand right before the name ("named the malware FrostyGoop", "dubbed 'Mistral'")
const TOOL_WORDS = new Set(['implant', 'implants', 'backdoor', 'backdoors', 'malware', 'trojan', 'trojans', 'worm', 'wiper', 'loader', 'dropper', 'rootkit', 'spyware', 'exploit', 'tool', 'tools', 'stealer', 'infostealer', 'botnet', 'payload', 'kit', "'", '‘', '"', '“']);
// what intruders plant or use, named by whoever found it
const TOOL_NOUN = '(?:implants?|backdoors?|malware|trojans?|worms?|viruse?s?|wipers?|loaders?|droppers?|rootkits?|web ?shells?|spyware|exploits?|tools?|toolkits?|kits?|utilit(?:y|ies)|stealers?|infostealers?|botnets?|payloads?|remote-access trojans?)';
// "two implants, called A", "a trojan that the investigators called A", "a backdoor it named A"
const TOOL_THEN_NAMING = new RegExp(`\\b${TOOL_NOUN}\\s*,?\\s+(?:(?:that|which)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:called|dubbed|named|nicknamed|known as)\\s+["“‘']?$`, 'i');
// "which named the malware A", "dubbed the new backdoor A"
const NAMING_THEN_TOOL = new RegExp(`\\b(?:called|dubbed|named|nicknamed)\\s+(?:the|this|its|a)\\s+(?:new\\s+|custom\\s+)?${TOOL_NOUN}\\s+["“‘']?$`, 'i');

/**
 * [b, j) is the name given to an implant or tool ("two custom implants, called Line Dancer and Line
 * Runner", "a backdoor it named Upstyle", "which named the malware FrostyGoop"), or the next member of
 * such a list: a system.
 */
function namedTool(ctx: Ctx, b: number, before: string): boolean {
  const { tk } = ctx;
  const prev = tk[b - 1]?.text ?? '';
  if (/^["“‘']$/.test(prev) && !/\s["“‘']$/.test(before) && !/^["“‘']$/.test(before)) return false;
  if (prev === 'and' || prev === ',') {
    const k = prev === 'and' && tk[b - 2]?.text === ',' ? b - 2 : b - 1;
    return !!sentFind(ctx, (m) => m.tok + m.n === k && m.category === 'system' && m.kind === 'software' && m.gazId === null && m.strength === 0);
  }
  return TOOL_THEN_NAMING.test(before) || NAMING_THEN_TOOL.test(before);
}

/**
 * The end of a product head after a name ending at j: class acronyms ("VPN"), a defined acronym
 * ("(ASA)"), up to two lower-case describing words ("chat", "traffic analysis") and a PRODUCT_HEAD word
 * or "operating system". Returns the head's index and the acronym, or null.
 */
function productHeadAt(ctx: Ctx, j: number): { head: number; acronym: string | null; mods: number } | null {
  const { tk, low } = ctx;
  let k = j;
  while (k < tk.length && CLASS_ACRONYM.has(tk[k].text)) k++;
  const classEnd = k;
  let acronym: string | null = null;
  if (tk[k]?.text === '(' && tk[k + 2]?.text === ')' && isAcronymLike(tk[k + 1].text)) { acronym = tk[k + 1].text; k += 3; }
  for (let mods = 0; k < tk.length; mods++) {
    const t = tk[k].text;
    // "Modicon PLCs": the class acronym is the head
    if (!/^[\p{Ll}][\p{Ll}-]*$/u.test(t)) return classEnd > j && mods === 0 && !acronym && !namey(t) ? { head: classEnd - 1, acronym, mods } : null;
    if (t === 'service' && !(k > j && IT_SERVICE_MOD.test(low[k - 1]))) return null;
    if (PRODUCT_HEAD.has(t) || t === 'operating' && low[k + 1] === 'system') {
      const head = t === 'operating' ? k + 1 : k;
      // the head ends the noun phrase: not "service members", "software provider"
      const nx = tk[head + 1]?.text ?? '';
      return /^[\p{Ll}]/u.test(nx) && /^(?:Singular|Plural|Noun)$/.test(lexTag(nx) ?? '') ? null : { head, acronym, mods };
    }
    if (mods >= 2 || LC_STOP.has(t) || VERBISH.test(lexTag(t) ?? '') || lexTag(t) === 'PresentTense' || t.endsWith('ed')) {
      return classEnd > j && mods === 0 && !acronym ? { head: classEnd - 1, acronym, mods } : null;
    }
    k++;
  }
  return classEnd > j && !acronym ? { head: classEnd - 1, acronym, mods: 0 } : null;
}

/**
 * [b, j) is a product's name followed by what the product is ("Ivanti's Connect Secure VPN appliances",
 * "Juniper Networks' MX Series routers", "NetScaler ADC and Brightline Gateway appliances"): a system
 * named by the name, with the whole phrase as an alias. A maker named right before it with a possessive
 * that nothing else recognized is an organization ("Salesloft's Drift chat agent"). Returns true when
 * it recorded the system.
 */
function productPhrase(ctx: Ctx, b: number, j0: number, owner: string | null): boolean {
  const { tk, s } = ctx;
  // a class acronym at the end of the capitalized run is the head's, not the name's ("Connect Secure VPN")
  let j = j0;
  while (j - b > 1 && CLASS_ACRONYM.has(tk[j - 1].text)) j--;
  let at = productHeadAt(ctx, j);
  // a list of products sharing the head: "A and B appliances"
  if (!at && (tk[j]?.text === 'and' || tk[j]?.text === ',')) {
    let e = j + 1;
    while (e < tk.length && e - j <= 4 && (namey(tk[e].text) || tk[e].text === '-')) e++;
    if (e > j + 1) at = productHeadAt(ctx, e);
    if (at) at = { head: -1, acronym: null, mods: 0 };
  }
  if (!at) return false;
  const first = tk[b].text;
  // a name starts with a capital ("$6.99-a-month service", "It’ll feature" are none)
  if (!/^[\p{Lu}]/u.test(first) && !isInnerCap(first) || /['’]/.test(first) || j - b === 1 && first.length < 3) return false;
  const poss = tk[b - 1]?.text === "'s" || tk[b - 1]?.text === "'";
  // a name, not a person, place, month or ordinary word ("Drift" after a maker's possessive is a name)
  if (ctx.countryAt.has(b) || ctx.people.has(tk[j - 1].text) || isFirstName(first) || DAYS_MONTHS.has(first) || LEAD_DROP.has(first)) return false;
  if (j - b === 1 && isCommonWord(first) && !poss) return false;
  // a sentence's first word before a verb-like word ("Hacktivists deface controllers") is no product's name
  if (j - b === 1 && at.mods > 0 && (b === 0 || /^["“‘(]$/.test(tk[b - 1].text))) return false;
  // a maker's name with a device word ("Juniper routers") is a kind of device, not a product's name
  if (j - b === 1 && gazetteer().trie.get([ctx.low[b]])?.some((f) => f.entry.category === 'organization')) return false;
  if (!/[\p{L}]/u.test(first) || isPersonSpan(tk.slice(b, j).map((t) => t.text), ctx, b)) return false;
  const tag = lexTag(tk[j - 1].text) ?? '';
  if (/^(?:Person|LastName|MaleName|FemaleName|FirstName|Place|City|Region|Country)$/.test(tag)) return false;
  // the maker right before the name, a known company or product ("Unitronics Vision Series"), is part of the
  // product's name here: its mention becomes the product's (the company is named where it acts)
  let from = b;
  const maker = sentFind(ctx, (m) => m.tok + m.n === b && (m.category === 'organization' || m.category === 'system'));
  if (maker) from = maker.tok;
  const name = s.text.slice(tk[from].start, tk[j - 1].end);
  const end = at.head >= 0 ? at.head : j - 1;
  const full = at.head >= 0 ? s.text.slice(tk[from].start, tk[end].end) : null;
  if (maker) {
    for (let q = ctx.first; q < ctx.out.length; q++) if (ctx.out[q] !== maker && ctx.out[q].tok === maker.tok && ctx.out[q].n === maker.n) ctx.out.splice(q--, 1);
    Object.assign(maker, { category: 'system', surface: name, full, n: j - maker.tok, gazId: null, canonical: null, kind: 'product', acronym: at.acronym ?? maker.acronym, strength: 1 });
  } else {
    ctx.out.push({ category: 'system', surface: name, full, sent: ctx.si, tok: from, n: j - from, country: owner, kind: 'product', acronym: at.acronym, gazId: null, canonical: null, strength: 1 });
  }
  for (let k = b; k <= end; k++) ctx.covered[k] = true;
  // "Salesloft's Drift": the maker, when no rule recognized it
  if (poss && !maker) {
    let v = b - 2;
    if (v >= 0 && !ctx.covered[v] && namey(tk[v].text) && !ctx.countryAt.has(v)) {
      while (v > 0 && namey(tk[v - 1].text) && !ctx.covered[v - 1] && !ctx.countryAt.has(v - 1) && !LEAD_DROP.has(tk[v - 1].text)) v--;
      if (contextName(ctx, v, b - 1) && !(b - 1 - v === 1 && isCommonWord(tk[v].text))) pushContextOrg(ctx, v, b - 1, null);
    }
  }
  return true;
}

// "EMIS, a widely used records system": a name in apposition to what it is
const APPOSED_SYSTEM = /^,\s+(?:a|an|the|its)\s+(?:(?!(?:company|firm|lender|bank|insurer|retailer|provider|supplier|maker|manufacturer|producer|publisher|seller|distributor|operator|startup|developer|vendor|business|chain|carrier|airline|hospital|university|council|agency|unit|subsidiary|division|that|which|who)\b)[\w'’-]+\s+){0,5}?(?:application|app|network|system|platform|program|programme|software|utility|tool|service|database|portal|website|intranet|cable|satellite|spyware|malware|exploit|worm|virus|trojan|backdoor|implant)\b(?![\s-]+(?:company|firm|maker|developer|provider|vendor|group|giant|business|companies|firms|security|researchers?))/i;
// and, in a story about an attack, to a product's kind ("Veriexec, a protection in ...")
const APPOSED_PRODUCT = /^,\s+(?:a|an|the|its)\s+(?:(?!(?:company|firm|lender|bank|insurer|retailer|provider|supplier|maker|manufacturer|producer|publisher|seller|distributor|operator|startup|developer|vendor|business|chain|carrier|airline|hospital|university|council|agency|unit|subsidiary|division|that|which|who)\b)[\w'’-]+\s+){0,5}?(?:feature|protection|safeguard|component|module|framework|firmware|appliance|router|firewall|chatbot|password manager|browser|search engine|antivirus)\b(?![\s-]+(?:company|firm|maker|developer|provider|vendor|group|giant|business|companies|firms|security|researchers?))/i;

/**
 * The list around [b, j) ("A, B, C and D": names joined by commas and "and", each optionally after
 * "the" and up to three lower-case role words) has a member already recorded as an organization.
 */
/** [b, j) reads as a name: not a place, person, first name, ordinary word, month or weekday. */
function contextName(ctx: Ctx, b: number, j: number): boolean {
  const { tk } = ctx;
  const first = tk[b].text, last = tk[j - 1].text;
  if (j - b === 1 && isCommonWord(first) || isFirstName(first) || ctx.people.has(last) || DAYS_MONTHS.has(first) || LEAD_DROP.has(first)) return false;
  const nextL = ctx.low[j] ?? '';
  if (/^(?:exclave|enclave|province|region|state|city|county|district|oblast|territory|island|islands|peninsula|capital|town|village|area|strip|border|coast)$/.test(nextL)) return false;
  const tag = lexTag(last) ?? '';
  if (/^(?:Person|LastName|MaleName|FemaleName|FirstName|Place|City|Region|Country|Month|Date|WeekDay)$/.test(tag)) return false;
  return !isPersonSpan(tk.slice(b, j).map((t) => t.text), ctx, b);
}

function pushContextOrg(ctx: Ctx, b: number, j: number, owner: string | null): void {
  const { tk, s } = ctx;
  ctx.out.push({ category: 'organization', surface: s.text.slice(tk[b].start, tk[j - 1].end), full: null, sent: ctx.si, tok: b, n: j - b, country: owner, kind: 'company', acronym: null, gazId: null, canonical: null, strength: 0 });
  for (let k = b; k < j; k++) ctx.covered[k] = true;
}

/** An organization mention of the current sentence starts at token k. */
function orgAt(ctx: Ctx, k: number): boolean {
  for (let q = ctx.first; q < ctx.out.length; q++) if (ctx.out[q].tok === k && ctx.out[q].category === 'organization') return true;
  return false;
}

/** The start of a list item after a separator at k: "the" and lower-case role words ("the law firm Jones Day") skipped. */
function listItemStart(ctx: Ctx, k: number): number {
  const { tk } = ctx;
  let q = k;
  if (tk[q]?.text === 'the') q++;
  let r = q;
  while (r < tk.length && r - q < 3 && /^[\p{Ll}][\p{Ll}-]*$/u.test(tk[r].text) && !LIST_SEP.has(tk[r].text)) r++;
  return r > q && ROLE_NOUNS.has(ctx.low[r - 1]) ? r : q;
}

function listHasOrg(ctx: Ctx, b: number, j: number): boolean {
  const { tk } = ctx;
  // rightwards
  let k = j;
  for (let items = 0; items < 10 && k < tk.length; items++) {
    if (tk[k].text === ',' && tk[k + 1]?.text === 'and') k += 2;
    else if (LIST_SEP.has(tk[k].text)) k++;
    else break;
    const st = listItemStart(ctx, k);
    let e = st;
    while (e < tk.length && (namey(tk[e].text) || tk[e].text === '&')) e++;
    // "Yves Bigot, TV5Monde's director general": an apposition, not a list
    if (e === st || tk[e]?.text === "'s" || tk[e]?.text === "'") break;
    if (orgAt(ctx, st)) return true;
    k = e;
  }
  // leftwards: the mention that ends right before a separator
  k = b - 1;
  for (let items = 0; items < 10 && k > 0; items++) {
    if (!LIST_SEP.has(tk[k].text)) break;
    if (tk[k].text === 'and' && tk[k - 1]?.text === ',') k--;
    let m: Mention | undefined;
    for (let q = ctx.first; q < ctx.out.length && !m; q++) if (ctx.out[q].tok + ctx.out[q].n === k) m = ctx.out[q];
    const endTok = k;
    if (m) { if (m.category === 'organization') return true; k = m.tok - 1; }
    else {
      let st = endTok - 1;
      while (st > 0 && (namey(tk[st - 1].text) || tk[st - 1].text === '&')) st--;
      if (st === endTok || !namey(tk[st]?.text ?? '')) break;
      k = st - 1;
    }
    while (k > 0 && /^[\p{Ll}][\p{Ll}-]*$/u.test(tk[k].text) && !LIST_SEP.has(tk[k].text)) k--; // role words, "the"
  }
  return false;
}
const HIT_PREP = new Set(['on', 'against', 'at', 'into']);
// last words of places where attacks happen ("the Pearl Harbor attack", "the Westgate Mall attack")
const PLACE_LAST = /^(?:Harbor|Harbour|Bay|Street|Square|Bridge|Park|Towers?|Hill|Valley|Island|Beach|Station|Road|Avenue|Mall|Market|Hall|Stadium|Arena|Center|Centre)$/;
// what a government or bank gives a company ("a loan to X", "a loan guarantee for X")
const LOAN_NOUN = new Set(['loan', 'loans', 'guarantee', 'guarantees', 'bailout', 'bail-out', 'credit']);
// last words that make a name a company's whatever its first word is ("Asahi Group": Asahi is also a given name)
const COMPANY_LAST = new Set([...LEGAL_FORM, 'Group']);

/** [b, j) ends in a company word and is not a known person's name: a company even if it opens with a given name. */
function companyWordName(ctx: Ctx, b: number, j: number): boolean {
  return j - b >= 2 && COMPANY_LAST.has(ctx.tk[j - 1].text) && !ctx.people.has(ctx.tk[b].text) && !TITLES.has(ctx.tk[b - 1]?.text ?? '');
}
const ARTICLE = new Set(['a', 'an', 'the']);
// supplier roles named before their company ("its payroll provider, Zellis"); not people's ("the organization, Jalali")
const APPOSED_ROLE = new Set(['provider', 'supplier', 'vendor', 'contractor', 'operator', 'processor', 'developer', 'firm', 'subsidiary', 'company', 'utility', 'insurer', 'lender', 'retailer', 'carrier', 'airline', 'bank', 'maker', 'manufacturer', 'host', 'partner']);
const HIT_NOUN = new Set(['attack', 'attacks', 'cyberattack', 'cyberattacks', 'cyber-attack', 'breach', 'hack', 'intrusion', 'intrusions']);
const LIST_SEP = new Set([',', 'and']);
// words that open a list of examples ("dealer groups including AutoNation and Lithia Motors", "such as")
const LIST_INTRO = new Set(['including', 'like', 'as', 'include', 'included']);
const BULLETS = new Set(['-', '•', '*', '–', '—', '▪', '●']);
const UNIT_NOUNS = new Set(['business', 'unit', 'arm', 'division', 'branch', 'operations', 'subsidiary']);
const PLACE_PREP = new Set(['in', 'at', 'of', 'from', 'near', 'to', 'for', 'by', 'on', 'outside', 'inside', 'across', 'with', 'into', 'via']);

/** Lower-case patterns: "Albania's foreign ministry", "Paris prosecutor's office", descriptive system phrases. */
// a host name: labels of letters, digits and hyphens, ending in a generic top-level domain or a country's two letters
const DOMAIN = /^(?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|gov|edu|mil|int|io|info|biz|app|online|[a-z]{2})$/;
const DOMAIN_FIRST = /^[a-z0-9][a-z0-9-]+\./;

/** A lower-case domain in a sentence about a system (attacked, down, defaced) is that site: a system. */
function domainSystem(ctx: Ctx, i: number): boolean {
  const w = ctx.tk[i].text;
  const wl = ctx.low[i];
  if (wl.length < 5 || !DOMAIN_FIRST.test(wl) || !DOMAIN.test(wl)) return false;
  // a capitalized host name ("Outlook.com accounts") is the site too, unless it is the company that acts ("Booking.com said")
  if (w !== wl && (!/^[\p{Lu}][\p{Ll}\d.-]+$/u.test(w) || DISCLOSE_NEXT.has(ctx.tk[i + 1]?.text ?? '') || CORP_SUFFIX.test(ctx.tk[i + 1]?.text ?? '') || ctx.tk[i + 1]?.text === "'s")) return false;
  if (ctx.systemContext === undefined) ctx.systemContext = SYSTEM_CONTEXT.test(ctx.s.text);
  if (!ctx.systemContext) return false;
  ctx.out.push({ category: 'system', surface: w, full: null, sent: ctx.si, tok: i, n: 1, country: null, kind: 'website', acronym: null, gazId: null, canonical: null, strength: 1 });
  ctx.covered[i] = true;
  return true;
}

function lowercasePass(ctx: Ctx): void {
  const { tk, s } = ctx;
  for (let i = 0; i < tk.length; i++) {
    if (ctx.covered[i]) continue;
    const wl = ctx.low[i];
    // a bare domain in a story about an attack ("visitors to archive.org", "the ministry's site mod.gov.xx")
    if (ctx.threatStory && wl.includes('.') && domainSystem(ctx, i)) continue;
    // every rule below starts at one of these words or at an opening parenthesis
    if (!LC_TRIGGER.has(wl) && tk[i + 1]?.text !== '(') continue;
    const w = tk[i].text;
    // "a virtual private network (VPN) account": a lower-case technical phrase defining an acronym
    if (tk[i + 1]?.text === '(' && tk[i + 3]?.text === ')' && acronymSystem(ctx, i)) continue;
    // "China's embassy", "the Russian embassy in London"
    if (wl === 'embassy' && /^[\p{Ll}]/u.test(w)) {
      const h = tk[i - 1]?.text === "'s" ? ctx.countryAt.get(i - 2) : ctx.countryAt.get(i - 1);
      if (h) {
        const from = tk[i - 1]?.text === "'s" ? i - 2 : i - 1;
        const surface = s.text.slice(tk[from].start, tk[i].end);
        ctx.out.push({ category: 'agency', surface, full: null, sent: ctx.si, tok: from, n: i - from + 1, country: h.code, kind: 'embassy', acronym: null, gazId: null, canonical: null, strength: 1 });
        ctx.covered[i] = true;
      }
      continue;
    }
    // "Chile's army", "the Albanian police": a country's force named in lower case
    const nx = tk[i + 1]?.text ?? '';
    if (/^(?:army|navy|police|parliament)$/.test(wl) && /^[\p{Ll}]/u.test(w) && nx !== "'s"
      && (!/^[\p{Ll}]/u.test(nx) || /^(?:said|says|say|has|have|had|is|was|were|confirmed|arrested|denied|declined|reported|announced|added|did|does|also|on|in|at|and|or|but|to|after|for)$/.test(nx))) {
      const poss = tk[i - 1]?.text === "'s";
      const h = poss ? ctx.countryAt.get(i - 2) : ctx.countryAt.get(i - 1);
      if (h && h.kind !== 'capital') {
        const from = poss ? i - 2 : i - 1;
        ctx.out.push({ category: 'agency', surface: s.text.slice(tk[from].start, tk[i].end), full: null, sent: ctx.si, tok: from, n: i - from + 1, country: h.code, kind: wl === 'police' ? 'police' : wl === 'parliament' ? 'parliament' : 'military', acronym: null, gazId: null, canonical: null, strength: 1 });
        ctx.covered[i] = true;
      }
      continue;
    }
    // "the city of Atlanta" as a body that was attacked
    if (wl === 'city' && tk[i + 1]?.text === 'of' && tk[i + 2] && /^[\p{Lu}]/u.test(tk[i + 2].text)) {
      let k = i + 2;
      while (k + 1 < tk.length && /^[\p{Lu}]/u.test(tk[k + 1].text)) k++;
      const pre = s.text.slice(Math.max(0, tk[i].start - 80), tk[i].start), post = s.text.slice(tk[k].end, tk[k].end + 80);
      const asBody = /\b(?:attack|attacks|hack|breach|intrusion|ransomware)\s+(?:\w+\s+)?(?:on|against|at|of)\s+(?:the\s+)?$/i.test(pre)
        || /^(?:\s*['’]s)?\s+(?:computer|computers|network|networks|systems?|was|were|has|had|officials|government|paid|said|says)\b/i.test(post);
      if (!asBody) continue;
      ctx.out.push({ category: 'agency', surface: s.text.slice(tk[i].start, tk[k].end), full: null, sent: ctx.si, tok: i, n: k - i + 1, country: null, kind: 'city', acronym: null, gazId: null, canonical: null, strength: 1 });
      for (let q = i; q <= k; q++) ctx.covered[q] = true;
      continue;
    }
    // "<owner> foreign ministry" in lower case
    if ((wl === 'ministry' || wl === 'office' && tk[i - 1]?.text === "'s" && /^prosecutor$/i.test(tk[i - 2]?.text ?? '')) && /^[\p{Ll}]/u.test(w)) {
      if (wl === 'ministry') {
        const mod = tk[i - 1]?.text ?? '';
        if (/^(?:foreign|defen[cs]e|interior|justice|finance|health|economy|economic|home|education|digital|communications|energy|transport|trade|culture|agriculture|labour|labor|environment|intelligence|security)$/i.test(mod)) {
          const h = ctx.countryAt.get(i - 2) ?? (tk[i - 2]?.text === "'s" ? ctx.countryAt.get(i - 3) : undefined);
          const name = `${mod[0].toUpperCase()}${mod.slice(1)} Ministry`;
          ctx.out.push({ category: 'agency', surface: name, full: h ? s.text.slice(tk[h.tok].start, tk[i].end) : null, sent: ctx.si, tok: i - 1, n: 2, country: h?.code ?? null, kind: 'ministry', acronym: null, gazId: null, canonical: null, strength: 1 });
          ctx.covered[i] = ctx.covered[i - 1] = true;
        }
      } else {
        const place = tk[i - 3];
        if (place && isCap(place.text)) {
          const surface = s.text.slice(place.start, tk[i].end);
          const h = ctx.countryAt.get(i - 3);
          ctx.out.push({ category: 'agency', surface, full: null, sent: ctx.si, tok: i - 3, n: 4, country: h?.code ?? null, kind: 'prosecutor', acronym: null, gazId: null, canonical: null, strength: 1 });
        }
      }
      continue;
    }
    // "Sheriff's Office", "Attorney's Office" across the possessive
    if (/^(?:Office|Department)$/.test(w) && tk[i - 1]?.text === "'s" && isCap(tk[i - 2]?.text ?? '')) {
      let a = i - 2;
      while (a > 0 && namey(tk[a - 1].text) && !ctx.countryAt.has(a - 1)) a--;
      while (a < i - 2 && LEAD_DROP.has(tk[a].text)) a++;
      const surface = s.text.slice(tk[a].start, tk[i].end);
      // replace a shorter span mention recorded for the part before the possessive
      const idx = ctx.out.findIndex((m) => m.sent === ctx.si && m.tok >= a && m.tok < i);
      if (idx >= 0) ctx.out.splice(idx, 1);
      ctx.out.push({ category: 'agency', surface, full: null, sent: ctx.si, tok: a, n: i - a + 1, country: null, kind: 'office', acronym: null, gazId: null, canonical: null, strength: 1 });
      continue;
    }
    if ((wl === 'account' || wl === 'accounts') && /^[\p{Ll}]/u.test(w) && accountSystem(ctx, i)) continue;
    if (BY_VERB.test(ctx.low[i + 1] ?? '') && ctx.low[i + 2] === 'by' && (LC_SYSTEM_HEAD.has(wl) || BY_HEAD.test(wl)) && /^[\p{Ll}]/u.test(w) && byOwnerSystem(ctx, i)) continue;
    if ((LC_SYSTEM_HEAD.has(wl) || ctx.threatStory && TENANT_HEAD.has(wl) || DATA_CENTRE.test(wl) && ctx.low[i - 1] === 'data') && /^[\p{Ll}]/u.test(w)) descriptiveSystem(ctx, i);
  }
}

// Last words of a lower-case phrase that names a kind of system, and heads that can follow its acronym.
const ACR_PHRASE_END = /^(?:network|interface|system|platform|portal|database|server|application|software|gateway|appliance|device)$/;
const ACR_HEAD_AFTER = /^(?:account|accounts|appliance|appliances|server|servers|portal|platform|system|software|app|gateway|connection|client|device|devices)$/;

/**
 * "an old virtual private network (VPN) account", "an application programming interface (API)": the
 * phrase before the parentheses spells the acronym with its initials and ends in a system word (or a
 * system word follows the acronym), in a sentence about an attack or its entry point. Returns true
 * when it recorded a system.
 */
function acronymSystem(ctx: Ctx, i: number): boolean {
  const { tk, s } = ctx;
  const acr = tk[i + 2].text;
  if (!/^[A-Z]{2,6}s?$/.test(acr)) return false;
  const letters = acr.replace(/s$/, '').toLowerCase();
  const from = i - letters.length + 1;
  if (from < 0) return false;
  for (let k = 0; k < letters.length; k++) {
    const t = tk[from + k];
    if (ctx.covered[from + k] || !/^[\p{Ll}][\p{Ll}-]*$/u.test(t.text) || t.text[0] !== letters[k]) return false;
  }
  const after = ctx.low[i + 4] ?? '';
  const headAfter = ACR_HEAD_AFTER.test(after) && /^[\p{Ll}]/u.test(tk[i + 4].text);
  if (!ACR_PHRASE_END.test(ctx.low[i]) && !headAfter) return false;
  if (ctx.systemContext === undefined) ctx.systemContext = SYSTEM_CONTEXT.test(s.text);
  // the way in: "taken through a poorly protected ... (API)"
  const entry = /\b(?:through|via)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,3}$/i.test(s.text.slice(Math.max(0, tk[from].start - 60), tk[from].start));
  if (!ctx.systemContext && !entry) return false;
  const phrase = s.text.slice(tk[from].start, tk[i].end);
  const surface = headAfter ? `${phrase} ${tk[i + 4].text}` : phrase;
  ctx.out.push({ category: 'system', surface, full: headAfter ? `${acr} ${tk[i + 4].text}` : null, sent: ctx.si, tok: from, n: letters.length, country: null, kind: 'descriptive', acronym: acr, gazId: null, canonical: null, strength: 1 });
  for (let k = from; k <= (headAfter ? i + 4 : i + 3); k++) ctx.covered[k] = true;
  return true;
}

const SOCIAL = /^(?:Twitter|Facebook|Instagram|YouTube|Telegram|TikTok|LinkedIn|WhatsApp|Snapchat|Weibo|WeChat|Reddit|Discord)$/;
const ACCESS_MOD = /^(?:remote|access|remote-access|admin|administrator|administrative|privileged|service|vpn|domain|root|superuser)$/;

/**
 * Accounts that are systems: "the Twitter account of The Associated Press", "Acme's main Twitter account"
 * (a platform account singled out by its owner), and "through a remote access account" (the way in).
 */
function accountSystem(ctx: Ctx, h: number): boolean {
  const { tk, s } = ctx;
  if (ctx.systemContext === undefined) ctx.systemContext = SYSTEM_CONTEXT.test(s.text);
  let p = h - 1;
  while (p > 0 && /^(?:main|official|verified)$/.test(ctx.low[p])) p--;
  const platform = tk[p]?.text ?? '';
  if (SOCIAL.test(platform) && ctx.systemContext) {
    let owner: Mention | undefined;
    let from = p;
    let to = h;
    if (ctx.low[h + 1] === 'of') {
      const k = ctx.low[h + 2] === 'the' ? h + 3 : h + 2;
      owner = sentFind(ctx, (m) => (m.tok === k || m.tok === h + 2) && (m.category === 'organization' || m.category === 'agency'));
      if (owner) to = owner.tok + owner.n - 1;
    } else if (tk[p - 1]?.text === "'s") {
      owner = sentFind(ctx, (m) => m.tok + m.n === p - 1 && (m.category === 'organization' || m.category === 'agency'));
      if (owner) from = owner.tok;
    }
    if (!owner) return false;
    const ownerName = s.text.slice(tk[owner.tok].start, tk[owner.tok + owner.n - 1].end);
    ctx.out.push({ category: 'system', surface: `${ownerName} ${platform} ${tk[h].text}`, full: s.text.slice(tk[from].start, tk[to].end), sent: ctx.si, tok: p, n: h - p + 1, country: owner.country, kind: 'account', acronym: null, gazId: null, canonical: null, strength: 1 });
    for (let k = p; k <= h; k++) ctx.covered[k] = true;
    return true;
  }
  const a = modifiersBefore(ctx, h);
  const mods = ctx.low.slice(a, h);
  if (!mods.some((m) => ACCESS_MOD.test(m))) return false;
  if (!/\b(?:through|via|using|used)\s+(?:(?:an?|the|its|their|one|two|several|stolen|compromised)\s+)?(?:[\w-]+\s+)?$/i.test(s.text.slice(Math.max(0, tk[a].start - 40), tk[a].start))) return false;
  ctx.out.push({ category: 'system', surface: s.text.slice(tk[a].start, tk[h].end), full: null, sent: ctx.si, tok: a, n: h - a + 1, country: null, kind: 'account', acronym: null, gazId: null, canonical: null, strength: 0 });
  for (let k = a; k <= h; k++) ctx.covered[k] = true;
  return true;
}

const BY_VERB = /^(?:made|run|operated|owned|built|developed|supplied|managed|maintained|hosted)$/;
// physical or facility heads that count only with a named maker/operator ("wind turbines run by X", "a data center run by Y")
const BY_HEAD = /^(?:center|centre|centers|centres|turbines|centrifuges|controllers)$/;
const LC_TRIGGER = new Set(['embassy', 'army', 'navy', 'police', 'parliament', 'city', 'ministry', 'office', 'department', 'account', 'accounts',
  'center', 'centre', 'centers', 'centres', 'turbines', 'centrifuges', 'controllers', 'instance', 'instances', 'tenant', 'tenants', 'environment',
  'environments', ...LC_SYSTEM_HEAD]);

/**
 * "the industrial control systems made by Germany's Siemens", "a data center run by the Interior Department":
 * a described system and the organization or agency that makes or runs it, named right after "by".
 */
function byOwnerSystem(ctx: Ctx, h: number): boolean {
  const { tk, s } = ctx;
  if (ctx.systemContext === undefined) ctx.systemContext = SYSTEM_CONTEXT.test(s.text);
  if (!ctx.systemContext && !ctx.threatStory) return false;
  const headW = ctx.low[h];
  const a = modifiersBefore(ctx, h);
  const mods = ctx.low.slice(a, h);
  const specific = mods.filter((m) => !GENERIC_MOD.has(m));
  if (/^cent(?:er|re)s?$/.test(headW) ? !mods.includes('data') : !specific.length && !BY_HEAD.test(headW)) return false;
  if (headW.startsWith('system') && specific.length === 1 && NON_IT.test(specific[0])) return false;
  // the owner: the first organization or agency within a few words after "by" ("Germany's Siemens", "energy company Enercon")
  const owner = sentFind(ctx, (m) => m.tok >= h + 3 && m.tok <= h + 7 && (m.category === 'organization' || m.category === 'agency'));
  if (!owner) return false;
  for (let k = h + 3; k < owner.tok; k++) {
    const t = tk[k].text;
    if (!(ctx.countryAt.has(k) || t === "'s" || t === 'the' || /^[\p{Ll}][\p{Ll}-]*$/u.test(t) && ROLE_NOUNS.has(ctx.low[k]) || /^[\p{Ll}]+$/u.test(t) && k < owner.tok - 1 && ROLE_NOUNS.has(ctx.low[k + 1]))) return false;
  }
  const described = s.text.slice(tk[a].start, tk[h].end);
  ctx.out.push({ category: 'system', surface: `${owner.canonical ?? owner.surface} ${described}`, full: s.text.slice(tk[a].start, tk[owner.tok + owner.n - 1].end), sent: ctx.si, tok: a, n: h - a + 1, country: owner.country, kind: 'descriptive', acronym: null, gazId: null, canonical: null, strength: 1 });
  for (let k = a; k <= h; k++) ctx.covered[k] = true;
  return true;
}

// heads of a system that belongs to whoever is named before it ("X computer system", "X servers")
const OWNED_HEAD = /^(?:systems?|network|networks|servers?|database|databases|website|portal|computers|workstations|intranet)$/;
const NAMED_HEAD = /^(?:website|app|application|workspace|network|platform|portal|database|databases|servers?|systems?|screens?|cable|keys|machines|registers|terminals|workstations|billboards|tool|tools|grid|spyware|software|instances?|tenants?|environments?)$/;
// a platform's tenants, named for it ("their Salesforce instances", "customers' Salesforce environments"): only
// after the platform's name; an environment is otherwise a system only with a computing word ("its managed services environment")
const TENANT_HEAD = new Set(['instance', 'instances', 'tenant', 'tenants', 'environment', 'environments']);
const ENV_MOD = /^(?:managed|hosted|hosting|build|development|test|testing|staging|sandbox|virtual)$/;
// heads that describe the named thing rather than name a part of it: "Pegasus spyware" is Pegasus
const DESCRIPTIVE_HEAD = /^(?:spyware|software|app|application|tool)$/;

/** Lower-case modifiers (up to three) right before a system head word, as token indexes [a, h). */
function modifiersBefore(ctx: Ctx, h: number): number {
  const { tk } = ctx;
  let a = h;
  while (a > 0 && h - a < 3) {
    const t = tk[a - 1].text;
    if (!/^[\p{Ll}\d][\p{L}\d-]*$/u.test(t) || LC_STOP.has(t) || ctx.covered[a - 1]) break;
    const tag = lexTag(t) ?? '';
    // ("CDK Global shuts systems": a verb ends the modifiers)
    if (VERBISH.test(tag) || tag === 'PresentTense' || (t.endsWith('ly') || t.endsWith('ise') || t.endsWith('ize') || t.endsWith('ify')) || /^\d+$/.test(t)) break;
    if (t.endsWith('ed') && !/^(?:hosted|managed|shared|networked|court-authorized|court-authorised|air-gapped)$/.test(t) && tag !== 'Singular') break;
    a--;
  }
  return a;
}

/** "the second-largest school system": the word that makes the head a system is not a computing one. */
function nonItBeforeHead(mods: string[]): boolean {
  return mods.length > 1 && NON_IT.test(mods[mods.length - 1].toLowerCase());
}

function descriptiveSystem(ctx: Ctx, h: number): void {
  const { tk, s } = ctx;
  if (ctx.systemContext === undefined) ctx.systemContext = SYSTEM_CONTEXT.test(s.text);
  const headW = tk[h].text;
  // "the website of Taoyuan International Airport": an entity named after the head
  if (/^(?:website|portal|network|systems?|database|servers?|app)$/.test(headW) && tk[h + 1]?.text === 'of' && ctx.systemContext) {
    let k = tk[h + 2]?.text === 'the' ? h + 3 : h + 2;
    // "the website of Taiwan's Presidential Office": the country owns the body
    let ownerCountry: string | null = null;
    const ch = ctx.countryAt.get(k);
    if (ch && ch.tok === k && tk[k + ch.n]?.text === "'s") { ownerCountry = ch.code; k += ch.n + 1; }
    let e = k;
    while (e < tk.length && (namey(tk[e].text) || tk[e].text === '&' || CONNECT.has(tk[e].text) && namey(tk[e + 1]?.text ?? '')) && e - k < 6) e++;
    if (e > k && !ctx.countryAt.has(k)) {
      const name = s.text.slice(tk[k].start, tk[e - 1].end);
      // "the computer systems of the Finance Ministry" keeps its describing words
      const a = modifiersBefore(ctx, h);
      const described = s.text.slice(tk[a].start, tk[h].end);
      ctx.out.push({ category: 'system', surface: `${name} ${described}`, full: s.text.slice(tk[a].start, tk[e - 1].end), sent: ctx.si, tok: a, n: h - a + 1, country: ownerCountry, kind: headW, acronym: null, gazId: null, canonical: null, strength: 1 });
      for (let q = a; q <= h; q++) ctx.covered[q] = true;
      return;
    }
  }
  // "Virtual Tax Administration (ATV) platform": the body named before the acronym is the platform
  if (tk[h - 1]?.text === ')' && tk[h - 3]?.text === '(' && NAMED_HEAD.test(headW)) {
    const ent = sentFind(ctx, (m) => m.tok + m.n === h - 3 && m.gazId === null && (m.category === 'agency' || m.category === 'organization'));
    if (ent) { ent.category = 'system'; ent.kind = headW; ent.acronym = tk[h - 2].text; ctx.covered[h] = true; return; }
  }
  // "software provider", "platform operator": the head word describes a company that follows
  if (ROLE_NOUNS.has(ctx.low[h + 1] ?? '') && /^[\p{Ll}]/u.test(tk[h + 1].text)) return;
  // "the Orion network management platform": a head word that describes a later head is left to that one
  if (ctx.threatStory && /^[\p{Ll}]/u.test(tk[h + 1]?.text ?? '') && /^[\p{Ll}]+$/u.test(tk[h + 2]?.text ?? '') && !LC_STOP.has(ctx.low[h + 1])
    && LC_SYSTEM_HEAD.has(ctx.low[h + 2]) && !VERBISH.test(lexTag(ctx.low[h + 1]) ?? '')) return;
  let a = modifiersBefore(ctx, h);
  // "its research and prototyping network": two describing words joined by "and" after an owner word
  if (ctx.threatStory && a < h && ctx.low[a - 1] === 'and' && a >= 3 && /^[\p{Ll}][\p{Ll}-]+$/u.test(tk[a - 2].text) && !LC_STOP.has(ctx.low[a - 2])
    && !ctx.covered[a - 2] && (OWNER_WORDS.has(ctx.low[a - 3]) && ctx.low[a - 3] !== 'the' || tk[a - 3].text === "'s")
    && !(GENERIC_MOD.has(ctx.low[a - 2]) && tk.slice(a, h).every((t) => GENERIC_MOD.has(t.text.toLowerCase())))) a -= 2;
  const mods = tk.slice(a, h).map((t) => t.text);
  const specific = mods.filter((m) => !GENERIC_MOD.has(m.toLowerCase()));
  const tenant = TENANT_HEAD.has(ctx.low[h]);
  // a catalogue is a system only online ("its online catalogue", not a record label's back catalogue)
  if (/^catalog(?:ue)?$/.test(headW) && !mods.some((m) => /^(?:online|digital|web|electronic)$/i.test(m))) return;
  const push = (from: number, surface: string, country: string | null, kind: string, full: string | null = null, strength = 0) => {
    ctx.out.push({ category: 'system', surface, full, sent: ctx.si, tok: from, n: h - from + 1, country, kind, acronym: null, gazId: null, canonical: null, strength });
    for (let k = from; k <= h; k++) ctx.covered[k] = true;
  };
  // a name right before the (modified) head: "AT&T workspace", "Presidential Office website", "TfL Go app",
  // "MGM slot machines", "Maersk IT systems", "Starwood guest reservation database"
  let e = a;
  while (e > 0 && h - e < 7 && (namey(tk[e - 1].text) && /[\p{L}]/u.test(tk[e - 1].text) || tk[e - 1].text === '&') && !LEAD_DROP.has(tk[e - 1].text) && !ctx.countryAt.has(e - 1)) e--;
  if (e > 0 && e < a && tk[e - 1].text === 'the' && LEAD_DROP.has(tk[e].text)) e++;
  if (e < a && NAMED_HEAD.test(headW)) {
    // the name may end in generic IT words: "IT systems", "corporate network"
    const ent = sentFind(ctx, (m) => m.tok + m.n === a && m.category !== 'actor');
    const sys = sentFind(ctx, (m) => m.tok === e && m.tok + m.n === a && m.category === 'system');
    if (sys && mods.length === 0 && /^(?:app|application|platform|portal|cable|software)$/.test(headW)) {
      sys.surface = `${sys.surface} ${headW}`;
      sys.n += 1;
      ctx.covered[h] = true;
      return;
    }
    // "the Kaseya VSA remote management tool": a known product described by what it does is that product
    if (sys && ctx.threatStory && /^(?:app|application|platform|software|tool)$/.test(headW) && !sys.full) {
      sys.full = s.text.slice(tk[sys.tok].start, tk[h].end);
      for (let k = a; k <= h; k++) ctx.covered[k] = true;
      return;
    }
    const start = ent ? ent.tok : e;
    // ("the HSE's IT environment": a computing word in capitals names no platform)
    const productGeneric = sys && /^(?:machines|computers|servers|systems|devices|networks)$/.test(headW)
      || tenant && !ent && tk.slice(start, a).every((t) => GENERIC_MOD.has(t.text.toLowerCase()));

    if (!productGeneric && h - start <= 6 && !(start === 0 && a - start === 1 && isCommonWord(tk[start].text))) {
      // "the Kojima computer system": the owner named inside the system's name is an organization of the story
      if (!ent && !sys && OWNED_HEAD.test(headW) && mods.length > 0 && a - e <= 3 && !isFirstName(tk[e].text) && !isCommonWord(tk[e].text) && !isUpperWord(tk[e].text)) {
        ctx.out.push({ category: 'organization', surface: s.text.slice(tk[e].start, tk[a - 1].end), full: null, sent: ctx.si, tok: e, n: a - e, country: null, kind: 'company', acronym: null, gazId: null, canonical: null, strength: 0 });
      }
      if (DESCRIPTIVE_HEAD.test(headW) && !ent && !(mods.length && (a - start > 1 || CLASS_ACRONYM.has(tk[start].text) || start === 0 || /^["“‘(]$/.test(tk[start - 1].text)))) {
        // the name itself is the system ("Pegasus spyware", "Stealthwatch traffic analysis software"); the phrase is an alias
        ctx.out.push({ category: 'system', surface: s.text.slice(tk[start].start, tk[a - 1].end), full: s.text.slice(tk[start].start, tk[h].end), sent: ctx.si, tok: start, n: a - start, country: null, kind: headW, acronym: null, gazId: null, canonical: null, strength: 1 });
        for (let k = start; k <= h; k++) ctx.covered[k] = true;
        return;
      }
      push(start, s.text.slice(tk[start].start, tk[h].end), ent?.country ?? null, headW, specific.length ? s.text.slice(tk[a].start, tk[h].end) : null, 1);
      return;
    }
  }
  // a tenant is one only of a named platform; an environment otherwise needs a computing word
  if (tenant && (!/^environments?$/.test(ctx.low[h]) || !mods.some((m) => ENV_MOD.test(m.toLowerCase())))) return;
  // "<Name>'s (mods) head": "AT&T's workspace", "Vastaamo's patient database", "the plant's control system"
  const before = tk[a - 1]?.text ?? '';
  // "CDK Global, whose dealer management system ...": the name before the comma owns it
  if (before === 'whose' && tk[a - 2]?.text === ',' && specific.length && ctx.threatStory && ctx.systemContext && !(headW.startsWith('system') && nonItBeforeHead(['', ...mods]))) {
    let ent = sentFind(ctx, (m) => m.tok + m.n === a - 2 && (m.category === 'organization' || m.category === 'agency'));
    // an unknown name that owns a computer system is an organization
    let v = a - 2;
    while (!ent && v > 0 && namey(tk[v - 1].text) && !ctx.covered[v - 1] && !ctx.countryAt.has(v - 1) && !LEAD_DROP.has(tk[v - 1].text)) v--;
    if (!ent && v < a - 2 && contextName(ctx, v, a - 2) && !(a - 2 - v === 1 && isCommonWord(tk[v].text))) {
      pushContextOrg(ctx, v, a - 2, null);
      ent = ctx.out[ctx.out.length - 1];
    }
    if (ent) push(a, s.text.slice(tk[a].start, tk[h].end), ent.country, 'descriptive', `${ent.surface} ${s.text.slice(tk[a].start, tk[h].end)}`);
    return;
  }
  if ((before === "'s" || before === "'") && ctx.systemContext) {
    const ent = sentFind(ctx, (m) => m.tok + m.n === a - 1 && m.category !== 'actor' && m.category !== 'system');
    const hc = ctx.countryAt.get(a - 2);
    const ownerTok = tk[a - 2];
    if (!ownerTok) return;
    const full = s.text.slice((ent ? tk[ent.tok] : ownerTok).start, tk[h].end);
    if (headW.startsWith('system') && (specific.length === 1 && NON_IT.test(specific[0]) || nonItBeforeHead(mods))) return;
    if (/^(?:software|spyware)$/.test(headW)) return;
    if (specific.length || mods.length && !/^(?:its|their)$/i.test(mods[0])) {
      push(a, s.text.slice(tk[a].start, tk[h].end), hc?.code ?? ent?.country ?? null, 'descriptive', full);
    } else if (ent && /^(?:workspace|website|network|systems|database|portal|platform|app|servers)$/.test(headW)) {
      push(a, `${ent.surface} ${headW}`, ent.country, headW, full);
    }
    return;
  }
  // "its/the/an Albanian (mods) head" with at least one specific modifier, in a sentence about use or damage
  if (!ctx.systemContext) return;
  const ownerHit = ctx.countryAt.get(a - 1);
  if (!mods.length && !SPECIFIC_HEAD.test(headW) || !specific.length && !SPECIFIC_HEAD.test(headW)) return;
  const impactBefore = /^(?:affected|affecting|hit|hitting|disrupted|disrupting|crippled|targeted|targeting|breached|compromised|infected|attacked|paralysed|paralyzed|knocked|wiped|encrypted|accessed|penetrated|froze|disabled|left)$/i.test(before);
  const impactAfter = /^\s+(?:(?:were|was|had been|have been|are|is)\s+)?(?:stopped|went|failed|crashed|froze|offline|down|disrupted|affected|hit|knocked|encrypted|compromised|breached|infected|dark|shut)\b/i.test(s.text.slice(tk[h].end));
  if (!OWNER_WORDS.has(before.toLowerCase()) && !ownerHit && !impactBefore && !impactAfter) return;
  if (/^(?:software|spyware)$/.test(headW)) return;
  // "pulling systems offline": a verb form is not a describing word unless an owner singles the system out
  if (specific.every((w) => w.endsWith('ing')) && !OWNER_WORDS.has(before.toLowerCase()) && !ownerHit) return;
  if (headW.startsWith('system') && (specific.length === 1 && NON_IT.test(specific[0]) || nonItBeforeHead(mods))) return;
  const full = ownerHit ? s.text.slice(tk[a - 1].start, tk[h].end) : null;
  push(a, s.text.slice(tk[a].start, tk[h].end), ownerHit?.code ?? null, 'descriptive', full);
}

/** Country code written as a demonym/name inside a phrase, used for owners of lower-case agencies. */
export function ownerOfPhrase(phrase: string): string | null {
  for (const w of phrase.split(/\s+/)) {
    const c = countryOfWord(w.replace(/['’]s$/, ''));
    if (c) return c;
  }
  return null;
}

export { isUpperWord };
