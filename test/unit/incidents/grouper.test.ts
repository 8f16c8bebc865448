import { IncidentGrouper, IncidentIndex, groupIncidents, labelOf, nameKey, sameName, detailOf } from '../../../lib/incidents';
import type { BrowseEntry } from '../../../lib/store';
import type { IndexedEntry } from '../../../lib/web/browse-snapshot';
import { compareNewestFirst } from '../../../lib/web/browse-snapshot';
import { parseRecordQuery } from '../../../lib/web/query';

let seq = 0;
interface Spec {
  at: string;
  headline?: string;
  victimOrgs?: string[];
  orgs?: string[];
  actors?: string[];
  agencies?: string[];
  systems?: string[];
  victims?: string[];
  by?: string[];
  types?: string[];
  cyber?: boolean;
  publisher?: string;
  duplicateOf?: string;
}

/** A browse entry as toBrowseEntry writes it, with only what a test sets. */
function entry(s: Spec): IndexedEntry {
  const id = (++seq).toString(16).padStart(16, '0');
  const e: BrowseEntry = {
    id,
    at: new Date(Date.parse(s.at)).toISOString(),
    writtenAt: s.at,
    url: `https://news.example.com/${id}`,
    headline: s.headline ?? `Story ${id}`,
    summary: '',
    publishedAt: s.at,
    fetchedAt: s.at,
    source: { publisher: s.publisher ?? 'Daily', domain: 'news.example.com', wire: null },
    countries: s.victims ?? [],
    agencies: s.agencies ?? [],
    organizations: [...new Set([...(s.victimOrgs ?? []), ...(s.orgs ?? [])])],
    actors: s.actors ?? [],
    systems: s.systems ?? [],
    aka: {},
    incident: {
      isCyber: s.cyber ?? true,
      types: s.types ?? ['cyberattack'],
      victims: s.victims ?? [],
      attributedTo: s.by ?? [],
      victimOrganizations: s.victimOrgs ?? [],
    },
    duplicateOf: s.duplicateOf ?? null,
  };
  return { entry: e };
}

/** Which stories ended in one incident, as lists of indexes into `list`. */
function groups(list: IndexedEntry[]): number[][] {
  const g = groupIncidents(list);
  return g.incidents
    .filter((inc) => inc.cyber > 0)
    .map((inc) => inc.members.map((m) => list.indexOf(m)).sort((a, b) => a - b))
    .sort((a, b) => a[0] - b[0]);
}

describe('names', () => {
  it('meet across legal forms, punctuation, case and a longer form of the name', () => {
    expect(nameKey('Colonial Pipeline Co.')).toBe('colonial pipeline');
    expect(nameKey('Medibank’s')).toBe('medibank');
    expect(sameName('medibank', 'medibank private')).toBe(true);
    expect(sameName('ibm', 'ibm security')).toBe(false); // under 4 letters: too short to stand for a longer name
    expect(sameName('royal mail', 'royal mail group')).toBe(true);
    expect(sameName('grid', 'national grid')).toBe(false); // only leading words
  });
});

describe('grouping stories into incidents', () => {
  it('joins three days of coverage of one attack across outlets and follow-ups', () => {
    const list = [
      entry({ at: '2021-05-08T10:00:00Z', victimOrgs: ['Colonial Pipeline'], victims: ['US'], types: ['ransomware'], publisher: 'A' }),
      entry({ at: '2021-05-09T08:00:00Z', orgs: ['Colonial Pipeline'], actors: ['DarkSide'], agencies: ['FBI'], victims: ['US'], by: ['RU'], publisher: 'B' }),
      // A follow-up the extractor did not call cyber still names the victim.
      entry({ at: '2021-05-11T08:00:00Z', orgs: ['Colonial Pipeline Co.'], cyber: false, types: [], publisher: 'C' }),
      // The same wire story republished joins its original's incident whatever it names.
      entry({ at: '2021-05-11T09:00:00Z', publisher: 'D', duplicateOf: '' }),
    ];
    list[3].entry.duplicateOf = list[0].entry.id;
    expect(groups(list)).toEqual([[0, 1, 2, 3]]);
  });

  it("joins a story whose headline names the incident's victim when the extractor named another victim or none", () => {
    const list = [
      entry({ at: '2021-12-13T08:00:00Z', headline: 'Ransomware attack knocks out Kronos payroll cloud', victimOrgs: ['Kronos'], types: ['ransomware'] }),
      // the victim's parent company is the victim this story's extractor found
      entry({ at: '2021-12-17T08:00:00Z', headline: 'UKG says Kronos cloud restoration will take weeks', victimOrgs: ['UKG'], types: ['ransomware'] }),
      // no organization found at all, but the headline names the victim
      entry({ at: '2021-12-15T08:00:00Z', headline: 'Nurses and plant workers paid late as Kronos outage drags on', types: ['ransomware'] }),
      // another victim in the same days whose headline names neither
      entry({ at: '2021-12-14T08:00:00Z', headline: 'Payroll firm Paystream hit by ransomware', victimOrgs: ['Paystream'], types: ['ransomware'] }),
    ];
    expect(groups(list)).toEqual([[0, 1, 2], [3]]);
  });

  it('keeps two ransomware stories of the same day apart', () => {
    const list = [
      entry({ at: '2022-03-01T08:00:00Z', victimOrgs: ['Acme Hospital'], victims: ['US'], types: ['ransomware'] }),
      entry({ at: '2022-03-01T09:00:00Z', victimOrgs: ['Northfield Schools'], victims: ['US'], types: ['ransomware'] }),
      entry({ at: '2022-03-01T10:00:00Z', orgs: ['Harbor Foods'], victims: ['US'], types: ['ransomware'] }),
    ];
    expect(groups(list)).toEqual([[0], [1], [2]]);
  });

  it('keeps two attacks of one actor on different victims apart, even when one story recalls the other', () => {
    const list = [
      entry({ at: '2021-05-08T10:00:00Z', headline: 'Colonial Pipeline hit', victimOrgs: ['Colonial Pipeline'], actors: ['DarkSide'], victims: ['US'] }),
      // Names the first victim too, as background; its headline says whose attack it is.
      entry({ at: '2021-05-10T10:00:00Z', headline: 'Toshiba unit hit by DarkSide', victimOrgs: ['Toshiba', 'Colonial Pipeline'], actors: ['DarkSide'], victims: ['US'] }),
      // Same actor and victim country, another company named: not the same attack either.
      entry({ at: '2021-05-11T10:00:00Z', orgs: ['Brenntag'], actors: ['DarkSide'], victims: ['US'] }),
    ];
    expect(groups(list)).toEqual([[0], [1], [2]]);
  });

  it('opens a new incident for the same victim a year later', () => {
    const list = [
      entry({ at: '2022-10-13T08:00:00Z', victimOrgs: ['Medibank'], victims: ['AU'] }),
      entry({ at: '2022-10-20T08:00:00Z', victimOrgs: ['Medibank'], victims: ['AU'] }),
      entry({ at: '2023-10-20T08:00:00Z', victimOrgs: ['Medibank'], victims: ['AU'] }),
    ];
    expect(groups(list)).toEqual([[0, 1], [2]]);
  });

  it('waits longer for a story that names the victim than for one that shares only a country', () => {
    const list = [
      entry({ at: '2022-07-01T08:00:00Z', victimOrgs: ['Port Authority'], victims: ['AL'] }),
      entry({ at: '2022-07-20T08:00:00Z', victimOrgs: ['Port Authority'], victims: ['AL'] }), // 19 days: named, joins
      entry({ at: '2022-09-01T08:00:00Z', victims: ['EE'] }),
      entry({ at: '2022-09-05T08:00:00Z', victims: ['EE'] }), // 4 days, only open incident in EE: joins
      entry({ at: '2022-09-25T08:00:00Z', victims: ['EE'] }), // 20 days with only the country: a new incident
    ];
    expect(groups(list)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('does not join on a country that many open incidents share', () => {
    const list = [
      entry({ at: '2023-01-01T08:00:00Z', victimOrgs: ['Alpha Bank'], victims: ['US'] }),
      entry({ at: '2023-01-01T09:00:00Z', victimOrgs: ['Beta Clinic'], victims: ['US'] }),
      entry({ at: '2023-01-02T09:00:00Z', victims: ['US'] }),
    ];
    expect(groups(list)).toEqual([[0], [1], [2]]);
  });

  it('keeps one incident when attribution disagrees on a named victim, with each claim and its story', () => {
    const list = [
      entry({ at: '2020-12-13T08:00:00Z', victimOrgs: ['SolarWinds'], victims: ['US'], by: ['CN'], publisher: 'A' }),
      entry({ at: '2020-12-19T08:00:00Z', victimOrgs: ['SolarWinds'], victims: ['US'], by: ['RU'], actors: ['APT29'], publisher: 'B' }),
    ];
    const g = groupIncidents(list);
    expect(g.incidents).toHaveLength(1);
    const d = detailOf(g.incidents[0]);
    expect(d.claims.map((c) => [c.attributedTo, c.story.id])).toEqual([
      [['CN'], list[0].entry.id],
      [['RU'], list[1].entry.id],
    ]);
    expect(d.entities.attributedTo.map((a) => a.value).sort()).toEqual(['CN', 'RU']);
  });

  it('joins two incidents that a later story shows to be one', () => {
    const list = [
      entry({ at: '2024-02-22T08:00:00Z', orgs: ['Change Healthcare'], cyber: false, types: [] }),
      entry({ at: '2024-02-22T09:00:00Z', systems: ['Change Healthcare claims platform'], victims: ['US'] }),
      entry({ at: '2024-02-29T09:00:00Z', victimOrgs: ['Change Healthcare'], actors: ['ALPHV'], victims: ['US'] }),
    ];
    expect(groups(list)).toEqual([[0, 1, 2]]);
  });

  it('shows no incident made only of stories that are not about a cyber incident', () => {
    const list = [
      entry({ at: '2024-01-01T08:00:00Z', orgs: ['Acme'], cyber: false, types: [] }),
      entry({ at: '2024-01-02T08:00:00Z', orgs: ['Acme'], cyber: false, types: [] }),
    ];
    expect(groups(list)).toEqual([]);
  });
});

describe('labels', () => {
  it('names the victim, the kind of attack and the month, from the data', () => {
    const list = [
      entry({ at: '2021-05-08T10:00:00Z', victimOrgs: ['Colonial Pipeline'], victims: ['US'], types: ['cyberattack', 'ransomware'] }),
      entry({ at: '2021-06-02T10:00:00Z', victimOrgs: ['Colonial Pipeline'], victims: ['US'], types: ['ransomware'] }),
    ];
    expect(labelOf(list.map((x) => x.entry))).toBe('Colonial Pipeline ransomware, May 2021');
    expect(labelOf([entry({ at: '2022-07-18T08:00:00Z', victims: ['AL'], actors: ['HomeLand Justice'], types: ['wiper'] }).entry])).toBe('Albania wiper attack by HomeLand Justice, July 2022');
    expect(labelOf([entry({ at: '2022-04-18T08:00:00Z', victimOrgs: ['Finance Ministry'], agencies: ['Finance Ministry'], victims: ['CR'], types: ['ransomware'] }).entry])).toBe('Costa Rica Finance Ministry ransomware, April 2022');
    expect(labelOf([entry({ at: '2019-01-05T08:00:00Z', types: ['ddos'] }).entry])).toBe('DDoS attack, January 2019');
  });
});

describe('incremental grouping', () => {
  const story = (day: number, org: string) => entry({ at: `2023-03-${String(day).padStart(2, '0')}T08:00:00Z`, victimOrgs: [org], victims: ['GB'] });
  const newestFirst = (xs: IndexedEntry[]) => [...xs].sort((a, b) => compareNewestFirst(a.entry, b.entry));
  const shape = (idx: IncidentIndex) => idx.page(parseRecordQuery({ limit: '100' }), null, null).items.map((i) => [i.id, i.stories]);

  it('adds newer stories without regrouping and ends where a rebuild from scratch ends', async () => {
    const first = [story(1, 'Royal Mail'), story(2, 'ION Group'), story(3, 'Royal Mail')];
    const later = [story(5, 'Royal Mail'), story(6, 'ION Group'), story(7, 'Capita')];
    const live = new IncidentIndex();
    await live.update(newestFirst(first));
    await live.update(newestFirst([...first, ...later]));
    expect(live.stats()).toEqual({ incidents: 3, rebuilds: 1, appended: 3 });

    const fresh = new IncidentIndex();
    await fresh.update(newestFirst([...later, ...first]));
    expect(shape(live)).toEqual(shape(fresh));
    // Ids are the first story's: the same after a restart.
    expect(shape(live).map(([id]) => id).sort()).toEqual([first[0], first[1], later[2]].map((x) => x.entry.id).sort());
  });

  it('regroups when a story dated before the newest one arrives, or one is replaced', async () => {
    const first = [story(10, 'Royal Mail'), story(12, 'Royal Mail')];
    const idx = new IncidentIndex();
    await idx.update(newestFirst(first));
    const late = story(11, 'ION Group');
    await idx.update(newestFirst([...first, late]));
    expect(idx.stats().rebuilds).toBe(2);
    // A rewritten entry is a new object for an id already grouped.
    const rewritten: IndexedEntry = { entry: { ...first[1].entry, incident: { ...first[1].entry.incident, victimOrganizations: ['Capita'] } } };
    await idx.update(newestFirst([first[0], rewritten, late]));
    expect(idx.stats().rebuilds).toBe(3);
    expect(shape(idx)).toHaveLength(3);
  });

  it('in background mode answers from the grouping it has while it regroups, and not more often than asked', async () => {
    const first = [story(10, 'Royal Mail'), story(12, 'Royal Mail')];
    const idx = new IncidentIndex({ background: true, rebuildGapMs: 60_000 });
    await idx.update(newestFirst(first)); // the first grouping is always awaited
    const late = story(11, 'ION Group');
    await idx.update(newestFirst([...first, late]));
    expect(shape(idx)).toHaveLength(1); // not regrouped yet: the late story is not shown
    await idx.settled();
    expect(shape(idx)).toHaveLength(2);
    expect(idx.stats().rebuilds).toBe(2);
    // Another late story within the gap: no regrouping until the gap has passed.
    const later = story(9, 'Capita');
    await idx.update(newestFirst([...first, late, later]));
    await idx.settled();
    expect(idx.stats().rebuilds).toBe(2);
    expect(shape(idx)).toHaveLength(2);
  });

  it('takes a story only once, whatever order stories are given in', () => {
    const g = new IncidentGrouper();
    const a = story(1, 'Royal Mail');
    const b = story(2, 'Royal Mail');
    g.add(a);
    expect(g.canAppend(b.entry)).toBe(true);
    g.add(b);
    expect(g.canAppend(a.entry)).toBe(false);
  });
});
