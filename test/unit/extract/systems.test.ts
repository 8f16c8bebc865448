import { extract } from '../../../lib/extract';
import type { NamedEntity } from '../../../lib/types';

const run = (text: string) => extract({ headline: null, text, publishedAt: '2023-05-02T09:00:00Z' });
const names = (list: NamedEntity[]) => list.map((e) => e.name);

describe('named systems', () => {
  it('keeps underscores inside product names and reads them by apposition', () => {
    const out = run('Investigators said the intruders planted a backdoor in Meridian_Ledger, an accounting application sold to hospitals, before the ransomware attack.');
    expect(names(out.systems)).toContain('Meridian_Ledger');
  });

  it('reads a capitalized "... Tool" as a system', () => {
    const out = run('Prosecutors said the hackers used the Customer Lookup Tool that the bank relied on to reset passwords after they breached its network.');
    expect(names(out.systems)).toContain('Customer Lookup Tool');
  });
});

describe('lower-case acronym definitions', () => {
  it('reads "<phrase> (ACR) <head>" as a system when the initials spell the acronym', () => {
    const out = run('The attackers got in through a stolen remote desktop protocol (RDP) server password and encrypted the hospital network.');
    const sys = out.systems.find((e) => e.name === 'remote desktop protocol server');
    expect(sys?.acronym).toBe('RDP');
  });

  it('reads the way in: "through a ... (API)"', () => {
    const out = run('Customer records were taken through an unprotected application programming interface (API), the insurer said.');
    expect(names(out.systems)).toContain('application programming interface');
  });

  it('ignores phrases whose initials do not spell the acronym or that name no system', () => {
    const out = run('The attackers breached the firm through its chief financial officer (CFO) and a distributed denial of service (DDoS) flood.');
    expect(out.systems.filter((e) => e.acronym === 'CFO' || e.acronym === 'DDoS')).toEqual([]);
  });
});


describe('systems named by their maker or operator', () => {
  it('reads "<described system> made/run by <organization or agency>"', () => {
    const out = run('The ransomware gang encrypted the building management systems made by Sweden\'s Nordvik Controls, and stolen files came from a data center run by the Transport Ministry.');
    expect(names(out.systems)).toEqual(expect.arrayContaining(['Nordvik Controls building management systems', 'Transport Ministry data center']));
  });

  it('needs an organization right after "by" and a specific description', () => {
    const out = run('Hackers hit systems run by volunteers, and a center run by the Red Cross was unaffected by the attack.');
    expect(out.systems).toEqual([]);
  });
});

describe('"the <system> of <body>"', () => {
  it('reads a country-owned body and keeps the describing words', () => {
    const out = run("The website of Chile's Electoral Service was knocked offline by a DDoS attack, and the computer systems of the Health Ministry were encrypted.");
    const site = out.systems.find((e) => e.name === 'Electoral Service website');
    expect(site?.country).toBe('CL');
    expect(names(out.systems)).toContain('Health Ministry computer systems');
  });
});

describe('owner-singled systems with telling heads and accounts', () => {
  it('reads "its online catalogue" and "its cash registers" in attack sentences, not a back catalogue', () => {
    const out = run('The ransomware attack took down the museum\'s website and its online catalogue, and a bakery chain closed because its cash registers stopped working.');
    expect(names(out.systems)).toEqual(expect.arrayContaining(['online catalogue', 'cash registers']));
    expect(names(run('The singer said her label used its back catalogue to fund new albums.').systems)).toEqual([]);
  });

  it('reads a platform account singled out by its owner, and an access account used as the way in', () => {
    const out = run('Hackers took over the Instagram account of Nordvik Airlines after getting in through a remote access account of a supplier.');
    expect(names(out.systems)).toEqual(expect.arrayContaining(['Nordvik Airlines Instagram account', 'remote access account']));
    expect(names(run('Hackers stole money moved through a bank account in Latvia.').systems)).toEqual([]);
  });
});

describe('numbers', () => {
  it('never become organizations or systems ("50 stores", "15 servers")', () => {
    const out = run('The retailer closed 50 stores after the ransomware attack encrypted 15 servers, and 120 shares changed hands.');
    expect([...names(out.organizations), ...names(out.systems)].filter((n) => /^\d+$/.test(n))).toEqual([]);
  });
});

describe('one entity per referent', () => {
  it('joins "the ACR system" to the defined "Full Name System (ACR)"', () => {
    const out = run('Hackers hit the Harbor Cargo Tracking System (HCTS) at the port on Monday, officials said. '
      + 'Officials said the HCTS system stayed offline for two days after the cyberattack.');
    const hcts = out.systems.filter((s) => /HCTS|Harbor Cargo/.test(s.name));
    expect(hcts).toHaveLength(1);
    expect(hcts[0]).toMatchObject({ name: 'Harbor Cargo Tracking System', acronym: 'HCTS' });
    expect(hcts[0].aliases).toContain('HCTS system');
    expect(hcts[0].mentions).toBeGreaterThanOrEqual(2);
  });
});
