// Issue 10, causes that still failed after the first round: one mechanism per case, each with a case it
// must not fire on. Sentences written for these tests (after public incidents, in our own words); none
// comes from the gold sets.
import { extract } from '../../../lib/extract';

const run = (text: string, headline: string | null = null, publishedAt = '2024-05-14T09:00:00Z') => extract({ headline, text, publishedAt });
const inc = (text: string, headline: string | null = null) => run(text, headline).incident;
const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name);

describe('isCyber: events told as a cause, account takeover, unauthorised access, floods', () => {
  it('takes "closed after a ransomware attack" in a one-sentence brief as the event', () => {
    const i = inc('The county closed its offices to the public on Monday after a ransomware attack that took payment and permit systems offline. The council will meet next week to set the budget.', 'County offices close');
    expect(i.isCyber).toBe(true);
    expect(i.types).toContain('ransomware');
  });

  it('does not take an exercise that simulates the response after an attack', () => {
    const i = inc('Power companies in the region took part in a drill on Wednesday that rehearsed the response after a cyberattack on a grid operator. No systems were affected.', 'Utilities rehearse grid attack');
    expect(i.isCyber).toBe(false);
  });

  it('takes criminals taking over messaging accounts with fake parcel texts as phishing', () => {
    const i = inc('Criminals are taking over Telegram accounts by sending messages that pretend to come from a courier and ask for a login code, police said.', 'Warning over hijacked chat accounts');
    expect(i.isCyber).toBe(true);
    expect(i.types).toContain('phishing');
  });

  it('reads "accessed without authorisation" as an intrusion even without other cue words', () => {
    const i = inc('The brewer said its network had been accessed without authorisation over the weekend, halting production at two plants. It said customer records may have been taken.');
    expect(i.isCyber).toBe(true);
    expect(i.types).toContain('data-breach');
  });

  it('reads a portal flooded with traffic as an attack, a river flooded with water as none', () => {
    expect(inc('A hacktivist group flooded the tax portal and other state websites with junk traffic for two days, officials said.').isCyber).toBe(true);
    expect(inc('The river flooded the valley with water for two days, officials said.').isCyber).toBe(false);
  });
});

describe('types from this incident only', () => {
  it('takes no type from a clause that denies the harm', () => {
    const i = inc('The chain said hackers had disrupted its booking systems on Sunday. There is no evidence that customer data was taken, a spokeswoman said, and stores remain open.', 'Retailer hit by hackers');
    expect(i.isCyber).toBe(true);
    expect(i.types).not.toContain('data-breach');
  });

  it('takes no type from what readers are told to beware of, even in a strong sentence', () => {
    const i = inc('Criminals encrypted the insurer\'s servers and published data of its members online. The insurer urged members to watch out for phishing messages that use the stolen details.', 'Insurer hit by ransomware');
    expect(i.types).toEqual(expect.arrayContaining(['ransomware', 'data-breach']));
    expect(i.types).not.toContain('phishing');
  });

  it('takes no type from staff warned about scam emails', () => {
    const i = inc('A ransomware attack shut down the clinic\'s booking system on Friday. Staff at two other clinics were warned about scam emails.', 'Clinic hit by ransomware');
    expect(i.types).not.toContain('phishing');
  });
});

describe('victim organizations', () => {
  it('takes the bullet items under a hit sentence ending in a colon', () => {
    const r = run('Companies that have said customer data was stolen in the attack on the file-sharing service:\n- Northwind Logistics\n- Aer Lingus\n- Contoso Bank', 'The victims so far');
    expect(r.incident.victimOrganizations).toEqual(expect.arrayContaining(['Aer Lingus']));
  });

  it('takes the first member of a list whose known member comes later', () => {
    const r = run('Dealership groups Vantorix, Lithia Motors and Penske Automotive said a cyberattack on their software supplier had halted sales.', 'Dealers hit by supplier outage');
    expect(names(r.organizations)).toEqual(expect.arrayContaining(['Vantorix', 'Lithia Motors', 'Penske Automotive']));
    expect(r.incident.victimOrganizations).toEqual(expect.arrayContaining(['Vantorix', 'Lithia Motors', 'Penske Automotive']));
  });

  it('does not take a sentence adverb or a place after a preposition as a list member', () => {
    const r = run('Separately, Barts Health NHS Trust said a cyberattack had hit its payroll system. Its offices in Greenbelt, Maryland and London were closed.', 'Trust hit by hackers');
    expect(names(r.organizations)).not.toContain('Separately');
    expect(names(r.organizations)).not.toContain('Greenbelt');
  });

  it('takes a company that says it paid a ransom, and companies tricked by fake invoices', () => {
    expect(inc('The University of Northshire said it paid a ransom of $400,000 to criminals who locked files on its servers.').victimOrganizations).toContain('University of Northshire');
    const i = inc('Prosecutors said the man sent fake invoices to Google and Facebook while posing as a hardware supplier.', 'Man jailed for tricking Google and Facebook');
    expect(i.victimOrganizations).toEqual(expect.arrayContaining(['Google', 'Facebook']));
  });

  it('takes "a cyberattack on software provider X" and "data of members of X"', () => {
    expect(inc('Dealers said a cyberattack on software provider Northwind Systems had disrupted their sales.').victimOrganizations).toContain('Northwind Systems');
  });

  it('does not take organizations hit in earlier incidents told below the lead', () => {
    const i = inc('Hackers broke into the newspaper\'s Twitter account on Monday and posted false reports.\nIt was the newspaper\'s first such incident.\nThe editor apologised.\nThe group has previously hijacked the accounts of other outlets, including Reuters and the BBC.', 'Newspaper account hacked');
    expect(i.victimOrganizations).not.toContain('Reuters');
  });
});

describe('names', () => {
  it('keeps "Guy\'s and St Thomas\' NHS Foundation Trust" whole and apart from the place before it', () => {
    const r = run('Barts Health NHS Trust in London and Guy\'s and St Thomas\' NHS Foundation Trust said blood tests were delayed by a ransomware attack on a supplier.', 'Hospitals hit');
    expect(names(r.organizations)).toContain('Guy\'s and St Thomas\' NHS Foundation Trust');
    expect(names(r.organizations)).not.toContain('London and Guy\'s and St Thomas\' NHS Foundation Trust');
  });

  it('reads "X Public Schools" as an organization and "Disney+" as a product', () => {
    const r = run('Minneapolis Public Schools said data stolen from its network was posted online by a ransomware gang.', 'District confirms data leak');
    expect(names(r.organizations)).toContain('Minneapolis Public Schools');
    const d = run('Hackers sold thousands of hijacked Disney+ accounts on dark web forums hours after the streaming service launched.', 'Disney+ accounts for sale');
    expect(names(d.systems)).toContain('Disney+');
  });
});

describe('victim and attributed countries', () => {
  it('gives a vendor that patches the exploited flaw no victim country', () => {
    const i = inc('Microsoft on Tuesday released fixes for 60 flaws, including one that it said a group based in Russia had exploited against organisations in Europe.', 'Microsoft patches bug used by Russian hackers');
    expect(i.victims).not.toContain('US');
    expect(i.attributedTo).toContain('RU');
  });

  it('does not take where a fraudster registered a company as the place of the attack', () => {
    const i = inc('A Lithuanian man registered a company in Latvia and sent fake invoices to two U.S. technology companies, prosecutors in New York said.', 'Man jailed over fake invoices');
    expect(i.victims).not.toContain('LV');
  });

  it('takes telecom providers in a country as victims there', () => {
    const i = inc('State-backed hackers are breaking into the networks of telecommunications providers in the United States, officials said.', 'Hackers breach telecom networks');
    expect(i.victims).toContain('US');
  });

  it('does not attribute to the country that begins the name of the body hit', () => {
    const i = inc('Data of members of the Philippine Health Insurance Corporation was published on the dark web by a ransomware group.', 'Insurer data leaked');
    expect(i.attributedTo).not.toContain('PH');
  });
});

// written after the first scoring of gold/new3 showed these mechanisms failing (new sentences, not the gold texts)
describe('mechanisms found by the third gold batch', () => {
  it('attributes "a group that works in support of the Chinese government" and keeps "since 2022" in the story', () => {
    const i = inc('Researchers said the intrusions were the work of a group that works in support of the Chinese government. The hackers have stolen emails from several ministries since at least March 2023.', 'Mail servers hacked', );
    expect(i.attributedTo).toContain('CN');
    expect(i.types).toContain('data-breach');
  });

  it('lets a unit speak for its parent and does not make the unit a company', () => {
    const r = run('Hyundai\'s Baltic business said on Tuesday it was investigating a cyber incident affecting its dealer systems.', 'Carmaker unit investigates cyber incident');
    expect(r.incident.victimOrganizations).toContain('Hyundai');
    expect(names(r.organizations)).not.toContain('Baltic');
  });

  it('takes "personal particulars" as personal data and fraudsters\' emails as phishing', () => {
    expect(inc('Hackers stole the personal particulars of 200,000 customers of a telecom operator, the regulator said.').types).toContain('data-breach');
    expect(inc('The shipper said fraudsters sent emails that told its accounts staff to change a supplier\'s bank details, and it was tricked into wiring $5 million.', 'Shipper loses $5 million to fraud').types).toContain('phishing');
  });

  it('does not attribute to the people a fake report was about', () => {
    const i = inc('The minister said Russia was probably behind a cyberattack in which a false report about the call-up of Polish men was posted on the news agency\'s feed.', 'Poland blames Russia for fake report');
    expect(i.attributedTo).toEqual(['RU']);
  });

  it('takes a name alone on a bullet line of a list about an incident as an organization', () => {
    const r = run('Firms that have said data was stolen in the attack on the payroll supplier:\n- Northwind Traders\n- Fabrikam Logistics', 'Payroll hack victims');
    expect(names(r.organizations)).toEqual(expect.arrayContaining(['Northwind Traders', 'Fabrikam Logistics']));
  });
});

// written after the first scoring of gold/new4 showed these mechanisms failing (new sentences, not the gold texts)
describe('mechanisms found by the fourth gold batch', () => {
  it('reads a tax office warning about fake rebate texts as a phishing story in which the office is not hit', () => {
    const i = inc('The revenue agency warned people to be on their guard against scam text messages that promise a refund and ask for card details.', 'Tax office warns over fake rebate texts');
    expect(i.isCyber).toBe(true);
    expect(i.types).toContain('phishing');
    const r = run('HM Revenue and Customs said scam emails that promise a tax refund have been sent to thousands of people.', 'HMRC warns of fake refund emails');
    expect(r.incident.victimOrganizations).not.toContain('HM Revenue and Customs');
    expect(names(r.agencies)).toContain('HM Revenue and Customs');
  });

  it('takes banks named in apposition before "were knocked offline" as hit, and the websites of a ministry', () => {
    const i = inc('The websites of Moldova\'s interior ministry and the online services of two banks, Banca Alfa and Banca Beta, were knocked offline by a denial-of-service attack.', 'Ministry and banks knocked offline');
    expect(i.victimOrganizations).toEqual(expect.arrayContaining(['Banca Beta']));
    expect((i.victimOrganizations ?? []).some((n) => /Interior Ministry/i.test(n))).toBe(true);
  });
});
