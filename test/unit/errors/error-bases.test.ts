// Errors that are not story/feed failures sit on their own bases and carry no FailureReason.
import { BadRequestError, ConfigurationError, WirewatchError } from '../../../lib/errors';
import { ConfigError, FeedsFileError, parseFeedsConfig } from '../../../lib/local/config';
import { DemoManifestError } from '../../../lib/local/demo-site';
import { InvalidAllowListError, parseAllowList } from '../../../lib/fetch';
import { BadCursorError } from '../../../lib/store';
import { BadQueryError, parseRecordQuery } from '../../../lib/web/query';
import { StackSettingsError } from '../../../cdk/settings';
import { SchemaConversionError, hiveType } from '../../../cdk/glue-columns';
import { HandlerConfigError, QueueSendError } from '../../../lambdas/shared/errors';

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('ConfigurationError and BadRequestError', () => {
  it('are named Errors without a reason or status', () => {
    for (const e of [new ConfigurationError('x'), new BadRequestError('y')]) {
      expect(e).toBeInstanceOf(Error);
      expect(e).not.toBeInstanceOf(WirewatchError);
      expect(e).not.toHaveProperty('reason');
      expect(e).not.toHaveProperty('status');
    }
    expect(new ConfigurationError('x').name).toBe('ConfigurationError');
    const cause = new Error('root');
    expect(new BadRequestError('y', { cause }).cause).toBe(cause);
  });

  it.each([
    ['FeedsFileError', () => caught(() => parseFeedsConfig({ feeds: 3 }, 'feeds.json')), FeedsFileError, /^feeds file feeds\.json: /],
    ['ConfigError', () => new ConfigError('WIREWATCH_PACE_MS must be a whole number'), ConfigError, /WIREWATCH_PACE_MS/],
    ['DemoManifestError', () => new DemoManifestError('demo manifest m.json needs "feeds"'), DemoManifestError, /demo manifest/],
    ['InvalidAllowListError', () => caught(() => parseAllowList('no-port-here')), InvalidAllowListError, /is not "host:port"/],
    ['StackSettingsError', () => new StackSettingsError('context pollMinutes must be an integer'), StackSettingsError, /pollMinutes/],
    ['SchemaConversionError', () => caught(() => hiveType({}, { type: ['string', 'integer'] })), SchemaConversionError, /exactly one non-null type/],
    ['HandlerConfigError', () => new HandlerConfigError('WIREWATCH_QUEUE_URL is not set'), HandlerConfigError, /QUEUE_URL/],
  ] as const)('%s is a ConfigurationError, not a story failure', (name, make, cls, message) => {
    const e = make() as Error;
    expect(e).toBeInstanceOf(cls);
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e).not.toBeInstanceOf(WirewatchError);
    expect(e).not.toHaveProperty('reason');
    expect(e.name).toBe(name);
    expect(e.message).toMatch(message);
  });

  it.each([
    ['BadQueryError', () => caught(() => parseRecordQuery({ limit: '0' })), BadQueryError, /^limit: must be an integer/],
    ['BadCursorError', () => new BadCursorError(), BadCursorError, /^cursor is not valid$/],
  ] as const)('%s is a BadRequestError (HTTP 400), not a story failure', (name, make, cls, message) => {
    const e = make() as Error;
    expect(e).toBeInstanceOf(cls);
    expect(e).toBeInstanceOf(BadRequestError);
    expect(e).not.toBeInstanceOf(WirewatchError);
    expect(e.name).toBe(name);
    expect(e.message).toMatch(message);
  });

  it('leaves real outages on WirewatchError with their reason', () => {
    expect(new QueueSendError([], 'x')).toMatchObject({ reason: 'store' });
    expect(new QueueSendError([], 'x')).toBeInstanceOf(WirewatchError);
  });
});
