// 5,000 distinct story pages in the demo outlets' layouts (samples/build/layouts.js), with
// text composed for this benchmark from sentence patterns written for it and a seeded
// random choice of places, organizations, actors, systems and figures. Every story index
// gives the same page on every run, so the benchmark can be repeated.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const layouts = require('../../samples/build/layouts.js') as Record<'standalone' | 'ledger' | 'nbn' | 'courier', (story: StoryInput) => string> & {
  canonicalUrl: (story: StoryInput) => string;
};

export interface StoryInput {
  publisher: 'standalone' | 'ledger' | 'nbn' | 'courier';
  path: string;
  section: string;
  headline: string;
  standfirst: string;
  authors: string[];
  credit: string;
  role: string;
  reporting: string;
  sign: string;
  publishedAt: string;
  updatedAt?: string;
  display: string;
  jsonLd: boolean;
  og: boolean;
  timeEl: boolean;
  tags: string[];
  body: string[];
  related: string[];
  comments: Array<{ who: string; when: string; text: string }>;
}

/** mulberry32: small, seedable, good enough to pick words. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  ['Tallinn', 'Estonia', 'Estonian'], ['Vilnius', 'Lithuania', 'Lithuanian'], ['Warsaw', 'Poland', 'Polish'], ['Kyiv', 'Ukraine', 'Ukrainian'],
  ['Berlin', 'Germany', 'German'], ['Paris', 'France', 'French'], ['Madrid', 'Spain', 'Spanish'], ['Rome', 'Italy', 'Italian'],
  ['Oslo', 'Norway', 'Norwegian'], ['Helsinki', 'Finland', 'Finnish'], ['Dublin', 'Ireland', 'Irish'], ['Lisbon', 'Portugal', 'Portuguese'],
  ['Canberra', 'Australia', 'Australian'], ['Wellington', 'New Zealand', 'New Zealand'], ['Tokyo', 'Japan', 'Japanese'], ['Seoul', 'South Korea', 'South Korean'],
  ['Nairobi', 'Kenya', 'Kenyan'], ['Accra', 'Ghana', 'Ghanaian'], ['Lima', 'Peru', 'Peruvian'], ['Santiago', 'Chile', 'Chilean'],
  ['Ottawa', 'Canada', 'Canadian'], ['Mexico City', 'Mexico', 'Mexican'], ['Jakarta', 'Indonesia', 'Indonesian'], ['Manila', 'Philippines', 'Philippine'],
  ['Tirana', 'Albania', 'Albanian'], ['Prague', 'Czech Republic', 'Czech'], ['Bucharest', 'Romania', 'Romanian'], ['Athens', 'Greece', 'Greek'],
];
const VICTIMS = [
  'the national rail operator', 'a regional hospital group', 'the state tax agency', 'the largest port operator', 'a municipal water utility',
  'the central statistics office', 'a major grocery chain', 'the national postal service', 'a university hospital', 'the electricity grid operator',
  'the capital city council', 'a leading insurer', 'the national broadcaster', 'the land registry', 'a regional airline', 'the social security agency',
];
const ACTORS = [
  ['LockBit', 'a ransomware gang'], ['Sandworm', 'a group linked by Western governments to Russian military intelligence'], ['Lazarus Group', 'a group tied to North Korea'],
  ['APT28', 'a group linked to Russian military intelligence'], ['Conti', 'a ransomware group'], ['Volt Typhoon', 'a group Western agencies link to China'],
  ['BlackCat', 'a ransomware operation also known as ALPHV'], ['Charming Kitten', 'a group linked to Iran'], ['Clop', 'an extortion gang'],
];
const SYSTEMS = ['its ticketing system', 'its email servers', 'the payroll platform', 'its booking website', 'patient record systems', 'the billing system', 'its VPN gateways', 'the customer portal'];
const AGENCIES = ['the national cyber security centre', 'the data protection authority', 'the interior ministry', 'police', 'the computer emergency response team'];
const SURNAMES = ['Marsh', 'Okafor', 'Lindqvist', 'Petrova', 'Duarte', 'Haddad', 'Kowalski', 'Brennan', 'Tanaka', 'Mensah', 'Novak', 'Reyes', 'Varga', 'Ahmed'];
const FIRST = ['Anna', 'Tomas', 'Leila', 'Marco', 'Grace', 'Pavel', 'Nora', 'Samuel', 'Ines', 'Kofi', 'Elena', 'Ravi', 'Maya', 'Jonas'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

type Pick = <T>(list: readonly T[]) => T;

// Short phrase lists joined into sentences: a 5-word window almost always spans two
// independent choices, so unrelated stories share few shingles, as unrelated real stories do
// (template sentences would make every story a near-duplicate candidate of every other).
const OPENERS = ['Officials said', 'A spokesperson confirmed', 'According to a statement,', 'Investigators believe', 'People familiar with the matter said', 'The company acknowledged', 'Local media reported', 'In a short notice,', 'Union representatives said', 'Two employees told reporters', 'An internal memo showed', 'Regulators were told'];
const HAPPENED = ['intruders encrypted', 'attackers wiped', 'hackers locked', 'a criminal group stole files from', 'malware spread across', 'unknown attackers disabled', 'an intruder copied records from', 'ransomware scrambled', 'a break-in exposed', 'a hostile actor tampered with', 'criminals siphoned data out of', 'an attack took down'];
const WHEN = ['late on', 'early on', 'before dawn on', 'shortly after midnight on', 'during the night to', 'around noon on', 'in the hours before', 'over the weekend before'];
const IMPACT = ['queues formed at counters', 'staff switched to paper forms', 'appointments were postponed', 'deliveries were delayed', 'phone lines went silent', 'payments could not be taken', 'the website showed an error page', 'shifts were sent home early', 'ambulances were diverted', 'trains ran without ticket checks', 'invoices stopped going out', 'records had to be kept by hand'];
const RESPONSE = ['engineers isolated the affected servers', 'a specialist firm was hired', 'backups were restored overnight', 'passwords were reset for every account', 'the network was cut off from the internet', 'outside auditors were called in', 'affected customers were being contacted', 'a hotline was opened for worried clients', 'the board held an emergency meeting', 'police opened a criminal inquiry'];
const CONTEXT = ['similar incidents have hit', 'a wave of intrusions has targeted', 'attacks of this kind have struck', 'criminal groups have repeatedly extorted', 'lawmakers have warned about threats to', 'auditors had flagged weak defences at', 'budget cuts have left', 'a recent review criticised'];
const SECTORS = ['hospitals', 'municipal councils', 'logistics firms', 'universities', 'water utilities', 'retail chains', 'ministries', 'transport operators', 'insurers', 'energy suppliers'];
const TAILS = ['this year', 'since the spring', 'in recent months', 'across the region', 'in neighbouring countries', 'over the past decade', 'since the last election', 'despite new rules'];
const ECON_SUBJECT = ['Policymakers', 'The monetary committee', 'Board members', 'The governor', 'Two deputy governors', 'Analysts at local banks', 'Bond traders', 'Business groups'];
const ECON_VERB = ['pointed to', 'warned about', 'played down', 'cited', 'were divided over', 'welcomed', 'questioned', 'focused on'];
const ECON_OBJECT = ['stubborn service prices', 'a cooling housing market', 'weaker export orders', 'higher import costs', 'a tight labour market', 'falling fuel prices', 'slower credit growth', 'the strong currency', 'rising rents', 'weak consumer confidence'];
const ECON_TAIL = ['in the coming quarter', 'before the budget', 'into next year', 'as wage talks begin', 'after a mild winter', 'while harvests recover', 'ahead of the summer', 'as tourism picks up'];

function sentence(pick: Pick, parts: string[]): string {
  const s = parts.join(' ').replace(/\s+,/g, ',');
  void pick;
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function cyberBody(pick: Pick, r: () => number, place: string[], victim: string, actor: string[], n: number): string[] {
  const [city, country, adj] = place;
  const system = pick(SYSTEMS);
  const agency = pick(AGENCIES);
  const people = 1000 * (1 + Math.floor(r() * 900));
  const lead = `${city.toUpperCase()}, ${country} — ${pick(OPENERS)} ${pick(HAPPENED)} ${system} at ${victim} ${pick(WHEN)} ${pick(WEEKDAYS)}, and ${pick(IMPACT)} for ${2 + Math.floor(r() * 70)} hours.`;
  const out = [lead];
  out.push(`${pick(OPENERS)} ${agency} in ${country} was investigating, ${pick(IMPACT)} and ${pick(RESPONSE)}.`);
  if (r() < 0.7) out.push(`${actor[0]}, ${actor[1]}, claimed the attack and said it held files on about ${people.toLocaleString('en-US')} people; ${pick(OPENERS).toLowerCase()} ${pick(RESPONSE)}.`);
  const extra = 3 + Math.floor(r() * 4);
  for (let i = 0; i < extra; i++) {
    const k = r();
    if (k < 0.35) out.push(sentence(pick, [pick(CONTEXT), pick(SECTORS), 'in', country, pick(TAILS)]) + ` ${pick(OPENERS)} ${pick(RESPONSE)} ${pick(TAILS)}.`);
    else if (k < 0.7) out.push(sentence(pick, [pick(OPENERS), pick(IMPACT), pick(WHEN), pick(WEEKDAYS), 'while', pick(RESPONSE)]));
    else out.push(`The ${adj} minister for digital affairs is due before a parliamentary committee on ${pick(WEEKDAYS)}; ${pick(CONTEXT)} ${pick(SECTORS)} ${pick(TAILS)}, and file ${n}-${i} lists ${1 + Math.floor(r() * 40)} addresses to block.`);
  }
  return out;
}

function plainBody(pick: Pick, r: () => number, place: string[], n: number): string[] {
  const [city, country, adj] = place;
  const pct = (1 + r() * 6).toFixed(1);
  const out = [`${city.toUpperCase()}, ${country} — The ${adj} central bank held its main rate at ${pct}% on ${pick(WEEKDAYS)}; ${pick(ECON_SUBJECT).toLowerCase()} ${pick(ECON_VERB)} ${pick(ECON_OBJECT)} ${pick(ECON_TAIL)}.`];
  const extra = 3 + Math.floor(r() * 4);
  for (let i = 0; i < extra; i++) {
    out.push(`${pick(ECON_SUBJECT)} ${pick(ECON_VERB)} ${pick(ECON_OBJECT)} ${pick(ECON_TAIL)}, while ${pick(ECON_SUBJECT).toLowerCase()} ${pick(ECON_VERB)} ${pick(ECON_OBJECT)} (note ${n}.${i}: ${(r() * 3).toFixed(1)}%).`);
  }
  return out;
}

const SECTIONS: Record<StoryInput['publisher'], [string, string]> = {
  standalone: ['World', 'news/world'],
  ledger: ['Technology', 'technology'],
  nbn: ['Europe', 'news/world-europe'],
  courier: ['Local News', '2024/03'],
};

/** The story input for index i (0 ≤ i < 1e9): layout by i mod 4, every text choice seeded by i. */
export function storyInput(i: number): StoryInput {
  const r = rng(i * 2654435761 + 17);
  const pick: Pick = (list) => list[Math.floor(r() * list.length)];
  const publisher = (['standalone', 'ledger', 'nbn', 'courier'] as const)[i % 4];
  const place = pick(PLACES);
  const cyber = r() < 0.8;
  const victim = pick(VICTIMS);
  const actor = pick(ACTORS);
  const headline = cyber
    ? `Cyberattack disrupts ${victim} in ${place[1]} (${i})`
    : `${place[2]} central bank holds rates as inflation eases slowly (${i})`;
  const body = cyber ? cyberBody(pick, r, place, victim, actor, i) : plainBody(pick, r, place, i);
  const t = Date.UTC(2024, 0, 1) + Math.floor(r() * 700) * 86_400_000 + Math.floor(r() * 86_400) * 1000;
  const publishedAt = new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const [section, dir] = SECTIONS[publisher];
  const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const author = `${pick(FIRST)} ${pick(SURNAMES)}`;
  return {
    publisher,
    path: publisher === 'nbn' ? `/nbn/${dir}-${60_000_000 + i}` : `/${publisher}/${dir}/${slug}/`,
    section,
    headline,
    standfirst: body[0].split(' — ')[1]?.slice(0, 150) ?? body[0].slice(0, 150),
    authors: publisher === 'courier' || r() < 0.85 ? [author] : [],
    credit: r() < 0.5 ? 'AP' : author,
    role: 'Reporter',
    reporting: `Reporting by ${author}; Editing by ${pick(FIRST)} ${pick(SURNAMES)}`,
    sign: r() < 0.3 ? `Associated Press writer ${pick(FIRST)} ${pick(SURNAMES)} contributed.` : '',
    publishedAt,
    updatedAt: r() < 0.3 ? new Date(t + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined,
    display: new Date(t).toUTCString(),
    jsonLd: r() < 0.6,
    og: r() < 0.8,
    timeEl: r() < 0.7,
    tags: cyber ? ['Cybersecurity', place[1]] : ['Economy', place[1]],
    body,
    related: [],
    comments: publisher === 'courier' && r() < 0.4 ? [{ who: pick(FIRST), when: 'March 3, 2024 at 8:12 am', text: 'Thanks for covering this.' }] : [],
  };
}

/** The page of story i, {{ORIGIN}} replaced. */
export function storyPage(i: number, origin: string): string {
  const s = storyInput(i);
  return layouts[s.publisher](s).replaceAll('{{ORIGIN}}', origin);
}

/** The canonical URL the page of story i names (the outlet's own .example domain). */
export function canonicalOf(i: number): string {
  return layouts.canonicalUrl(storyInput(i));
}
