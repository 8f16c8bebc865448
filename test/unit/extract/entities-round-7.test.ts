// Issue 10, seventh round: entities named without a role word, short forms, city governments, names with a
// parenthesis, lists sharing a plural head, names introduced by a descriptor. One mechanism per block, each
// with a case it must not fire on. Sentences written for these tests in our own words; none from the gold sets.
import { extract } from '../../../lib/extract';
import type { Extraction } from '../../../lib/types';

const run = (text: string, headline: string | null = null): Extraction =>
  extract({ headline, text, publishedAt: '2025-10-02T09:00:00Z', dateline: null });
const names = (l: Array<{ name: string }>): string[] => l.map((e) => e.name);

describe('a company with no company word as the object of attack or loan wording', () => {
  it('takes "an attack on X Group" even when X is also a given name', () => {
    const r = run('A ransomware gang claimed responsibility for an attack on Hiroko Group last week, and posted samples of staff files on its leak site.', 'Gang claims attack on drinks maker');
    expect(names(r.organizations)).toContain('Hiroko Group');
    expect(r.incident.victimOrganizations).toContain('Hiroko Group');
  });

  it('takes the receiver of a government loan with a two-word name', () => {
    const r = run('Ministers guaranteed a loan to Calder Motor Works of 900 million pounds after a cyberattack stopped its assembly lines for a month.', 'Carmaker gets state-backed loan');
    expect(names(r.organizations)).toContain('Calder Motor Works');
  });

  it('does not take a one-word receiver or a place', () => {
    const r = run('The fund approved a loan to Zambia and a loan to Lusaka for road repairs, officials said.', 'Fund approves loans');
    expect(r.organizations).toEqual([]);
  });
});

describe('a name with a parenthesis inside stays whole', () => {
  it('keeps NoName057(16) as the actor, with the short form as the same actor', () => {
    const r = run('The pro-Russian hacktivist group NoName057(16) said it knocked the websites of two Dutch city councils offline. NoName057 has claimed similar floods of traffic before.', 'Hacktivists claim DDoS on council websites');
    expect(names(r.actors)).toEqual(['NoName057(16)']);
  });
});
