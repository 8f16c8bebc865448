// Regenerates the precomputed indexes that extract() loads (run after editing any list here, the
// MISP/ATT&CK files, countries*.json, or after regenerating lexicon.json):
//   node --require tsx/cjs lib/extract/data/build-indexes.ts
// gazetteer-base.json, gazetteer-threats.json (gazetteer-build.ts) and country-forms.json
// (countries-build.ts). A unit test (test/unit/extract/data-current.test.ts) fails when they are stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBaseGazetteer, buildThreatGazetteer } from '../gazetteer-build';
import { buildCountryForms } from '../countries-build';

for (const [file, data] of [['gazetteer-base.json', buildBaseGazetteer()], ['gazetteer-threats.json', buildThreatGazetteer()]] as const) {
  writeFileSync(join(__dirname, file), JSON.stringify(data) + '\n');
  console.log(`wrote ${file}: ${data.entries.length} entries, ${data.forms.length} forms, ${data.malware.length} malware names`);
}
const countries = buildCountryForms();
writeFileSync(join(__dirname, 'country-forms.json'), JSON.stringify(countries) + '\n');
console.log(`wrote country-forms.json: ${countries.names.length} countries, ${countries.forms.length} forms`);
