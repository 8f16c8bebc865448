import { WirewatchError } from '../errors';

/** extract() was given something that is not a story: no input object, or text that is not a string. */
export class ExtractInputError extends WirewatchError {
  constructor(message: string) {
    super('extraction', message);
  }
}
