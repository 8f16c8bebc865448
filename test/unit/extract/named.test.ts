import { extract } from '../../../lib/extract';
import type { NamedEntity } from '../../../lib/types';

const run = (text: string) => extract({ headline: null, text, publishedAt: '2022-09-10T13:33:00Z' });
const find = (list: NamedEntity[], name: string) => list.find((e) => e.name === name || e.acronym === name || e.aliases?.includes(name));

describe('agencies', () => {
  it('gives possessive agencies their owner country and merges later mentions', () => {
    const out = run("Albania's Interior Ministry said a border system was hit. The Interior Ministry later restored it.");
    const m = find(out.agencies, 'Interior Ministry');
    expect(m).toMatchObject({ country: 'AL', mentions: 2 });
    expect(out.agencies).toHaveLength(1);
  });

  it('knows well-known bodies and their countries from the gazetteer', () => {
    const out = run('The FBI and CISA worked with Britain\'s GCHQ, while NATO and the European Union condemned the attack.');
    expect(find(out.agencies, 'FBI')?.country).toBe('US');
    expect(find(out.agencies, 'CISA')?.country).toBe('US');
    expect(find(out.agencies, 'GCHQ')?.country).toBe('GB');
    expect(find(out.agencies, 'NATO')?.country).toBeNull();
    expect(find(out.agencies, 'European Union')).toBeDefined();
  });

  it('recognizes unseen bodies by their head noun and "of" phrases', () => {
    const out = run('The Nigerian Communications Commission said the Ministry of Digital Economy and the Pinellas County Sheriff\'s Office were informed.');
    expect(find(out.agencies, 'Nigerian Communications Commission')?.country).toBe('NG');
    expect(find(out.agencies, 'Ministry of Digital Economy')).toBeDefined();
    expect(find(out.agencies, "Pinellas County Sheriff's Office")).toBeDefined();
  });

  it('does not read an ambiguous acronym as an agency unless the story defines it', () => {
    expect(find(run('The attack was reported by AFP on Friday.').agencies, 'AFP')).toBeUndefined();
    const out = run('The Australian Federal Police (AFP) opened an inquiry. The AFP said it had made no arrests.');
    expect(find(out.agencies, 'AFP')).toMatchObject({ name: 'Australian Federal Police', country: 'AU', mentions: 3 });
  });
});

describe('acronym definitions', () => {
  it('attaches a defined acronym and counts its later uses', () => {
    const out = run('Authorities closed the Total Information Management System (TIMS), which records border crossings, after a cyberattack. TIMS was restored on Sunday.');
    const tims = find(out.systems, 'TIMS');
    expect(tims).toMatchObject({ name: 'Total Information Management System', acronym: 'TIMS', mentions: 2 });
  });
});

describe('organizations', () => {
  it('finds companies by gazetteer, legal suffix and appositive role words', () => {
    const out = run('Microsoft said payroll provider Zellis and Irish airline Aer Lingus were hit, while Acme Widgets Inc declined to comment and Massachusetts-based Progress Software issued a patch.');
    for (const n of ['Microsoft', 'Zellis', 'Aer Lingus', 'Acme Widgets Inc', 'Progress Software']) expect(find(out.organizations, n)).toBeDefined();
  });

  it('does not take people for organizations', () => {
    const out = run('Prime Minister Edi Rama tweeted on Saturday. Spokesman John Smith said the company was working with police.');
    expect(out.organizations).toEqual([]);
  });
});

describe('threat actors', () => {
  it('reads actors from the MISP/ATT&CK gazetteer and naming schemes', () => {
    const out = run('Microsoft blamed Volt Typhoon, while the FBI tied the intrusion to APT28, also known as Fancy Bear, and to the Lazarus Group.');
    for (const n of ['Volt Typhoon', 'APT28', 'Fancy Bear', 'Lazarus Group']) expect(find(out.actors, n)).toBeDefined();
  });

  it('needs a context word for actor names that are ordinary words', () => {
    expect(find(run('Children play in the park.').actors, 'Play')).toBeUndefined();
    expect(find(run('The Play ransomware gang claimed the attack on the city.').actors, 'Play')).toBeDefined();
  });

  it('reads gangs introduced by an appositive', () => {
    const out = run('The group behind the attack, Rhysida, later auctioned the stolen data.');
    expect(find(out.actors, 'Rhysida')).toBeDefined();
  });
});

describe('systems', () => {
  it('finds named products, portals and owner-singled descriptive systems', () => {
    const out = run("Hackers used a flaw in Microsoft Exchange Server and took the city's online bill payment system offline; the government portal e-Albania and an Albanian police transmitting system were also hit.");
    expect(find(out.systems, 'Microsoft Exchange Server')).toBeDefined();
    expect(find(out.systems, 'online bill payment system')).toBeDefined();
    expect(find(out.systems, 'e-Albania')).toBeDefined();
    expect(find(out.systems, 'police transmitting system')?.country).toBe('AL');
  });

  it('leaves bare generic phrases out', () => {
    const out = run('The hackers hit computer systems and several networks, and staff restored old systems later.');
    expect(out.systems).toEqual([]);
  });
});

describe('known companies', () => {
  it('takes a company legal form after a known name as part of that name', () => {
    const out = run('Medibank Private Ltd said hackers stole customer data, and Toyota Motor Corp halted its assembly lines.');
    expect(find(out.organizations, 'Medibank')?.country).toBe('AU');
    expect(find(out.organizations, 'Toyota Motor')).toBeDefined();
    expect(out.organizations.map((o) => o.name)).not.toContain('Private Ltd');
    expect(out.organizations.map((o) => o.name)).not.toContain('Motor Corp');
  });

  it('knows companies by sector beyond technology, with their home country', () => {
    const out = run('Hackers hit Saudi Aramco, the telecom operator Safaricom and the shipping group A.P. Moller-Maersk, while PwC and BAE Systems investigated.');
    expect(find(out.organizations, 'Saudi Aramco')?.country).toBe('SA');
    expect(find(out.organizations, 'Safaricom')?.country).toBe('KE');
    expect(find(out.organizations, 'A.P. Moller-Maersk')?.country).toBe('DK');
    expect(find(out.organizations, 'PwC')).toBeDefined();
    expect(find(out.organizations, 'BAE Systems')).toBeDefined();
  });

  it('does not take a graphics card model for the company RTX', () => {
    const out = run('The laptop pairs an Intel chip with an RTX 2060 graphics card.');
    expect(out.organizations.map((o) => o.name)).not.toContain('Raytheon');
  });
});

describe('bodies named for several portfolios', () => {
  const agencies = (text: string) => run(text).agencies.map((a) => a.name);

  it('keeps "Ministry of A, B and C" whole, Oxford comma or not', () => {
    expect(agencies("Japan's Ministry of Land, Infrastructure, Transport and Tourism said the port was hit.")).toEqual(['Ministry of Land, Infrastructure, Transport and Tourism']);
    expect(agencies('The Ministry of Economy, Trade, and Industry issued a warning.')).toEqual(['Ministry of Economy, Trade, and Industry']);
  });

  it('leaves lists of separate bodies, countries and names apart', () => {
    expect(agencies('The Ministry of Defence, Interior Ministry and Foreign Ministry met on Monday.').sort()).toEqual(['Foreign Ministry', 'Interior Ministry', 'Ministry of Defence']);
    expect(agencies('Officials from the Ministry of Defence, France and Germany met.')).toEqual(['Ministry of Defence']);
    expect(agencies('The Ministry of Finance, Sarah and John said.')).toEqual(['Ministry of Finance']);
  });
});
