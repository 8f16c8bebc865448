// Issue 10, third round: the mechanisms behind the failures of the new5 batch and of bench:dedup's fresh
// incident sets, one per case, each with a case it must not fire on. Sentences written for these tests
// (after public incidents, in our own words); none comes from the gold sets or the dedup fixtures.
import { extract } from '../../../lib/extract';
import { cleanText } from '../../../lib/clean';

const run = (text: string, headline: string | null = null, publishedAt = '2024-05-14T09:00:00Z') => extract({ headline, text, publishedAt });
const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name);

describe('lone brands with no role word', () => {
  it('takes the headline subject that detects, halts or restores as the hit company, when the body capitalizes it too', () => {
    const r = run('Varnholt said it had found unusual activity on its network and had taken its booking systems offline. Varnholt clinics were sending patients elsewhere.', 'Varnholt detects intrusion, halts bookings after cyberattack');
    expect(names(r.organizations)).toContain('Varnholt');
    expect(r.incident.victimOrganizations).toContain('Varnholt');
  });

  it('does not take a headline-opening ordinary word the body writes in lower case', () => {
    const r = run('The port said online bookings had been restored after the ransomware attack. The port said no data was taken.', 'Port restores bookings after ransomware attack');
    expect(names(r.organizations)).not.toContain('Port');
  });

  it('reads past an apposition to the verb: "X, one of the largest grocers in the country, said ..."', () => {
    const r = run('Quellmart, one of the largest grocery chains in the Netherlands, said a cyberattack had knocked out its payment terminals on Saturday.', 'Payment terminals down at Dutch grocer');
    expect(names(r.organizations)).toContain('Quellmart');
    expect(r.incident.victimOrganizations).toContain('Quellmart');
  });

  it('takes the subject of the lead ("X said online sales had been restored") and a name that says it was hit', () => {
    const r = run('Ostrava Teplo said heating bills could not be paid online for a week. Separately, Brennik Fasteners said it was hit by ransomware on Friday.', 'Heating firm restores payments after cyberattack');
    expect(names(r.organizations)).toEqual(expect.arrayContaining(['Ostrava Teplo', 'Brennik Fasteners']));
  });

  it('takes "the attack on X" and "a Group that reports its own incident" as companies, not "malware in X targeted firms"', () => {
    const r = run('Researchers said the attack on Pellworth Logistics began with a stolen password. Kessel Holdings Group said a ransomware attack had disrupted its warehouses.', 'Ransomware hits logistics firms');
    expect(names(r.organizations)).toEqual(expect.arrayContaining(['Pellworth Logistics', 'Kessel Holdings Group']));
    const q = run('Hackers who hid malware in Tidyup targeted banks in Asia, researchers said. The tainted Tidyup installer was downloaded 5,000 times.', 'Malware in Tidyup targeted banks');
    expect(names(q.organizations)).not.toContain('Tidyup');
  });

  it('splits "dealer groups including A and B Motors" into two members', () => {
    const r = run('The outage hit dealer groups including Carrowby and Fenwick Motors, which said their sales systems were disrupted by the ransomware attack.', 'Dealers hit by software outage');
    expect(names(r.organizations)).toEqual(expect.arrayContaining(['Carrowby', 'Fenwick Motors']));
    expect(names(r.organizations)).not.toContain('Carrowby and Fenwick Motors');
  });

  it('ends a system phrase at a present-tense verb: "as X shuts systems" is no system', () => {
    const r = run('Pharmacies could not fill prescriptions as Medlane Global shuts systems after a cyberattack, the company said.', 'Pharmacies hit as Medlane Global shuts systems');
    expect(names(r.systems).some((s) => /shuts/.test(s))).toBe(false);
  });
});

describe('names that run on', () => {
  it('keeps a known company and the name the lexicon does not know after it together when it acts as a company', () => {
    const r = run('Honda Kogyo said a fraudulent email had tricked staff into wiring $2 million. Honda cars were not affected.', 'Parts maker loses $2 million to email fraud');
    expect(names(r.organizations)).toContain('Honda Kogyo');
  });

  it('keeps a campus in a university name', () => {
    const r = run('The University of California San Diego said hackers had stolen research records from a lab server.', 'University says research data stolen');
    expect(names(r.organizations)).toContain('University of California San Diego');
  });

  it('reads "Bank X Indonesia" as one company of that country', () => {
    const r = run('Bank Sentosa Indonesia said its mobile banking was down for two days after a ransomware attack.', 'Bank app down after ransomware attack');
    const org = r.organizations.find((o) => o.name === 'Bank Sentosa Indonesia');
    expect(org?.country).toBe('ID');
  });

  it('does not make the researchers\' institution the victim of "a breach at Y"', () => {
    const r = run('Researchers at the University of Oxford said a data breach at Lantern Hotels exposed 2 million guest records.', 'Hotel chain breach exposes guests');
    expect(r.incident.victimOrganizations).not.toContain('University of Oxford');
  });
});

describe('products and their companies', () => {
  it('makes a platform used by the attackers a system, and the company an organization only where it acts', () => {
    const used = run('Fraudsters took over hundreds of WhatsApp accounts by sending texts that posed as a parcel courier, police said. The victims\' contacts then got WhatsApp messages asking for money.', 'Police warn of hijacked chat accounts');
    expect(names(used.systems)).toContain('WhatsApp');
    expect(names(used.organizations)).not.toContain('WhatsApp');
    const acts = run('Scammers hijacked Telegram accounts with fake login pages. Telegram said it had blocked the pages and urged users to turn on two-step verification.', 'Telegram accounts hijacked in phishing wave');
    expect(names(acts.organizations)).toContain('Telegram');
    expect(names(acts.systems)).toContain('Telegram');
  });

  it('takes a bare domain in a sentence about an attack as a system, not in a sentence without one', () => {
    const r = run('Visitors to tallyvote.org saw a defaced page on Tuesday after hackers broke into the site, the election group said.', 'Election group website defaced');
    expect(names(r.systems)).toContain('tallyvote.org');
    const q = run('Hackers broke into the council\'s network last week. Details are on council.gov.xx for residents who want to read more.', 'Council network breached');
    expect(names(q.systems)).not.toContain('council.gov.xx');
  });
});

describe('isCyber and types: hard negatives and old incidents', () => {
  it('reads a breached defence in a match report as no incident', () => {
    const r = run('Porto breached the home defence twice in the first half and their attack kept pressing until the final whistle. The coach said his side had attacked with courage.', 'Porto attack too strong for hosts');
    expect(r.incident.isCyber).toBe(false);
  });

  it('reads a cyber-insurance market story as policy, not an incident', () => {
    const r = run('Insurers will exclude state-backed attacks from cyber policies from next year, brokers said. Premiums rose after the 2017 NotPetya malware caused billions in losses.', 'Insurers to exclude state-backed cyberattacks from cover');
    expect(r.incident.isCyber).toBe(false);
  });

  it('types a regulator\'s fine for an old attack from its lead, and takes the fined company as the victim', () => {
    const r = run('The data protection authority has fined Corvane Software £2 million after a ransomware attack in 2021 exposed personal information of 40,000 patients.', 'Regulator fines software maker over ransomware attack', '2025-03-01T09:00:00Z');
    expect(r.incident.types).toEqual(expect.arrayContaining(['ransomware', 'data-breach']));
    expect(r.incident.victimOrganizations).toContain('Corvane Software');
  });

  it('does not type an open question ("whether any data was stolen") as a breach', () => {
    const r = run('Lumora said a cyberattack had halted its plants but did not say whether any data had been stolen.', 'Lumora halts plants after cyberattack');
    expect(r.incident.types).not.toContain('data-breach');
  });

  it('types "data had probably been copied" and "stole contracts, payroll files and user data" as breaches', () => {
    expect(run('The college said an unauthorised party had got into its systems and data had probably been copied.', 'College hit by cyber incident').incident.types).toContain('data-breach');
    expect(run('The gang said it had stolen contracts, payroll files and user data from the publisher after the ransomware attack.', 'Publisher hit by ransomware').incident.types).toContain('data-breach');
  });
});

describe('victim organizations in lists and by what they lost', () => {
  it('takes every member of "airlines, including A, B and C" hit through a supplier', () => {
    const r = run('A cyberattack on the booking system supplier Travix disrupted several airlines, including Nordair, Bluewing Airways and Aerolinea Sur.', 'Airlines hit by booking supplier attack');
    expect(r.incident.victimOrganizations).toEqual(expect.arrayContaining(['Nordair', 'Bluewing Airways', 'Aerolinea Sur']));
  });

  it('takes "X, a crypto lender, lost $9 million after the breach"', () => {
    const r = run('Hackers tricked an employee of the software firm into giving up a login code. Veltro Finance, a crypto lender that uses the software, lost about $9 million after the breach.', 'Phishing text opens software firm to hackers');
    expect(r.incident.victimOrganizations).toContain('Veltro Finance');
  });
});

describe('parents, suppliers and nationalities in appositions', () => {
  it('takes "X, a unit of Y" as two companies, the unit hit and not its parent', () => {
    const r = run('Tervola Avionics, a unit of Brightwave, said its check-in software was hit by ransomware.', 'Check-in software hit by ransomware');
    expect(names(r.organizations)).toEqual(expect.arrayContaining(['Tervola Avionics', 'Brightwave']));
    expect(r.incident.victimOrganizations).toContain('Tervola Avionics');
    expect(r.incident.victimOrganizations).not.toContain('Brightwave');
  });

  it('takes the company named after its supplier role ("its IT service provider, Nordwest-IT"), not a person after an institution', () => {
    const r = run('Forty towns could not serve residents after a ransomware attack on their shared IT service provider, Nordwest-IT, a spokesperson said.', 'Town halls shut after cyberattack');
    expect(names(r.organizations)).toContain('Nordwest-IT');
    const q = run('The head of the national archives organization, Behrouz Nasseri, said hackers had targeted its servers.', 'Archive servers targeted');
    expect(names(q.organizations)).not.toContain('Behrouz Nasseri');
  });

  it('attributes to both nationalities of "a dual Russian and Belarusian national"', () => {
    const r = run('A dual Russian and Belarusian national was charged with deploying the ransomware against hospitals in Ohio.', 'Man charged over hospital ransomware');
    expect(r.incident.attributedTo).toEqual(expect.arrayContaining(['RU', 'BY']));
  });

  it('reads hackers who targeted hospitals as an attack, golf hackers as none', () => {
    expect(run('Hackers targeted hospitals in France and Belgium on Monday, officials said.', 'Hospitals targeted').incident.isCyber).toBe(true);
    expect(run('Weekend hackers crowded the driving range on Monday, the club said.', 'Golf club busy').incident.isCyber).toBe(false);
  });
});

describe('datelines on their own line', () => {
  it('reads "CITY, Month D, YYYY" above the body as the dateline, and its country as the victim\'s', async () => {
    const page = await cleanText('Brewer halts production after cyberattack\nKYIV, March 3, 2025\n\nA brewer said a cyberattack had halted production at two plants and knocked out its ordering system.\n');
    expect(page.dateline?.country).toBe('UA');
    const r = extract({ headline: page.headline, text: page.text, publishedAt: page.publishedAt, dateline: page.dateline });
    expect(r.incident.victims).toContain('UA');
  });

  it('does not read a headline-like line with a date as a dateline', async () => {
    const page = await cleanText('Results for March 3, 2025\n\nThe club won its third match in a row on Sunday, with two goals in the second half.\n');
    expect(page.dateline).toBeNull();
  });
});
