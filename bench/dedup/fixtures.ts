// The dedup benchmark's pairs, written for this project. Base stories: the project's own gold
// stories (test/fixtures/gold/stories, written after public reporting), cleaned as the pipeline
// cleans them. Republished copies are made from them by the edits outlets really make (cut from
// the bottom, paragraphs moved, a new headline, their own boilerplate, an editor's note, a photo
// caption, house spelling); every added line below is written for this benchmark. Distinct pairs
// are two different stories on one topic (same incident type, given the same day) and follow-up
// reports a week later on the same incident that reuse the first report's background paragraphs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../../lib/clean';

export interface Story {
  name: string;
  headline: string;
  paragraphs: string[];
  types: string[];
}

export interface Pair {
  kind: string;
  a: string;
  b: string;
  /** true: the same wire story (a republished copy). */
  same: boolean;
  aText: string;
  bText: string;
}

const GOLD = join(__dirname, '../../test/fixtures/gold');

/** The story's topic by its first telling word: stories of one topic are the hard negatives. */
const TOPICS: Array<[string, RegExp]> = [
  ['ransomware', /ransomware/i],
  ['denial-of-service', /denial[- ]of[- ]service|ddos/i],
  ['data breach', /breach|stolen (?:data|records)|personal data/i],
  ['espionage', /espionage|spy|spies|intelligence service/i],
  ['malware', /malware|wiper|virus/i],
];
function topicOf(text: string): string {
  return TOPICS.find(([, re]) => re.test(text))?.[0] ?? 'cyberattack';
}

export function loadStories(): Story[] {
  return readdirSync(join(GOLD, 'stories'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const c = cleanText(readFileSync(join(GOLD, 'stories', f), 'utf8'));
      const gold = JSON.parse(readFileSync(join(GOLD, f.replace(/\.txt$/, '.json')), 'utf8')) as { incident?: { isCyber?: boolean } };
      return { name: f.replace(/\.txt$/, ''), headline: c.headline ?? '', paragraphs: c.paragraphs, types: [gold.incident?.isCyber ? topicOf(c.text) : 'not-cyber'] };
    });
}

// --- what outlets add -----------------------------------------------------------------------

const BOILERPLATE_TOP = [
  'Get the morning briefing in your inbox: the day’s top stories, chosen by our editors.',
  'This article was syndicated from a news agency and is published here under licence.',
  'Listen to this article. Audio is generated automatically and may contain errors.',
  'Our reporters are on the ground. Support local journalism from just one dollar a week.',
];
const BOILERPLATE_BOTTOM = [
  'Copyright The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
  'Reporting by the agency’s correspondents; additional reporting by our newsroom. Editing by the night desk.',
  'Follow our live coverage of technology and security news on our website and in our app.',
  'Have a tip about a cyberattack? Contact our security desk through the secure form on our contact page.',
  'Related: How ransomware gangs choose their targets, and what companies can do to prepare.',
];
const EDITOR_NOTES = [
  'Editor’s note: This story has been updated to correct the spelling of an official’s name.',
  'Editor’s note: An earlier version of this story misstated the day of the week on which the attack was reported.',
  'Editor’s note: This article was first published in the morning edition and has been updated with new information from officials.',
];
const CAPTIONS = [
  'A sign outside the company’s headquarters is seen in this file photo. (AP Photo/File)',
  'Technicians work in a server room in this undated photograph supplied by the company.',
  'An employee looks at a screen displaying a ransom message, in a photo illustration.',
];
const HEADLINE_PREFIXES = ['Latest: ', 'Update: ', 'What we know: ', ''];

/** House style of another outlet: British spellings and a few words changed. */
function houseStyle(p: string): string {
  return p
    .replace(/\borganization/g, 'organisation')
    .replace(/\bdefense\b/g, 'defence')
    .replace(/\bcenter\b/g, 'centre')
    .replace(/\bU\.S\./g, 'US')
    .replace(/\bpercent\b/g, 'per cent')
    .replace(/\bsaid Monday\b/g, 'said on Monday')
    .replace(/\bsaid Tuesday\b/g, 'said on Tuesday');
}

type Edit = { kind: string; apply: (s: Story, i: number) => string[] };

const EDITS: Edit[] = [
  { kind: 'trimmed (bottom third cut)', apply: (s) => s.paragraphs.slice(0, Math.max(3, Math.ceil(s.paragraphs.length * 0.66))) },
  { kind: 'paragraphs reordered', apply: (s) => { const p = [...s.paragraphs]; const k = Math.floor(p.length / 2); [p[1], p[k]] = [p[k], p[1]]; p.push(p.splice(2, 1)[0]); return p; } },
  { kind: 'own boilerplate', apply: (s, i) => [BOILERPLATE_TOP[i % BOILERPLATE_TOP.length], ...s.paragraphs, BOILERPLATE_BOTTOM[i % BOILERPLATE_BOTTOM.length], BOILERPLATE_BOTTOM[(i + 2) % BOILERPLATE_BOTTOM.length]] },
  { kind: "editor's note added", apply: (s, i) => [EDITOR_NOTES[i % EDITOR_NOTES.length], ...s.paragraphs] },
  { kind: 'caption + house style', apply: (s, i) => [CAPTIONS[i % CAPTIONS.length], ...s.paragraphs.map(houseStyle)] },
  { kind: 'trimmed + reordered + note + boilerplate', apply: (s, i) => { const p = s.paragraphs.slice(0, Math.max(3, s.paragraphs.length - 2)); [p[1], p[2]] = [p[2], p[1]]; return [EDITOR_NOTES[(i + 1) % EDITOR_NOTES.length], ...p, BOILERPLATE_BOTTOM[(i + 1) % BOILERPLATE_BOTTOM.length]]; } },
  { kind: 'last two paragraphs cut, house style', apply: (s) => s.paragraphs.slice(0, -2).map(houseStyle) },
  { kind: 'only the first half run', apply: (s) => s.paragraphs.slice(0, Math.max(3, Math.ceil(s.paragraphs.length / 2))) },
];

// --- follow-up reports, a week later (new top, the first report's background reused) ------

/** name of the base story → the follow-up's new paragraphs (written for this benchmark). */
export const FOLLOW_UPS: Record<string, string[]> = {
  'colonial-pipeline-2021': [
    'WASHINGTON (AP) — Colonial Pipeline’s chief executive told senators on Tuesday that he authorized the ransom payment because the company could not tell how far the hackers had reached into its systems.',
    'He said the intruders got in through an old virtual private network account that was not protected by multifactor authentication, and that the password had appeared in a batch of leaked credentials.',
    'Lawmakers from both parties pressed him on why the company had not reported the intrusion to federal agencies sooner, and several said new reporting rules for pipeline operators were overdue.',
  ],
  'kaseya-revil-2021': [
    'MIAMI (AP) — Kaseya said on Thursday it had obtained a universal key that unlocks the files of every business hit in this month’s ransomware attack, and that it was working with a security firm to restore victims’ data.',
    'The company would not say where the key came from or whether a ransom had been paid. The REvil gang’s websites on the dark web went offline last week without explanation.',
  ],
  'costa-rica-conti-2022': [
    'SAN JOSE, Costa Rica (AP) — Costa Rica’s new president said on Sunday the country was at war with an organized crime group, a week after his government declared a national emergency over ransomware attacks on its ministries.',
    'The finance ministry said customs systems were still working on paper, slowing imports and exports, and that tax collection had been disrupted for nearly a month.',
    'The president said the government would not pay the ransom, which the attackers had raised to 20 million dollars.',
  ],
  'hse-ireland-conti-2021': [
    'DUBLIN (AP) — Irish health officials said on Friday that hospital computer systems would take weeks more to restore, even after the hackers behind the attack on the health service handed over a decryption tool without payment.',
    'The head of the Health Service Executive said the tool worked but that every one of thousands of servers and computers had to be checked before it could be used again.',
  ],
  'medibank-sanctions-2024': [
    'CANBERRA, Australia (AP) — Australian police said on Thursday they had identified a second suspect in the theft of health records from the insurer Medibank, a week after the government announced sanctions against a Russian man over the breach.',
    'The police commissioner said investigators were working with partners abroad and that the suspects were believed to be members of a loose network of hackers.',
  ],
  'optus-breach-2022': [
    'SYDNEY (AP) — Optus said on Monday it would pay for new passports for customers whose numbers were exposed in a data breach last month, after the government said the company should bear the cost.',
    'The company said about 2.1 million identity document numbers had been taken. Its chief executive said she was sorry and that the company was working with police.',
  ],
  'british-library-rhysida-2023': [
    'LONDON (AP) — The British Library said on Wednesday that data stolen in a ransomware attack had been put up for auction online, and urged users to change their passwords.',
    'The library said its website and catalogue would remain offline for weeks and that reading rooms were open but could not offer most of their usual services.',
  ],
  'maersk-notpetya-2017': [
    'COPENHAGEN, Denmark (AP) — A.P. Moller-Maersk said on Wednesday the cyberattack that crippled its computers in June would cost it as much as 300 million dollars, mostly in lost business at its container shipping arm.',
    'The company said all its systems were back in operation and that it had not lost any customer data. It said it had reinstalled thousands of computers and servers in about ten days.',
  ],
  'wannacry-nhs-2017': [
    'LONDON (AP) — British officials said on Friday that the worldwide ransomware attack had exposed how many hospitals still ran outdated software, a week after the outbreak forced doctors to turn away patients.',
    'The health secretary said no patient data appeared to have been stolen, and that hospitals had been warned to install security updates well before the attack.',
    'A young researcher who found a way to slow the spread of the malware was praised by security agencies for registering a web domain that acted as a kill switch.',
  ],
  'norsk-hydro-lockergoga-2019': [
    'OSLO, Norway (AP) — Norsk Hydro said on Tuesday the ransomware attack on its systems had cost it up to 350 million kroner in its first week, and that some plants were still running on manual routines.',
    'The company said it had not paid the hackers and would restore its systems from backups. It praised its staff for keeping production going with pen and paper.',
  ],
  'change-healthcare-alphv-2024': [
    'WASHINGTON (AP) — UnitedHealth Group’s chief executive confirmed on Monday that the company paid a ransom of about 22 million dollars after the cyberattack on its Change Healthcare unit.',
    'He told reporters the decision was his and that it was made to protect patient data. Pharmacies and clinics across the country were still catching up on claims delayed by the attack.',
  ],
  'solarwinds-svr-2020': [
    'WASHINGTON (AP) — The Justice Department said on Wednesday that the hackers behind the SolarWinds intrusion had accessed the email accounts of some of its employees, the latest agency to confirm it was affected.',
    'Officials said the breach appeared to be limited to a small share of the department’s accounts and that investigators had found no sign that classified systems were reached.',
  ],
  'exchange-hafnium-2021': [
    'WASHINGTON (AP) — The White House said on Sunday that tens of thousands of organizations still had not patched their email servers a week after Microsoft disclosed the flaws, and warned that criminal groups were now exploiting them.',
    'Security researchers said at least ten hacking groups had begun using the vulnerabilities, including ransomware operators, once details of the flaws spread.',
  ],
  'viasat-kasat-2022': [
    'BERLIN (AP) — A German wind turbine maker said on Monday it still could not monitor thousands of its turbines remotely a week after a cyberattack knocked out the satellite modems they depend on.',
    'The company said the turbines kept running on automatic control and that there was no risk to the power grid.',
  ],
};

function background(s: Story, n: number): string[] {
  return s.paragraphs.slice(-n);
}

export function buildPairs(stories: Story[]): Pair[] {
  const pairs: Pair[] = [];
  const text = (p: string[]) => p.join('\n\n');
  // Republished copies: each base story with two different outlets' edits.
  stories.forEach((s, i) => {
    for (const k of [i % EDITS.length, (i + 3) % EDITS.length]) {
      const e = EDITS[k];
      pairs.push({ kind: `copy: ${e.kind}`, a: s.name, b: `${s.name} (${e.kind}, ${HEADLINE_PREFIXES[i % HEADLINE_PREFIXES.length]}new headline)`, same: true, aText: text(s.paragraphs), bText: text(e.apply(s, i)) });
    }
  });
  // Two copies of one story by two outlets, neither the agency's own text.
  stories.slice(0, 10).forEach((s, i) => {
    pairs.push({ kind: 'copy: two outlets’ edits of one story', a: `${s.name} (outlet A)`, b: `${s.name} (outlet B)`, same: true, aText: text(EDITS[2].apply(s, i)), bText: text(EDITS[4].apply(s, i + 1)) });
  });
  // Distinct: follow-ups a week later reusing the first report's background.
  for (const [name, fresh] of Object.entries(FOLLOW_UPS)) {
    const s = stories.find((x) => x.name === name);
    if (!s) throw new Error(`no base story ${name}`);
    pairs.push({ kind: 'distinct: follow-up a week later, 2 background paragraphs reused', a: s.name, b: `${s.name} (follow-up)`, same: false, aText: text(s.paragraphs), bText: text([...fresh, ...background(s, 2)]) });
    pairs.push({ kind: 'distinct: follow-up a week later, 3 background paragraphs reused, republished with boilerplate', a: s.name, b: `${s.name} (follow-up, outlet copy)`, same: false, aText: text(s.paragraphs), bText: text([BOILERPLATE_TOP[0], ...fresh, ...background(s, 3), BOILERPLATE_BOTTOM[0]]) });
  }
  // Distinct: two different stories on one topic (the same incident type), as if on the same day.
  const byType = new Map<string, Story[]>();
  for (const s of stories) for (const t of s.types.slice(0, 1)) byType.set(t, [...(byType.get(t) ?? []), s]);
  for (const [type, group] of byType) {
    for (let i = 0; i + 1 < group.length; i++) {
      pairs.push({ kind: `distinct: two ${type} stories, same day`, a: group[i].name, b: group[i + 1].name, same: false, aText: text(group[i].paragraphs), bText: text(group[i + 1].paragraphs) });
    }
    // Same topic, both run by one outlet with the same boilerplate lines.
    for (let i = 0; i + 2 < group.length; i += 2) {
      const [x, y] = [group[i], group[i + 2]];
      pairs.push({ kind: `distinct: two ${type} stories, same outlet boilerplate`, a: `${x.name} (outlet)`, b: `${y.name} (outlet)`, same: false, aText: text(EDITS[2].apply(x, 0)), bText: text(EDITS[2].apply(y, 0)) });
    }
  }
  return pairs;
}
