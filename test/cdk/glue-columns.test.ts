import { hiveType, recordColumns, SchemaConversionError } from '../../cdk/glue-columns';

describe('Glue columns from the record schema', () => {
  it('maps JSON Schema types, nullable unions, enums, $refs, arrays and objects to Hive types', () => {
    const root = {
      $defs: { named: { type: 'object', properties: { name: { type: 'string' }, mentions: { type: 'integer' } } } },
    };
    expect(hiveType(root, { type: ['string', 'null'] })).toBe('string');
    expect(hiveType(root, { enum: ['a', 'b', null] })).toBe('string');
    expect(hiveType(root, { const: 1 })).toBe('int');
    expect(hiveType(root, { type: 'number' })).toBe('double');
    expect(hiveType(root, { type: 'array', items: { $ref: '#/$defs/named' } })).toBe('array<struct<name:string,mentions:int>>');
    expect(hiveType(root, { type: 'object', properties: { isCyber: { type: 'boolean' } } })).toBe('struct<iscyber:boolean>');
  });

  it('refuses what it cannot express, with a named error', () => {
    expect(() => hiveType({}, { type: ['string', 'integer'] })).toThrow(SchemaConversionError);
    expect(() => hiveType({}, { $ref: '#/$defs/missing' })).toThrow(/unsupported \$ref/);
    expect(() => hiveType({}, { type: 'array' })).toThrow(/array without items/);
  });

  it('gives one column per top-level property of the shipped schema', () => {
    const cols = recordColumns();
    expect(cols.map((c) => c.name)).toEqual(expect.arrayContaining(['id', 'url', 'canonicalurl', 'source', 'text', 'incident', 'fetchedat']));
    expect(cols.find((c) => c.name === 'publisheddate')?.type).toBe('string');
    expect(cols.find((c) => c.name === 'source')?.type).toMatch(/^struct<publisher:string,domain:string,wire:string,feedurl:string>$/);
  });
});
