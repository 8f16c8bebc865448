#!/usr/bin/env node
// Generates dateline-countries.json: upper-cased country names (common, official, alternative
// spellings longer than 3 letters) and capitals -> ISO 3166-1 alpha-2, from the world-countries
// package. lib/clean/dateline.ts reads the small JSON instead of parsing the 1.4 MB atlas at start-up.
// Rerun after upgrading world-countries: node lib/clean/data/build-dateline-countries.cjs
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** The two tables, with the precedence dateline.ts always had: later names win, first capitals win. */
function build() {
  const countries = require('world-countries');
  const names = new Map();
  const capitals = new Map();
  for (const c of countries) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3)]) names.set(n.toUpperCase(), c.cca2);
    for (const cap of c.capital || []) if (!capitals.has(cap.toUpperCase())) capitals.set(cap.toUpperCase(), c.cca2);
  }
  return { source: `world-countries ${require('world-countries/package.json').version}`, names: [...names], capitals: [...capitals] };
}

const FILE = path.join(__dirname, 'dateline-countries.json');

function render(data) {
  return `${JSON.stringify(data)}\n`;
}

if (require.main === module) {
  fs.writeFileSync(FILE, render(build()));
  console.log(`wrote ${FILE}`);
}

module.exports = { build, render, FILE };
