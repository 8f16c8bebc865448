import { monthNumber, zoneOffsetMinutes } from '../../lib/date-names';

describe('date names', () => {
  it('reads English month names and abbreviations, with or without a full stop', () => {
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('july')).toBe(7);
    expect(monthNumber('DEC')).toBe(12);
    expect(monthNumber('Juno')).toBeUndefined();
  });

  it('knows zone abbreviations from feeds and from news pages alike', () => {
    expect(zoneOffsetMinutes('EDT')).toBe(-240);
    expect(zoneOffsetMinutes('ut')).toBe(0); // RFC 822
    expect(zoneOffsetMinutes('ICT')).toBe(420); // printed on Asian news sites
    expect(zoneOffsetMinutes('XYZ')).toBeUndefined();
  });
});
