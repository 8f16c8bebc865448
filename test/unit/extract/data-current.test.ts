// The precomputed data files in lib/extract/data must be what their generators produce from the
// installed packages and the curated lists; regenerate with the script named in each failure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA = join(__dirname, '../../../lib/extract/data');
const committed = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

describe('generated extraction data is current', () => {
  it('lexicon.json matches the installed compromise (node lib/extract/data/build-lexicon.cjs)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { lexiconData } = require(join(DATA, 'build-lexicon.cjs')) as { lexiconData(): unknown };
    expect(committed('lexicon.json')).toEqual(lexiconData());
  });

  it('countries.json matches the installed world-countries (node lib/extract/data/build-countries.cjs)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { countriesData } = require(join(DATA, 'build-countries.cjs')) as { countriesData(): unknown };
    expect(committed('countries.json')).toEqual(countriesData());
  });
});

describe('generated gazetteer indexes are current', () => {
  it('gazetteer-base.json and gazetteer-threats.json match the lists (node --require tsx/cjs lib/extract/data/build-indexes.ts)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildBaseGazetteer, buildThreatGazetteer } = require('../../../lib/extract/gazetteer-build') as typeof import('../../../lib/extract/gazetteer-build');
    expect(committed('gazetteer-base.json')).toEqual(JSON.parse(JSON.stringify(buildBaseGazetteer())));
    expect(committed('gazetteer-threats.json')).toEqual(JSON.parse(JSON.stringify(buildThreatGazetteer())));
  });

  it('country-forms.json matches countries.json and countries-extra.json (same script)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildCountryForms } = require('../../../lib/extract/countries-build') as typeof import('../../../lib/extract/countries-build');
    expect(committed('country-forms.json')).toEqual(JSON.parse(JSON.stringify(buildCountryForms())));
  });
});

describe('lexicon table', () => {
  it('answers like compromise for names, places, verb forms, phrases and unknown words', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { lexTag, compromiseLexicon } = require('../../../lib/extract/nlp') as typeof import('../../../lib/extract/nlp');
    const live = compromiseLexicon();
    for (const w of ['john', 'Paris', 'hacked', 'New York', 'the', 'systems', 'Zellis', 'constructor', 'IT']) {
      expect(lexTag(w)).toBe(live.lookup(w.toLowerCase()));
    }
    expect(lexTag('Mary')).toBe('FemaleName');
    expect(lexTag('qwertyzzz')).toBeUndefined();
  });
});
