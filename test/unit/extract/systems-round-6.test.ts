// Issue 10, systems round: the mechanisms behind the system misses of the new, new2, new5 and new6 gold
// batches, one per case, each with a case it must not fire on. Sentences written for these tests after the
// shape of vendor advisories and wire copy; the names are invented or are well-known products, and none of
// the sentences comes from the gold sets.
import { extract } from '../../../lib/extract';

const run = (text: string, headline: string | null = null) => extract({ headline, text, publishedAt: '2025-03-14T09:00:00Z' });
const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name);
/** every name a system is known by: its name, acronym and aliases */
const sysForms = (r: ReturnType<typeof run>) => r.systems.flatMap((x) => [x.name, x.acronym ?? '', ...(x.aliases ?? [])]).filter(Boolean);

describe('products named by what they are', () => {
  it("reads a vendor's product with a class acronym and a device word: the product, not a company", () => {
    const r = run("Hackers exploited two flaws in Kestrel's Harbor Secure VPN appliances to break into government networks, the company said.");
    expect(names(r.systems)).toContain('Harbor Secure');
    expect(sysForms(r)).toContain('Harbor Secure VPN appliances');
    expect(names(r.organizations)).not.toContain('Harbor Secure VPN');
    expect(names(r.organizations)).toContain('Kestrel');
  });

  it('keeps a defined acronym inside the product phrase', () => {
    const r = run("A state-backed group exploited a flaw in Tarrow's Perimeter Defense Appliance (PDA) firewalls to spy on ministries.");
    const sys = r.systems.find((s) => s.name === 'Perimeter Defense Appliance');
    expect(sys?.acronym).toBe('PDA');
    expect(names(r.organizations)).not.toContain('Perimeter Defense Appliance');
  });

  it('gives a head shared by two names to both ("A and B gateways") and a class acronym can be the head', () => {
    const r = run('The bug lets hackers hijack sessions on Corvane Access and Corvane Relay gateways. The same attackers targeted Valdane Telos PLCs at two water plants.');
    expect(names(r.systems)).toEqual(expect.arrayContaining(['Corvane Access', 'Corvane Relay', 'Valdane Telos']));
  });

  it("takes a maker's product line with its device word, and the maker named before a possessive", () => {
    const r = run("The hackers went after Ostrander Helix Series controllers exposed to the internet and stole tokens from Brightpath's Relay chat agent.");
    expect(names(r.systems)).toEqual(expect.arrayContaining(['Ostrander Helix Series', 'Relay']));
    expect(names(r.organizations)).toContain('Brightpath');
  });

  it('does not read a maker with a device word as a product ("Brennock routers" in a story about Brennock Networks)', () => {
    const r = run('Brennock Networks said hackers had planted backdoors on Brennock routers that no longer get updates.', 'Spies planted backdoors on Brennock routers');
    expect(names(r.systems)).not.toContain('Brennock');
    expect(names(r.organizations)).toContain('Brennock Networks');
  });

  it("does not read a sentence's first word before a verb as a product's name", () => {
    const r = run('A group took over at least a dozen internet-exposed controllers at small water plants, officials said.', 'Hacktivists deface controllers at small water utilities');
    expect(names(r.systems)).not.toContain('Hacktivists');
  });

  it('needs the head to end the noun phrase ("service centers" are no service)', () => {
    const r = run('The ransomware attack closed Dunmore service centers across the state, the hackers said.');
    expect(names(r.systems)).not.toContain('Dunmore');
  });
});

describe('implants and tools named by whoever found them', () => {
  it('takes "two implants, called A and B" as two systems', () => {
    const r = run('The spies used two custom implants, called Night Ferry and Night Harbor, to keep access to the hacked routers.');
    expect(names(r.systems)).toEqual(expect.arrayContaining(['Night Ferry', 'Night Harbor']));
  });

  it('takes "a backdoor that researchers named A" and "which named the malware A"', () => {
    const r = run('The attackers installed a backdoor that researchers named Quillfeather on the mail servers. Halden Labs, which named the wiper Brackwater, said the hackers used it on a utility.');
    expect(names(r.systems)).toEqual(expect.arrayContaining(['Quillfeather', 'Brackwater']));
  });

  it('takes a quoted name after "dubbed"', () => {
    const r = run("The hackers used a phishing kit dubbed 'Mistral' to steal login cookies from the hacked accounts.");
    expect(names(r.systems)).toContain('Mistral');
  });

  it('does not take what is called after a noun that is no tool', () => {
    const r = run('Hackers stole footage of a film called Silver Lantern from the studio, police said.');
    expect(names(r.systems)).not.toContain('Silver Lantern');
  });
});

describe("known products' editions and versions", () => {
  it('grows a known product into its edition or version, each edition its own system', () => {
    const r = run('Attackers exploited a zero-day in Windows Server 2022 to break into the network. The hackers also hit NetScaler SDX and NetScaler VPX appliances.');
    expect(names(r.systems)).toEqual(expect.arrayContaining(['Windows Server 2022', 'NetScaler SDX', 'NetScaler VPX']));
  });

  it('does not grow a product into a company named for it', () => {
    const r = run('Zoom Video Communications said the hackers had not breached its servers.');
    expect(names(r.systems)).not.toContain('Zoom Video Communications');
  });

  it("reads a body's three-digit service number as a system, not an amount", () => {
    const r = run('The ransomware attack disrupted NHS 119 and left staff unable to book appointments.');
    expect(names(r.systems)).toContain('NHS 119');
    const q = run('The NHS spent 150 million pounds on recovery after the ransomware attack.');
    expect(names(q.systems).some((s) => s.startsWith('NHS'))).toBe(false);
  });
});

describe('heads that need a name or a computing word', () => {
  it("takes a platform's tenants named for it", () => {
    const r = run("The hackers stole contact lists from three retailers' Salesforce instances using a fake support app.");
    expect(sysForms(r)).toContain('Salesforce instances');
  });

  it('takes an environment only with a computing word', () => {
    const r = run('The vendor said its managed hosting environment had been hit by ransomware.');
    expect(names(r.systems)).toContain('managed hosting environment');
    const q = run('Officials warned of a harsher threat environment after the ransomware attack.');
    expect(names(q.systems)).toHaveLength(0);
  });

  it('takes a named feature and a named online service, not a press service', () => {
    const r = run('The hackers abused the Kin Finder feature to scrape profiles of linked relatives after the breach. The regulator said its Fraudline online service had received 900 reports of phishing texts.');
    expect(names(r.systems)).toEqual(expect.arrayContaining(['Kin Finder', 'Fraudline']));
    const q = run('The Rosgvardia press service said hackers had attacked its website.');
    expect(names(q.systems)).not.toContain('Rosgvardia');
  });

  it('reads "X, whose dispatch platform ..." as X\'s system', () => {
    const r = run('Varro Freight, whose dispatch platform is used by 2,000 trucking firms, said the ransomware attack had shut it down.');
    expect(sysForms(r)).toContain('Varro Freight dispatch platform');
    expect(names(r.organizations)).toContain('Varro Freight');
  });

  it('joins two describing words after an owner word ("its research and testing network")', () => {
    const r = run('The institute said hackers had used the same flaws to breach its research and testing network.');
    expect(names(r.systems)).toContain('research and testing network');
  });

  it('reads a known product described by what it does as that product, and a head word that describes a later head as no head', () => {
    const r = run('The hackers pushed ransomware to 1,500 businesses through the Kaseya VSA remote management tool.');
    expect(r.systems.filter((x) => /VSA/.test(x.name))).toHaveLength(1);
    expect(sysForms(r)).toContain('Kaseya VSA remote management tool');
    const q = run('The hackers got into the SolarWinds Orion network management platform used by federal agencies.');
    expect(names(q.systems)).not.toContain('SolarWinds Orion network');
  });

  it('takes no school system and no software of a software provider', () => {
    const r = run('The district, the third-largest school system in the state, said a ransomware attack had disrupted its email.');
    expect(names(r.systems).some((s) => /school system/.test(s))).toBe(false);
    const q = run('The ICO fined payroll software provider Zellex after hackers stole staff records.');
    expect(names(q.systems).some((s) => /software/.test(s))).toBe(false);
  });
});

describe('sites, appositions and vendors', () => {
  it('takes a capitalized host name as the site, unless the company acts', () => {
    const r = run('The attackers used forged tokens to read Mailora.com inboxes after the breach.');
    expect(names(r.systems)).toContain('Mailora.com');
    const q = run('Booking.com said the hackers had not breached its systems.');
    expect(names(q.systems)).not.toContain('Booking.com');
  });

  it("takes a name in apposition to a product's kind in a story about an attack, not a film", () => {
    const r = run("The hackers disabled Sentrel, a protection in the router's operating system, before the breach. The ransomware attack forced Kirov Media to take down Flickstream, one of Poland's most popular video-sharing sites.");
    expect(names(r.systems)).toEqual(expect.arrayContaining(['Sentrel', 'Flickstream']));
    const q = run('Wild Lantern, a feature film about a country singer, opens on Friday.');
    expect(names(q.systems)).toHaveLength(0);
  });

  it("reads a product's vendor named alone as no product, and as the company when the list knows it", () => {
    const r = run('Hackers who exploited flaws in an old file-sharing product made by Accellion stole data from dozens of firms.');
    expect(names(r.systems)).not.toContain('Accellion');
    const q = run("Hackers seized a programmable logic controller made by Israel's Unitronics at a pumping station.");
    expect(names(q.organizations)).toContain('Unitronics');
    expect(names(q.systems)).not.toContain('Unitronics');
  });
});
