import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../../lib/extract';

// The extraction is the entity half of a story record: it must fit the record schema.
describe('extraction output and the record schema', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '../../../schema/story-record.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it.each([
    ['a cyber story', 'Albania says Iran hit its border systems', "Albania's Interior Ministry said the Total Information Management System (TIMS) was hit by a cyberattack from Iran on July 15. Microsoft and the FBI helped. Tehran denied it."],
    ['a non-cyber story', 'Brazil beat Argentina', 'Brazil 2 Argentina 1'],
    ['an empty body', 'Headline only', ''],
  ])('%s validates', (_, headline, text) => {
    const ex = extract({ headline, text, publishedAt: '2022-09-10T13:33:00Z' });
    const record = {
      schemaVersion: 1, id: '0123456789abcdef', url: 'https://example.com/a', canonicalUrl: 'https://example.com/a',
      source: { publisher: null, domain: 'example.com', wire: null, feedUrl: null }, headline, publishedAt: null,
      fetchedAt: '2022-09-10T13:33:00Z', text, extractor: { version: 'test' }, contentHash: 'a'.repeat(64), ...ex,
    };
    expect(validate(record) ? [] : validate.errors).toEqual([]);
  });
});
