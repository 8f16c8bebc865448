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
