// Issue 10, third round: isCyber on styles the gold sets lack (see cyber-styles.fixtures.ts), and one
// mechanism per case with a case it must not fire on. First run of the style set before the fixes:
// 14 of 21 right; of a second set written after them, 8 of 12; of a third, 7 of 12. Sentences written for these tests; none comes from the gold sets.
import { extract } from '../../../lib/extract';
import { sportsFrame } from '../../../lib/extract/cues';
import { CYBER_STYLE_CASES, CYBER_STYLE_CASES_2, CYBER_STYLE_CASES_3 } from './cyber-styles.fixtures';

const inc = (text: string, headline: string | null = null) => extract({ headline, text, publishedAt: '2024-05-14T09:00:00Z' }).incident;
const SCORED = ['ransomware', 'data-breach', 'phishing'];

describe('isCyber and the scored types on styles the gold sets lack', () => {
  it.each([...CYBER_STYLE_CASES, ...CYBER_STYLE_CASES_2, ...CYBER_STYLE_CASES_3].map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const i = inc(c.text, c.headline);
    expect(i.isCyber).toBe(c.isCyber);
    if (c.types) expect(i.types.filter((t) => SCORED.includes(t)).sort()).toEqual([...c.types].sort());
  });
});

describe('sport is not an incident', () => {
  it('needs two different sports words for a sports frame', () => {
    expect(sportsFrame('The striker hit the woodwork before half-time.')).toBe(true);
    expect(sportsFrame('The tournament was cancelled after a ransomware attack on the organiser.')).toBe(false);
  });

  it('drops attack words without a computing word in a sports story', () => {
    expect(inc('The visitors broke into the penalty area at will and their attack targeted the tired full-backs; the striker scored twice before half-time.', 'Rovers attack too much for United').isCyber).toBe(false);
  });

  it('keeps a real hack told in a sports story', () => {
    const i = inc('Hackers broke into the football club\'s ticketing website before the World Cup qualifier and stole the card details of 20,000 fans, the club said on Friday. The striker was not involved.', 'Club ticket site hacked before qualifier');
    expect(i.isCyber).toBe(true);
  });

  it('takes "hackers" outside sport as computing even with no computing word in the sentence', () => {
    expect(inc('Pro-Palestinian hackers disrupted the airport\'s screens and announcements for an hour on Sunday, officials said.', 'Hackers hijack airport announcements').isCyber).toBe(true);
  });
});

describe('statistics and markets are not an incident', () => {
  it('weighs down a hit told of a share of a class from a survey', () => {
    expect(inc('Forty percent of British charities were hit by a cyberattack in the past year, according to a government survey released on Wednesday. Larger charities reported more attacks than small ones.', 'Charities report rise in cyber attacks').isCyber).toBe(false);
  });

  it('keeps a named victim in a story that also quotes a survey', () => {
    const i = inc('The charity said on Wednesday that hackers had stolen the names and addresses of 80,000 donors from its fundraising database. A government survey found that 40 percent of charities were hit by a cyberattack last year.', 'Hackers steal donor records from children\'s charity');
    expect(i.isCyber).toBe(true);
    expect(i.types).toContain('data-breach');
  });

  it('does not count a headline\'s strong word alone as the event when nothing reports one', () => {
    expect(inc('Premiums for cover against ransomware rose by a fifth this year, a broker said on Monday, as insurers tightened their terms.', 'Ransomware cover gets dearer').isCyber).toBe(false);
  });

  it('counts a headline that reports the incident in the present tense', () => {
    expect(inc('The retailer said customer names and email addresses were copied from a marketing database. It has informed the regulator.', 'Retailer discloses data breach').isCyber).toBe(true);
  });
});

describe('fraud and theft wording', () => {
  it('reads a bare headline verb after an attacker noun as the event', () => {
    expect(inc('The messages carry a link to a copy of the carrier\'s payment page, the company said.', 'Scammers spoof parcel firm in text wave').isCyber).toBe(true);
  });

  it('does not read a bare verb after another noun as the event', () => {
    expect(inc('Banks use software that flags scam calls before customers answer, an industry group said on Tuesday.', 'Banks use new tools against fraudsters').isCyber).toBe(false);
  });

  it('takes funds drained from crypto wallets as an event', () => {
    expect(inc('Thieves drained about 40 million dollars of tokens from the exchange\'s hot wallets overnight, the company said, and it has paused withdrawals.', 'Exchange pauses withdrawals').isCyber).toBe(true);
  });

  it('takes records offered for sale on a forum as a breach', () => {
    const i = inc('A seller has offered the details of 2 million hotel guests for sale on a criminal forum, a researcher said on Monday. The chain said it was looking into the claim.', 'Hotel guest data on sale');
    expect(i.isCyber).toBe(true);
    expect(i.types).toContain('data-breach');
  });
});

describe('second-batch mechanisms', () => {
  it('reads "deface" in the present and hacktivists as attackers', () => {
    expect(inc('The group left a message on the council website\'s front page on Saturday, officials said.', 'Hacktivists deface council website').isCyber).toBe(true);
  });

  it('takes control of devices taken over as an event, not a company taken over', () => {
    expect(inc('An unknown group took over about 40 internet-connected cameras at a city\'s traffic junctions and streamed their feeds online, police said.', 'Traffic cameras hijacked').isCyber).toBe(true);
    expect(inc('The investment firm took over the software maker in a 2 billion dollar deal on Monday, ending a year of talks.', 'Investor completes purchase').isCyber).toBe(false);
  });

  it('reads impersonation, fake ads and lookalike sites as phishing', () => {
    expect(inc('Callers posed as bank fraud officers and talked customers into reading out one-time codes, police said on Monday. Dozens of people lost money.', 'Bank customers lose savings to callers').types).toContain('phishing');
    expect(inc('Fake ads for a tax filing program sent users to lookalike sites that installed an information stealer, researchers said.', 'Tax season malware campaign').types).toContain('phishing');
  });

  it('reads a headline that drops the auxiliary ("accounts accessed") as a cue', () => {
    expect(inc('The airline said it had reset the passwords of affected members and that no payment cards were involved. It said it had detected the logins on Friday.', 'Frequent-flyer accounts accessed').isCyber).toBe(true);
  });

  it('reads captured card numbers as a breach and a threat to publish unless paid as ransomware', () => {
    const i = inc('Malware on the checkout page of the retailer captured card numbers of shoppers for six weeks, the company said. The criminals later threatened to publish the data unless the company paid.', 'Retailer finds skimming code on checkout page');
    expect(i.types).toEqual(expect.arrayContaining(['data-breach', 'ransomware']));
  });

  it('does not read "internet-exposed" as data exposed', () => {
    const i = inc('Hackers broke into internet-exposed controllers at a dam and changed the settings on a pump, officials said on Tuesday.', 'Hackers tamper with dam pump controls');
    expect(i.isCyber).toBe(true);
    expect(i.types).not.toContain('data-breach');
  });
});

// Wire briefs of accusations and denials, written for this round; first run: 5 of 8 called cyber,
// attribution 4 of 8 found, victims 6 of 9.
const BRIEFS: Array<[string, string, string, string[], string[]]> = [
  ['blame-register', 'Britain blames Beijing for hack of electoral register', 'Britain said on Monday that hackers backed by the Chinese state had accessed the electoral register, exposing the names and addresses of 40 million voters. China called the claim "fabricated".', ['GB'], ['CN']],
  ['kremlin-parties', 'Kremlin-linked group hit German parties, investigators say', 'German prosecutors said a group working for Moscow\'s military intelligence had sent phishing emails to members of the governing party and gained access to their accounts.', ['DE'], ['RU']],
  ['tehran-denies', 'Tehran denies role in Albanian cyberattack', 'Iran on Thursday rejected accusations that it was behind the attack that took down Albanian government websites in July, saying the claims were baseless.', ['AL'], ['IR']],
  ['charges-labs', 'US charges Chinese nationals over hacking of research labs', 'The Justice Department charged four Chinese citizens with breaking into the networks of American universities and defence labs on behalf of China\'s Ministry of State Security.', ['US'], ['CN']],
  ['gru-kyivstar', 'Ukraine says Russian hackers knocked out Kyivstar', 'Ukraine\'s security service said a unit of Russia\'s GRU was responsible for the attack that cut mobile service for millions of Kyivstar subscribers.', ['UA'], ['RU']],
  ['claims-fuel', 'Israel-linked group claims attack on Iran fuel stations', 'A hacking group that Iran says is tied to Israel claimed responsibility on Monday for an attack that disrupted petrol stations across Iran.', ['IR'], ['IL']],
];

describe('wire briefs of accusations and denials', () => {
  it.each(BRIEFS)('%s', (_id, headline, text, victims, attributedTo) => {
    const i = inc(text, headline);
    expect(i.isCyber).toBe(true);
    expect([...i.victims].sort()).toEqual([...victims].sort());
    expect([...i.attributedTo].sort()).toEqual([...attributedTo].sort());
  });

  it('reads a bare "attack" as the story\'s cyberattack only when told as an act', () => {
    // the same words in a story with no other cue: a bare attack is no cyber wording
    expect(inc('The minister rejected claims that the army was behind the attack that killed two guards on Sunday.', 'Minister denies army role in attack').isCyber).toBe(false);
    expect(inc('A pro-Russian hacking group said on Telegram that it was behind the attack that took down the websites of three Danish ministries on Wednesday.', 'Group claims attack on ministries').isCyber).toBe(true);
  });

  it('reads "breaking into" networks as an intrusion', () => {
    expect(inc('Prosecutors charged a former contractor on Tuesday with breaking into the computer systems of a hospital group and copying patient files.', 'Contractor charged').isCyber).toBe(true);
  });
});

describe('a bare attack needs a cyber event in the story', () => {
  it('does not take a politics story with a metaphor and a terrorist attack as an incident', () => {
    const text = 'One candidate called the video app "spyware" that was "polluting young minds". Another said the terrorist attack on the border town had been a failure of intelligence. A third said the party had attacked the president on energy.';
    expect(inc(text, 'Five takeaways from the debate').isCyber).toBe(false);
  });
});

describe('third-batch mechanisms', () => {
  it('reads an attack on IT systems, and an "IT attack", as a cyberattack', () => {
    expect(inc('Bin collections in the borough were delayed for a week because an attack on the council\'s computer network took the routing software offline, it said.', 'Bin rounds delayed').isCyber).toBe(true);
    expect(inc('Ambulance crews went back to paper forms on Sunday after the IT attack, the service said.', 'Ambulance service hit by IT attack').isCyber).toBe(true);
  });

  it('reads someone who "got into" a system as an intrusion', () => {
    expect(inc('Someone got into the email accounts of three county officials and sent invoices to suppliers asking for payment to a new bank account, the county said on Friday.', 'County warns suppliers').isCyber).toBe(true);
  });

  it('reads a cause without an article in a headline ("after intrusion")', () => {
    expect(inc('Ticket machines at the city\'s tram stops stopped taking cards on Saturday, the operator said. It has called in specialists.', 'Tram ticket machines down after intrusion').isCyber).toBe(true);
  });

  it('reads a sentence for breaking into a database as an event', () => {
    expect(inc('A court sentenced a former technician to four years on Monday for breaking into a clinic\'s patient database and demanding money from patients.', 'Technician jailed').isCyber).toBe(true);
  });

  it('does not take a patch release whose bugs were not exploited as an incident', () => {
    expect(inc('The browser maker fixed 14 security flaws on Tuesday. It said none of the bugs had been exploited in attacks.', 'Browser update fixes 14 flaws').isCyber).toBe(false);
  });

  it('reads attackers as a cue only with a computing word', () => {
    expect(inc('Attackers changed the passwords of the shop\'s administrator accounts and locked the owners out on Friday. The shop said the attackers had stolen its customer list.', 'Shop owners locked out of accounts').isCyber).toBe(true);
    expect(inc('Attackers threw stones at the bus and injured the driver, police said.', 'Bus stoned').isCyber).toBe(false);
  });
});
