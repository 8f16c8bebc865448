import { extract } from '../../../lib/extract';

const codes = (text: string, headline: string | null = null): string[] =>
  extract({ headline, text, publishedAt: '1996-08-24T12:00:00Z' }).countries.map((c) => c.code).sort();

describe('country recognition', () => {
  it('reads names, aliases and demonyms, and counts mentions with their surface forms', () => {
    const out = extract({
      headline: null,
      text: 'Albania cut ties with Iran after Iranian hackers hit Albanian government sites. Britain and the U.S. backed Albania.',
      publishedAt: null,
    });
    const al = out.countries.find((c) => c.code === 'AL');
    expect(al).toMatchObject({ name: 'Albania', mentions: 3 });
    expect(al?.surfaceForms).toEqual(expect.arrayContaining(['Albania', 'Albanian']));
    expect(out.countries.map((c) => c.code).sort()).toEqual(['AL', 'GB', 'IR', 'US']);
  });

  it('reads ALL-CAPS headlines case-insensitively', () => {
    expect(codes('Text follows.', 'SOCCER - BRAZIL BEAT ARGENTINA 2-1 IN COPA AMERICA FINAL')).toEqual(['AR', 'BR']);
    expect(codes('IRAN SAYS IT WILL NOT BOW TO U.S. PRESSURE')).toEqual(['IR', 'US']);
  });

  it('does not turn US, IN, AT, TO (words or codes) into countries unless they name one', () => {
    expect(codes('LET US TALK TO THEM IN PRIVATE AT ONCE, SAYS ENVOY')).toEqual([]);
    expect(codes('Shares in AT&T rose 2 percent to 31 dollars; he went in at ten to six.')).toEqual([]);
    expect(codes('US troops arrived in the region on Monday.')).toEqual(['US']);
    expect(codes('UK SHARES FALL AS MARKETS WAIT FOR FED')).toEqual(['GB']);
  });

  it('reads Reuters-style sports tables', () => {
    expect(codes('Results of World Cup qualifiers on Sunday:\nBrazil 2 Argentina 1\nJordan 0 Iraq 3\nGermany 1 Netherlands 1')).toEqual(['AR', 'BR', 'DE', 'IQ', 'JO', 'NL']);
    expect(codes('Pete Sampras (U.S.) beat Goran Ivanisevic (Croatia) 6-4 6-3')).toEqual(['HR', 'US']);
  });

  it('counts capitals only when they stand for a government', () => {
    expect(codes('Tehran denied any role in the attack.')).toEqual(['IR']);
    expect(codes("Beijing's foreign ministry rejected the claims.")).toEqual(['CN']);
    expect(codes('The hotel is in Tehran, near the bazaar.')).toEqual([]);
    expect(codes('MOSCOW (Reuters) - Trading was quiet on Friday.')).toEqual([]);
    expect(codes("China's embassy in Washington has rejected the accusations.")).toEqual(['CN']);
  });

  it('keeps people, places and phrases that only contain a country name out', () => {
    expect(codes('Michael Jordan scored 30 points for Chicago.')).toEqual([]);
    expect(codes('Deputy Attorney General Lisa Monaco spoke.')).toEqual([]);
    expect(codes('Officials in New Mexico and New South Wales said rain fell over the Indian Ocean.')).toEqual([]);
    expect(codes('He flew from Atlanta to Savannah, Georgia, on Friday.')).toEqual([]);
    expect(codes('Latin American markets opened higher.')).toEqual([]);
  });

  it('does not read languages as countries', () => {
    expect(codes('The statement was issued in English and French.')).toEqual([]);
    expect(codes('A message in Ukrainian, Russian and Polish appeared on the sites.')).toEqual([]);
    expect(codes('Results of English league matches: Arsenal 2 West Ham 0')).toEqual(['GB']);
  });

  it('reads demonyms inside hyphenated words but not languages', () => {
    expect(codes('Iran-linked hackers and a North Korea-nexus actor were blamed.')).toEqual(['IR', 'KP']);
    expect(codes('Swiss and Dutch fans clashed with Britons.')).toEqual(['CH', 'GB', 'NL']);
    expect(codes('The Russian-speaking gang posted the files.')).toEqual([]);
  });
});
