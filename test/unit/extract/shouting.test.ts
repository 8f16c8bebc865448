// Text set in capitals (a shouted headline, 1980s wire copy) has no case to tell names by: no run
// of capitals becomes an organization, while gazetteer names and the body's own names still count.
import { extract } from '../../../lib/extract';

const run = (headline: string | null, text: string) => extract({ headline, text, publishedAt: '1987-04-01T00:00:00Z', dateline: null });

describe('sentences set in capitals', () => {
  it('a shouted headline names no organization of its own; the body names the victim', () => {
    const r = run('HACKERS HIT HARBOUR PIPELINE, FUEL SUPPLY HALTED', 'Harbour Pipeline said on Saturday a ransomware attack forced it to shut its network. The FBI is investigating.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Harbour Pipeline']);
    expect(r.agencies.map((a) => a.name)).toContain('FBI');
  });

  it('archive copy in capitals invents no organization from a sentence, and keeps gazetteer names', () => {
    const r = run(null, 'LONDON, APRIL 1 - A UNION SPOKESMAN SAID THE OFFER OF FOUR PCT FELL SHORT OF INFLATION AND DID NOT ADDRESS STAFFING ON RURAL LINES.\nTHE NATIONAL CYBER SECURITY CENTRE SAID HACKERS LINKED TO RUSSIA HAD STOLEN CUSTOMER DATA.');
    expect(r.organizations).toEqual([]);
    expect(r.agencies.map((a) => a.name.toLowerCase())).toContain('national cyber security centre');
    expect(r.countries.map((c) => c.code)).toContain('RU');
  });
});
