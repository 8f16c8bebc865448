// The date forms pages print, read into DateParts: the UTC instant and the publisher's own day.
import { machineDateParts, urlDateParts, visibleDateParts } from '../../../lib/clean/dates';

const day = (s: string, opts = {}): string | null => visibleDateParts(s, opts)?.day ?? null;

describe('visible dates in several languages', () => {
  it.each([
    ['Samstag, 19. Juli 2014', 'de', '2014-07-19'],
    ['Erschienen am 3. März 2021', 'de', '2021-03-03'],
    ['21. Jan. 2022', 'de', '2022-01-21'],
    ['jeudi 13 juin 2019', 'fr', '2019-06-13'],
    ['Publié le 1er février 2020', 'fr', '2020-02-01'],
    ['Publicado el 3 de marzo de 2021', 'es', '2021-03-03'],
    ['Atualizado em 5 de março de 2020', 'pt', '2020-03-05'],
    ['Gepubliceerd op 12 januari 2021', 'nl', '2021-01-12'],
    ['Pubblicato il 14 gennaio 2020', 'it', '2020-01-14'],
  ])('%s (%s)', (text, lang, expected) => {
    expect(day(text, { lang })).toBe(expected);
  });

  it('reads a month name whatever the page declares when it declares nothing', () => {
    expect(day('Notizia del 14 Gennaio 2020')).toBe('2020-01-14');
  });

  it('reads a German month name in the English order', () => {
    expect(day('Juli 12, 2017', { lang: 'de' })).toBe('2017-07-12');
  });

  it('keeps the time printed after a month-name date', () => {
    expect(visibleDateParts('26. Mai 2008 um 21:07', { lang: 'de' })).toEqual({ iso: '2008-05-26T21:07:00Z', day: '2008-05-26', hasTime: true, zone: 'none' });
  });

  it('does not take a word that names no month for one', () => {
    expect(visibleDateParts('12 Kommentare 2014', { lang: 'de' })).toBeNull();
    expect(visibleDateParts('Juni 2014', { lang: 'de' })).toBeNull(); // no day
  });
});

describe('numeric visible dates', () => {
  it.each([
    ['28.01.22', '2022-01-28'],
    ['am 8.5.12', '2012-05-08'],
    ['19 . 07 . 2014', '2014-07-19'],
    ['Stand: 28.04.2020 18:00 Uhr', '2020-04-28'],
    ['13/11/2023 - 18:05 (GMT+11)', '2023-11-13'],
    ['2014/05/18', '2014-05-18'],
    ['17-02-2022', '2022-02-17'],
  ])('%s', (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it('reads slashes month first only when told the page is American', () => {
    expect(day('04/05/2021')).toBe('2021-05-04');
    expect(day('04/05/2021', { monthFirst: true })).toBe('2021-04-05');
    expect(day('24/05/2021', { monthFirst: true })).toBe('2021-05-24'); // no month 24
  });

  it('does not read version numbers, addresses or impossible days as dates', () => {
    expect(visibleDateParts('version 2.0.12')).toBeNull();
    expect(visibleDateParts('10.0.0.12')).toBeNull();
    expect(visibleDateParts('31.02.2020')).toBeNull();
    expect(visibleDateParts('12.03.45')).toBeNull(); // 1945: before any web page
  });

  it('keeps the local day of a late-evening time with its zone', () => {
    expect(visibleDateParts('March 3, 2022 9:25 PM EST')).toEqual({ iso: '2022-03-04T02:25:00Z', day: '2022-03-03', hasTime: true, zone: 'offset' });
  });
});

describe('machine dates', () => {
  it('keeps the day as written and converts the instant to UTC', () => {
    expect(machineDateParts('2023-11-08T21:30:00-05:00')).toEqual({ iso: '2023-11-09T02:30:00Z', day: '2023-11-08', hasTime: true, zone: 'offset' });
    expect(machineDateParts('2022-01-28T11:05:37+0100')?.iso).toBe('2022-01-28T10:05:37Z');
    expect(machineDateParts('2019-10-19T19:08:22.000Z')).toMatchObject({ day: '2019-10-19', zone: 'utc' });
  });

  it('reads zone abbreviations inside ISO strings', () => {
    expect(machineDateParts('2023-11-09T16:02:50CDT')).toMatchObject({ iso: '2023-11-09T21:02:50Z', day: '2023-11-09', zone: 'offset' });
  });

  it('reads a zone-less wall clock as written (day) and as UTC (instant)', () => {
    expect(machineDateParts('2023-11-08 18:09:55')).toEqual({ iso: '2023-11-08T18:09:55Z', day: '2023-11-08', hasTime: true, zone: 'none' });
  });

  it('reads day-first datetime attributes and RFC 2822', () => {
    expect(machineDateParts('01-11-2023 10:29')).toMatchObject({ iso: '2023-11-01T10:29:00Z', day: '2023-11-01' });
    expect(machineDateParts('Tue, 10 Jun 2003 04:00:00 GMT')).toMatchObject({ iso: '2003-06-10T04:00:00Z', zone: 'utc' });
    expect(machineDateParts('2020-03-03')).toMatchObject({ iso: '2020-03-03T00:00:00Z', hasTime: false });
  });

  it('refuses what is not a date', () => {
    expect(machineDateParts('')).toBeNull();
    expect(machineDateParts('yesterday')).toBeNull();
    expect(machineDateParts('2020-13-01')).toBeNull();
  });
});

describe('dates in URLs', () => {
  it('reads /yyyy/mm/dd/ and yyyymmdd paths', () => {
    expect(urlDateParts('https://example.org/news/2019/05/14/story/')?.day).toBe('2019-05-14');
    expect(urlDateParts('https://example.org/en/20220823-story')?.day).toBe('2022-08-23');
    expect(urlDateParts('https://example.org/story-1234')).toBeNull();
    expect(urlDateParts('not a url')).toBeNull();
  });

  it('reads day and month before the year only when the order is plain', () => {
    expect(urlDateParts('https://example.org/presse/meldungen/29-10-2021')?.day).toBe('2021-10-29');
    expect(urlDateParts('https://example.org/news/10-29-2021/council-vote')?.day).toBe('2021-10-29');
    // 03-04-2021 is 3 April in Berlin and March 4 in Boston
    expect(urlDateParts('https://example.org/meldungen/03-04-2021')).toBeNull();
  });
});

describe('archive copy', () => {
  it('reads the wire archive stamp and years of the 1980s', () => {
    expect(visibleDateParts(' 3-MAR-1987 09:12:44.10')).toMatchObject({ day: '1987-03-03', iso: '1987-03-03T09:12:44Z' });
    expect(visibleDateParts('October 19, 1987')?.day).toBe('1987-10-19');
    expect(visibleDateParts('the 1962 crisis, on 22 October 1962')).toBeNull();
  });
});
