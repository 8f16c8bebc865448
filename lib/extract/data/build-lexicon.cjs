#!/usr/bin/env node
// Regenerates lexicon.json from the installed compromise package (run after upgrading it):
//   node lib/extract/data/build-lexicon.cjs
// compromise's lexicon (nlp.model().one.lexicon) maps a lower-case word or phrase to its tag(s);
// the extractor only asks for the first tag. The file holds the words sorted (one string, newline
// separated, for binary search) and one character per word naming its tag, so loading it costs
// about a millisecond instead of compromise's ~300 ms import.
// Source licence: MIT (compromise, spencermountain/compromise).
const fs = require('node:fs');
const path = require('node:path');

function lexiconData() {
  const nlp = require('compromise');
  const lex = nlp.model().one.lexicon;
  const rows = [];
  for (const word of Object.keys(lex)) {
    // lookups are lower-cased single lines, so other keys are never asked for
    if (word !== word.toLowerCase() || word.includes('\n')) continue;
    const v = lex[word];
    const tag = Array.isArray(v) ? v[0] : v;
    if (typeof tag === 'string') rows.push([word, tag]);
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)); // code-unit order, as the lookup compares
  const tagNames = [...new Set(rows.map((r) => r[1]))].sort();
  if (tagNames.length > 90) throw new Error('too many tags for one character each');
  return {
    source: `compromise ${nlp.version} (npm), nlp.model().one.lexicon, MIT`,
    tagNames,
    words: rows.map((r) => r[0]).join('\n'),
    tags: rows.map((r) => String.fromCharCode(33 + tagNames.indexOf(r[1]))).join(''),
  };
}

if (require.main === module) {
  const data = lexiconData();
  fs.writeFileSync(path.join(__dirname, 'lexicon.json'), JSON.stringify(data) + '\n');
  console.log(`wrote ${data.tags.length} words from ${data.source}`);
}
module.exports = { lexiconData };
