// Regenerates gazetteer-base.json and gazetteer-threats.json from the curated lists, the MISP/ATT&CK
// files and lexicon.json (run after editing any of them):
//   node --require tsx/cjs lib/extract/data/build-gazetteers.ts
// A unit test (test/unit/extract/data-current.test.ts) fails when the committed files are stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBaseGazetteer, buildThreatGazetteer } from '../gazetteer-build';

for (const [file, data] of [['gazetteer-base.json', buildBaseGazetteer()], ['gazetteer-threats.json', buildThreatGazetteer()]] as const) {
  writeFileSync(join(__dirname, file), JSON.stringify(data) + '\n');
  console.log(`wrote ${file}: ${data.entries.length} entries, ${data.forms.length} forms, ${data.malware.length} malware names`);
}
