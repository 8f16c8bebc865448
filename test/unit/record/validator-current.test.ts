import * as fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from '../../../schema/story-record.schema.json';
import { recordErrors } from '../../../lib/record';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gen = require('../../../lib/record/data/build-validator.cjs') as { build(): string; FILE: string };

describe('lib/record/data/story-record-validator.cjs', () => {
  it('is what build-validator.cjs compiles from the current schema (rerun it after a schema change)', () => {
    expect(fs.readFileSync(gen.FILE, 'utf8')).toBe(gen.build());
  });

  it('reports the same violations as ajv compiling the schema at run time', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const live = ajv.compile(schema);
    const bad = [
      {},
      { schemaVersion: 2, id: 'xyz', url: 'not a url', fetchedAt: 'yesterday' },
      { schemaVersion: 1, id: '0123456789abcdef', url: 'https://a.example/x', canonicalUrl: 'https://a.example/x', headline: 5 },
    ];
    for (const v of bad) {
      live(v);
      const expected = (live.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
      expect(expected.length).toBeGreaterThan(0);
      expect(recordErrors(v)).toEqual(expected);
    }
  });
});
