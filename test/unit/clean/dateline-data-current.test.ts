import * as fs from 'node:fs';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gen = require('../../../lib/clean/data/build-dateline-countries.cjs') as { build(): unknown; render(d: unknown): string; FILE: string };

describe('lib/clean/data/dateline-countries.json', () => {
  it('is what build-dateline-countries.cjs makes from the installed world-countries (rerun it after an upgrade)', () => {
    expect(fs.readFileSync(gen.FILE, 'utf8')).toBe(gen.render(gen.build()));
  });
});
