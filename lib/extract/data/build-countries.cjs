#!/usr/bin/env node
// Regenerates countries.json from the world-countries package (run after upgrading it):
//   node lib/extract/data/build-countries.cjs
// Keeps only what the extractor reads: ISO code, independence, common and official English names,
// alternative spellings, English demonyms and capitals. Source licence: ODbL-1.0 (mledoze/countries).
const fs = require('node:fs');
const path = require('node:path');
function countriesData() {
  const world = require('world-countries');
  const pkg = require('world-countries/package.json');
  const rows = world.map((c) => ({
    cca2: c.cca2,
    independent: c.independent,
    common: c.name.common,
    official: c.name.official,
    alt: c.altSpellings,
    demonyms: c.demonyms && c.demonyms.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f])] : [],
    capital: c.capital || [],
  }));
  return { source: `world-countries ${pkg.version} (npm), ODbL-1.0`, countries: rows };
}

if (require.main === module) {
  const out = countriesData();
  fs.writeFileSync(path.join(__dirname, 'countries.json'), JSON.stringify(out) + '\n');
  console.log(`wrote ${out.countries.length} countries from ${out.source}`);
}
module.exports = { countriesData };
