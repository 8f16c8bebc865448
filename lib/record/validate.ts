import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { StoryRecord } from '../types';
import schema from '../../schema/story-record.schema.json';
import { InvalidRecordError } from './errors';

// Compiled once, when the module loads: ajv compilation costs tens of milliseconds, validation
// microseconds, and a command that loads this module is going to write records.
const compiled: ValidateFunction = compile();

function compile(): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Every schema violation of a value, as "path message" strings; empty when valid. */
export function recordErrors(value: unknown): string[] {
  const validate = compiled;
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/** Throws InvalidRecordError (reason 'invalid-record') listing every violation. */
export function validateRecord(value: unknown): asserts value is StoryRecord {
  const errors = recordErrors(value);
  if (errors.length > 0) throw new InvalidRecordError(errors);
}
