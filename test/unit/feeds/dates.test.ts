import { parseFeedDate, parseRfc822Date, parseW3cDate } from '../../../lib/feeds';

describe('feed dates', () => {
  test.each([
    ['Tue, 01 Jul 2025 14:30:00 GMT', '2025-07-01T14:30:00.000Z'],
    ['Tue, 1 Jul 2025 9:05:00 -0400', '2025-07-01T13:05:00.000Z'],
    ['Wed, 02 Jul 2025 08:00 PDT', '2025-07-02T15:00:00.000Z'],
    ['01 Jul 25 14:30 EDT', '2025-07-01T18:30:00.000Z'],
    ['Tues, 01 Jul 2025 14:30:00 CEST', '2025-07-01T12:30:00.000Z'],
    ['Mon, 07 Jul 2025 14:30:00 +02:00', '2025-07-07T12:30:00.000Z'],
    ['Sat, 05 July 2025 23:59:59 +0000', '2025-07-05T23:59:59.000Z'],
    ['01 Jul 2025', '2025-07-01T00:00:00.000Z'],
  ])('RFC 822 %s', (raw, iso) => {
    expect(parseRfc822Date(raw)).toBe(iso);
    expect(parseFeedDate(raw)).toBe(iso);
  });

  test.each([
    ['2025-07-01', '2025-07-01T00:00:00.000Z'],
    ['2025-07', '2025-07-01T00:00:00.000Z'],
    ['2025-07-01T14:30Z', '2025-07-01T14:30:00.000Z'],
    ['2025-07-01T14:30:00+02:00', '2025-07-01T12:30:00.000Z'],
    ['2025-07-01T14:30:00.123456-05:00', '2025-07-01T19:30:00.123Z'],
    ['2025-07-01 14:30:00', '2025-07-01T14:30:00.000Z'],
  ])('W3C %s', (raw, iso) => {
    expect(parseW3cDate(raw)).toBe(iso);
    expect(parseFeedDate(raw)).toBe(iso);
  });

  test('zone-less times are UTC whatever the machine time zone', () => {
    expect(parseFeedDate('Tue, 01 Jul 2025 14:30:00')).toBe('2025-07-01T14:30:00.000Z');
  });

  test('US style with a spelled-out zone', () => {
    expect(parseFeedDate('Jul 1, 2025 2:30 PM GMT')).toBe('2025-07-01T14:30:00.000Z');
  });

  test.each(['', '   ', 'yesterday', '31 Feb 2025 10:00 GMT', '2025-13-01', 'Tue, 01 Foo 2025 10:00 GMT', '1066-10-14', null, undefined])('unusable %p -> null', (raw) => {
    expect(parseFeedDate(raw)).toBeNull();
  });
});
