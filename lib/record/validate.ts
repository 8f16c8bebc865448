import type { ValidateFunction } from 'ajv';
import type { StoryRecord } from '../types';
import { InvalidRecordError } from './errors';

// The schema (schema/story-record.schema.json) compiled ahead of time by ajv into plain code
// (data/build-validator.cjs; a test checks it is current): validating costs microseconds and loading
// it a few milliseconds, where loading ajv's compiler and compiling at start-up cost ~110 ms.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const compiled = require('./data/story-record-validator.cjs') as ValidateFunction;

/** Every schema violation of a value, as "path message" strings; empty when valid. */
export function recordErrors(value: unknown): string[] {
  if (compiled(value)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/** Throws InvalidRecordError (reason 'invalid-record') listing every violation. */
export function validateRecord(value: unknown): asserts value is StoryRecord {
  const errors = recordErrors(value);
  if (errors.length > 0) throw new InvalidRecordError(errors);
}
