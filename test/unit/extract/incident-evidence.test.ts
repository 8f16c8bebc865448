// Issue 10: incident evidence from this story's own incident. Every sentence here was written for these
// tests (none comes from the gold sets), one mechanism per case.
import { extract } from '../../../lib/extract';
import { attackVerbEvent, FRAUD_CUE } from '../../../lib/extract/cues';
import { tokenize } from '../../../lib/extract/text';

const run = (text: string, headline: string | null = null, publishedAt = '2025-03-12T09:00:00Z') => extract({ headline, text, publishedAt });
const inc = (text: string, headline: string | null = null, publishedAt?: string) => run(text, headline, publishedAt).incident;
const low = (s: string) => tokenize(s).map((t) => t.text.toLowerCase());

describe('isCyber: fraud, scam and phishing vocabulary', () => {
  it('takes smishing, scam emails and fraudsters posing as a bank as attack reports', () => {
    const i = inc('Police said fraudsters posing as staff of a regional lender are sending text messages that link to a fake login page. Dozens of residents lost their savings last week.', 'Police warn of smishing wave targeting bank customers');
    expect(i.isCyber).toBe(true);
    expect(i.types).toContain('phishing');
    for (const s of ['a malspam run', 'robocalls claiming to be the tax office', 'scam emails about parcels', 'a spoofed sender']) expect(FRAUD_CUE.test(s)).toBe(true);
  });

  it('does not take a financial fraud trial without any electronic channel for one', () => {
    const i = inc('A former fund manager was jailed for eight years for defrauding pension savers of $40 million. The judge said he had lied to investors for a decade.', 'Fund manager jailed for pension fraud');
    expect(i.isCyber).toBe(false);
  });
});

describe('isCyber: vulnerabilities', () => {
  it('counts an attack reported inside a patch story', () => {
    const i = inc('The software maker released fixes for three flaws in its file server on Tuesday. One of them is being actively exploited by criminals to install web shells, the company said.', 'Vendor patches file server flaws');
    expect(i.isCyber).toBe(true);
  });

  it('rejects a patch story whose flaw was not exploited', () => {
    const i = inc('The browser maker fixed a serious memory bug that could let a website run code on a visitor\'s computer. It said there was no evidence that the flaw had been exploited.', 'Browser update fixes serious bug');
    expect(i.isCyber).toBe(false);
  });
});

describe('isCyber: briefs, tense and negation scope', () => {
  it('accepts a headline and one strong sentence', () => {
    const i = inc('Hackers stole the personal details of 40,000 members of a Danish trade union, the union said on Friday.', 'Union says members\' data stolen');
    expect(i.isCyber).toBe(true);
    expect(i.types).toContain('data-breach');
  });

  it('reads present-tense campaign language from the lexicon tags', () => {
    expect(attackVerbEvent(low('A criminal group is using fake invoices to trick finance staff.'))).toBe(true);
    expect(attackVerbEvent(low('The worm has swept through hundreds of factories.'))).toBe(true);
    expect(attackVerbEvent(low('The loader targets accounting firms.'))).toBe(true);
    expect(attackVerbEvent(low('The bug could let an attacker take over a server if left unpatched.'))).toBe(false);
    expect(attackVerbEvent(low('Staff were told how to avoid clicking links meant to steal passwords.'))).toBe(false);
  });

  it('keeps a scope statement ("no evidence that customer data ...") from outweighing the headline', () => {
    const i = inc('The council\'s payment portal was taken offline on Monday after a ransomware attack encrypted its servers. There is no evidence that residents\' bank details were taken, officials said.', 'Ransomware attack shuts council payment portal');
    expect(i.isCyber).toBe(true);
  });

  it('still rejects an outage whose owner rules out an attack', () => {
    const i = inc('The card network went down for four hours on Saturday. The company said there was no indication of a cyberattack and blamed a faulty configuration change.', 'Card payments fail across the country');
    expect(i.isCyber).toBe(false);
  });
});

describe('types from this incident only', () => {
  it('reads ransomware from a bare ransom in bitcoin', () => {
    expect(inc('Attackers locked the clinic\'s computers and asked for a ransom in bitcoin, the clinic said.', 'Clinic computers locked by hackers').types).toContain('ransomware');
  });

  it('reads data breach from passive wording and sale offers', () => {
    const i = inc('The retailer said passwords for 1.2 million loyalty accounts were stolen and later offered for sale on a forum.', 'Retailer confirms hack of loyalty accounts');
    expect(i.types).toContain('data-breach');
  });

  it('does not take types from advice or background sentences', () => {
    const i = inc('Hackers knocked the ferry operator\'s booking website offline with a flood of junk traffic on Sunday. In 2019 the operator had been hit by ransomware. Customers should be wary of phishing emails, the company advised.', 'Ferry booking site knocked offline by DDoS attack');
    expect(i.types).toContain('ddos');
    expect(i.types).not.toContain('ransomware');
    expect(i.types).not.toContain('phishing');
  });
});

describe('incident.victimOrganizations', () => {
  it('lists every member of a list of victims', () => {
    const r = run('The outage hit Heineken, Ryanair, Vodafone and Lidl, the supplier said, after a ransomware attack on its data centre.', 'Ransomware attack on IT supplier disrupts big brands');
    expect(r.incident.victimOrganizations).toEqual(expect.arrayContaining(['Heineken', 'Ryanair', 'Vodafone', 'Lidl']));
  });

  it('takes a lone brand that is the headline subject', () => {
    const r = run('Brightwell said on Thursday that an intruder had accessed a customer database and that it had informed regulators.', 'Brightwell says hackers accessed customer database');
    expect(r.organizations.map((o) => o.name)).toContain('Brightwell');
    expect(r.incident.victimOrganizations).toContain('Brightwell');
  });

  it('covers school districts and high schools as heads', () => {
    const r = run('The Fairview Unified School District said a ransomware attack had shut its computer systems, and Fairview High School cancelled classes.', 'Ransomware hits school district');
    const names = [...r.agencies, ...r.organizations].map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Fairview Unified School District', 'Fairview High School']));
    expect(r.incident.victimOrganizations).toContain('Fairview Unified School District');
  });

  it('finds the organization named inside a system name', () => {
    const r = run('Investigators found ransomware in the Norveld computer system on Sunday, and the company shut its plants.', 'Parts maker hit by cyberattack');
    expect(r.organizations.map((o) => o.name)).toContain('Norveld');
  });

  it('keeps "Allen & Overy"-style firm names whole', () => {
    const r = run('The attack hit the law firm Harlow & Finch, which said client files had been stolen.', 'Law firm hit by hackers');
    expect(r.organizations.map((o) => o.name)).toContain('Harlow & Finch');
  });
});

describe('victims and attribution phrasings', () => {
  it('reads "accused Russia of", "Iran cyberattack on" and "carried out by Israeli operatives"', () => {
    expect(inc('Poland accused Russia of a cyberattack on its railway signalling network last week.', 'Poland blames Russia for rail hack').attributedTo).toContain('RU');
    expect(inc('Officials said the Iran cyberattack on the water utility was stopped before chlorine levels changed.', 'Water utility attack foiled').attributedTo).toContain('IR');
    expect(inc('The disruption at the port was carried out by Israeli operatives, a newspaper reported, citing officials.', 'Port computers disrupted by cyberattack').attributedTo).toContain('IL');
  });

  it('does not take "national" in a system name for an attacker nationality', () => {
    const i = inc('Hackers encrypted the Indonesian national data centre on Thursday, halting immigration checks.', 'Ransomware cripples national data centre');
    expect(i.attributedTo).not.toContain('ID');
  });

  it('does not read the robbed bank\'s country as the origin', () => {
    const i = inc('Hackers stole $60 million from the Bangladesh Bank account at the Federal Reserve, officials said. North Korean hackers were blamed.', 'Bank heist by hackers');
    expect(i.attributedTo).not.toContain('BD');
    expect(i.attributedTo).toContain('KP');
  });

  it('does not take a nationality naming a news source as a victim', () => {
    const i = inc('Hackers breached the payroll system of a Dutch hospital group, a British newspaper reported on Monday.', 'Hospital payroll system breached');
    expect(i.victims).not.toContain('GB');
  });

  it('ignores a denial about an earlier, different incident', () => {
    const i = inc('Ransomware shut the brewery\'s plants on Monday, the company said. In 2017 China denied hacking a rival brewer.', 'Brewery halts production after ransomware attack');
    expect(i.attributedTo).not.toContain('CN');
  });
});
