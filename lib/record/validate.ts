import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { StoryRecord } from '../types';
import schema from '../../schema/story-record.schema.json';
import { InvalidRecordError } from './errors';

let compiled: ValidateFunction | null = null;

// Compiled once per process: ajv compilation costs milliseconds, validation microseconds.
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** Every schema violation of a value, as "path message" strings; empty when valid. */
export function recordErrors(value: unknown): string[] {
  const validate = validator();
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/** Throws InvalidRecordError (reason 'invalid-record') listing every violation. */
export function validateRecord(value: unknown): asserts value is StoryRecord {
  const errors = recordErrors(value);
  if (errors.length > 0) throw new InvalidRecordError(errors);
}
