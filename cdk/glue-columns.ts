// Glue columns for the records table, derived from the story-record JSON Schema
// so that the table follows the schema the pipeline validates against.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../lib/errors';
import { PROJECT_ROOT } from './paths';

/** The JSON Schema uses something this converter cannot express as a Hive type. */
export class SchemaConversionError extends ConfigurationError {
  constructor(message: string) {
    super(message);
  }
}

interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

export interface GlueColumn {
  name: string;
  type: string;
  comment?: string;
}

export const RECORD_SCHEMA_FILE = join(PROJECT_ROOT, 'schema', 'story-record.schema.json');

function resolveRef(root: JsonSchema, s: JsonSchema): JsonSchema {
  if (!s.$ref) return s;
  const m = /^#\/\$defs\/([\w-]+)$/.exec(s.$ref);
  const target = m ? root.$defs?.[m[1]] : undefined;
  if (!target) throw new SchemaConversionError(`unsupported $ref ${s.$ref}`);
  return { ...target, ...Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$ref')) };
}

/** Hive type of one JSON Schema node ("null" in a type union only makes it nullable). */
export function hiveType(root: JsonSchema, node: JsonSchema, at = '$'): string {
  const s = resolveRef(root, node);
  let types = Array.isArray(s.type) ? s.type.filter((t) => t !== 'null') : s.type ? [s.type] : [];
  if (types.length === 0 && s.const !== undefined) types = [Number.isInteger(s.const) ? 'integer' : typeof s.const];
  if (types.length === 0 && s.enum?.length) {
    const kinds = new Set(s.enum.filter((v) => v !== null).map((v) => (Number.isInteger(v) ? 'integer' : typeof v)));
    if (kinds.size === 1) types = [...kinds];
  }
  if (types.length !== 1) throw new SchemaConversionError(`${at}: needs exactly one non-null type (got ${JSON.stringify(s.type)})`);
  switch (types[0]) {
    case 'string':
      return 'string';
    case 'integer':
      return 'int';
    case 'number':
      return 'double';
    case 'boolean':
      return 'boolean';
    case 'array':
      if (!s.items) throw new SchemaConversionError(`${at}: array without items`);
      return `array<${hiveType(root, s.items, `${at}[]`)}>`;
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      if (props.length === 0) throw new SchemaConversionError(`${at}: object without properties`);
      return `struct<${props.map(([k, v]) => `${k.toLowerCase()}:${hiveType(root, v, `${at}.${k}`)}`).join(',')}>`;
    }
    default:
      throw new SchemaConversionError(`${at}: unsupported type ${types[0]}`);
  }
}

/** One column per top-level property, names lower-cased as Glue stores them (the JSON SerDe matches case-insensitively). */
export function recordColumns(schema: JsonSchema = JSON.parse(readFileSync(RECORD_SCHEMA_FILE, 'utf8')) as JsonSchema): GlueColumn[] {
  return Object.entries(schema.properties ?? {}).map(([name, node]) => ({
    name: name.toLowerCase(),
    type: hiveType(schema, node, `$.${name}`),
  }));
}
