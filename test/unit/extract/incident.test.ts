import { extract } from '../../../lib/extract';

const inc = (text: string, headline: string | null = null, publishedAt = '2022-09-10T13:33:00Z') =>
  extract({ headline, text, publishedAt }).incident;

describe('incident: isCyber', () => {
  it('recognizes an attack story with a confidence', () => {
    const i = inc('Albania said on Saturday that a police system was hit by a cyberattack that came from Iran. The government temporarily shut down the systems.', 'Albania says border system hit by Iranian cyberattack');
    expect(i.isCyber).toBe(true);
    expect(i.confidence).toBeGreaterThan(0.5);
    expect(i.types).toContain('cyberattack');
  });

  it('rejects outages the company says were not attacks', () => {
    const i = inc("The airline blamed a power supply failure for the IT outage that stranded 75,000 passengers. Its chief executive said there was no evidence of a cyberattack.", 'Airline IT failure strands thousands');
    expect(i).toMatchObject({ isCyber: false, victims: [], attributedTo: [] });
  });

  it('rejects stories where "hackers" are golfers and where cyber is only policy', () => {
    expect(inc('Weekend hackers will lose about 15 yards off the tee under the new golf ball rules, the governing bodies said.', 'Golf rolls back the ball').isCyber).toBe(false);
    expect(inc('The government unveiled a strategy to fund cyber defences and require companies to report ransomware payments, officials said. The plan will cost $587 million.', 'Australia unveils cyber security strategy').isCyber).toBe(false);
  });

  it('types the incident', () => {
    const i = inc('Hackers encrypted the hospital files and demanded a ransom, then leaked stolen patient data. Separately, a DDoS attack flooded the ministry website with junk traffic.', 'Ransomware attack hits hospital');
    expect(i.types).toEqual(expect.arrayContaining(['ransomware', 'data-breach', 'ddos']));
  });
});

describe('incident: victims and attribution', () => {
  it('separates the country hit from the country blamed, denials included', () => {
    const i = inc("Albania's Interior Ministry said one of its border systems was hit by a cyberattack that came from the same Iranian source as an earlier attack. Tehran denied any involvement.", 'Albania reports cyberattack by Iran');
    expect(i.victims).toEqual(['AL']);
    expect(i.attributedTo).toEqual(['IR']);
  });

  it('counts a denial as reported attribution', () => {
    const i = inc('Hackers knocked government websites in Estonia offline for days. Moscow has denied any involvement.', 'Estonia hit by wave of cyberattacks');
    expect(i.victims).toContain('EE');
    expect(i.attributedTo).toEqual(['RU']);
  });

  it('reads attacker nationality and bases', () => {
    const i = inc('A criminal group likely based in Russia hit servers supporting the company\'s IT systems in North America and Australia, the White House said.', 'Meat processor hit by ransomware attack');
    expect(i.attributedTo).toEqual(['RU']);
    expect(i.victims).toEqual(expect.arrayContaining(['AU']));
  });

  it('shares a victim role across a list of countries', () => {
    const i = inc('Santander said information on customers in Spain, Chile and Uruguay had been accessed by hackers.', 'Bank says hackers accessed customer data');
    expect(i.victims.sort()).toEqual(['CL', 'ES', 'UY']);
  });
});

describe('incident: dates and responses', () => {
  it('resolves event dates against the publication date', () => {
    const i = inc('Albania said a police system was hit by a cyberattack the previous evening, similar to the attack that e-Albania suffered on July 15. Hackers also struck on Sunday.', 'Albania hit by cyberattack', '2022-09-10T13:33:00Z');
    expect(i.eventDates).toEqual(expect.arrayContaining(['2022-07-15', '2022-09-09', '2022-09-04']));
  });

  it('finds responses and honours negated ransom payments', () => {
    const i = inc('The U.S. imposed sanctions on the group and expelled two diplomats. Prosecutors indicted three men, police arrested one of them and the FBI seized the gang\'s servers. The city did not pay the ransom and took its systems offline while investigators examined the breach.', 'City hit by ransomware attack');
    expect(i.responses).toEqual(expect.arrayContaining(['sanctions', 'diplomatic', 'indictment', 'arrest', 'takedown', 'systems-shutdown', 'investigation']));
    expect(i.responses).not.toContain('ransom-paid');
    expect(inc('The company paid a $4.4 million ransom to the hackers after the cyberattack.', 'Pipeline paid ransom after cyberattack').responses).toContain('ransom-paid');
  });
});
