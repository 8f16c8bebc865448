// cleanText on page text copied from a browser: headline first, standfirst, credit and date lines,
// prompts around the body, sign-offs and related lists after it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanText } from '../../../lib/clean';

const TEXT = path.join(__dirname, '..', '..', 'fixtures', 'pages', 'text');
const read = (f: string): string => fs.readFileSync(path.join(TEXT, f), 'utf8');

describe('cleanText, republished AP story with donation prompt (seed layout)', () => {
  const page = cleanText(read('independent-ap-copy.txt'), { fetchedAt: '2022-03-18T00:00:00Z' });

  it('reads the metadata', () => {
    expect(page.headline).toBe('Finland says hackers stole parliament email accounts');
    expect(page.wire).toBe('AP');
    expect(page.publishedAt).toBe('2022-03-17T11:05:00Z');
    expect(page.publishedAtSource).toBe('visible');
    expect(page.dateline).toEqual({ place: 'HELSINKI', country: 'FI' });
    expect(page.publisher).toBe('The Independent');
    expect(page.language).toBe('en');
    expect(page.byline).toEqual([]);
    expect(page.canonicalUrl).toBeNull();
  });

  it('keeps every body paragraph and leaves out the standfirst', () => {
    expect(page.paragraphs).toEqual([
      'HELSINKI (AP) — Finland’s security service said Thursday that a cyber-espionage group linked to the Chinese government was most likely behind an intrusion into the parliament’s information systems that was detected in 2020.',
      'The service said the attackers had gained access to the email accounts of some lawmakers and staff, and that the investigation into the breach had been handed to prosecutors.',
      'It named the group as APT31, which several Western governments have tied to China’s Ministry of State Security.',
      'China has rejected such accusations in the past.',
    ]);
  });

  it('drops prompts, credit lines and sign-offs', () => {
    for (const s of ['notifications', 'Via AP news wire', 'Your support', 'paywall', 'contribution', '___', 'Follow AP', 'Thank you for registering', 'refresh the page', 'discovered two years ago']) {
      expect(page.text).not.toContain(s);
    }
  });
});

describe('cleanText, Reuters layout with nav row, byline and sign-off', () => {
  const page = cleanText(read('reuters-copy.txt'), { fetchedAt: '2022-11-01T00:00:00Z' });

  it('reads the metadata', () => {
    expect(page.headline).toBe('Danish rail ticketing halted after attack on software supplier');
    expect(page.byline).toEqual(['Mette Lund']);
    expect(page.wire).toBe('Reuters');
    expect(page.dateline).toEqual({ place: 'COPENHAGEN', country: 'DK' });
    expect(page.publishedAt).toBe('2022-10-31T00:00:00Z');
    expect(page.publishedAtSource).toBe('visible');
  });

  it('keeps the body and drops the chrome', () => {
    expect(page.paragraphs).toHaveLength(3);
    expect(page.paragraphs[0]).toMatch(/^COPENHAGEN, Oct 31 \(Reuters\) - Trains in Denmark/);
    expect(page.paragraphs[2]).toBe('The supplier said it had shut down its servers to contain the attack and that it was working with police.');
    for (const s of ['ADVERTISEMENT', 'Reporting by', 'Trust Principles', 'Read next', 'Cybersecurity  |']) expect(page.text).not.toContain(s);
  });
});

describe('cleanText, the later of two dates', () => {
  it('never reports a publication date later than fetchedAt', () => {
    const page = cleanText('Markets | World\nA headline about a data breach at a retailer\nJune 3, 2031\n\nLONDON (Reuters) - A retailer said hackers had taken customer data from its systems this week.\n', {
      fetchedAt: '2024-01-01T00:00:00Z',
    });
    expect(page.publishedAt).toBeNull();
    expect(page.publishedAtSource).toBeNull();
    expect(page.paragraphs).toHaveLength(1);
  });

  it('keeps a short final paragraph', () => {
    const page = cleanText('A headline about a breach at a bank\n\nPARIS (AFP) - A French bank said on Monday that hackers had stolen client records in an attack last week.\n\nPolice are investigating.\n\nShare · Tweet · Email\n');
    expect(page.paragraphs[page.paragraphs.length - 1]).toBe('Police are investigating.');
    expect(page.wire).toBe('AFP');
  });
});

describe('cleanText, prompt and consent boxes above the headline', () => {
  // Own text: an alerts prompt, then a consent box, then the story.
  const story = [
    'Get instant news alerts from The Harbour Gazette',
    'Alerts can be switched off at any time in your browser.',
    'We value your privacy',
    'The Harbour Gazette and its partners use cookies to personalise content. Click "Accept" to agree.',
    'Accept   Manage options',
    'Download our free app',
    'Port authority restores cargo booking system after weekend outage',
    'By Lena Marsh',
    'Published March 4, 2024',
    'ROTTERDAM (Reuters) - The port authority said on Monday its cargo booking system was working again after an outage that lasted two days.',
    'Officials said no data had been lost and that an investigation into the cause was under way.',
  ].join('\n');
  const page = cleanText(story, { fetchedAt: '2024-03-05T00:00:00Z' });

  it('takes the headline from below the prompts, never a call to action or a consent heading', () => {
    expect(page.headline).toBe('Port authority restores cargo booking system after weekend outage');
    expect(page.paragraphs[0]).toMatch(/^ROTTERDAM \(Reuters\)/);
    expect(page.paragraphs).toHaveLength(2);
  });

  it('still takes a headline that merely mentions alerts or apps', () => {
    const p = cleanText(['Get ready for more ransomware alerts, officials warn', story.split('\n').slice(7).join('\n')].join('\n'), { fetchedAt: '2024-03-05T00:00:00Z' });
    expect(p.headline).toBe('Get ready for more ransomware alerts, officials warn');
    const q = cleanText(['Download of malicious app infects thousands of phones', story.split('\n').slice(7).join('\n')].join('\n'), { fetchedAt: '2024-03-05T00:00:00Z' });
    expect(q.headline).toBe('Download of malicious app infects thousands of phones');
  });
});

describe('cleanText, 1990s archive brief: headline, "PLACE YYYY-MM-DD" line, one paragraph', () => {
  // Written for this test after the shape of the 1996 wire archive: the dateline stands alone with an ISO day.
  const text = [
    'Dutch central bank holds its rates.',
    '',
    'AMSTERDAM 1996-10-03',
    '',
    'The Dutch central bank kept its key lending rates where they were on Thursday, a spokeswoman said after the weekly meeting of its board.',
  ].join('\n');
  const page = cleanText(text, { fetchedAt: '2026-01-01T00:00:00Z' });

  it('reads the place and the day from the dateline line, and keeps the paragraph', () => {
    expect(page.dateline).toEqual({ place: 'AMSTERDAM', country: 'NL' });
    expect(page.publishedDate).toBe('1996-10-03');
    expect(page.headline).toBe('Dutch central bank holds its rates.');
    expect(page.paragraphs.join(' ')).toContain('kept its key lending rates');
  });

  it('does not take an ordinary line ending in a number for a dateline', () => {
    const other = cleanText(['Rates unchanged.', '', 'ROOM 2024-05-01 was booked.', '', text.split('\n')[4]].join('\n'), { fetchedAt: '2026-01-01T00:00:00Z' });
    expect(other.dateline).toBeNull();
  });
});
