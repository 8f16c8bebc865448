import { extract, ExtractInputError, prepareText } from '../../../lib/extract';

describe('page furniture left in the text', () => {
  it('drops related-link rows, credits and prompts but keeps story paragraphs that start alike', () => {
    const kept = prepareText([
      'Share prices fell 5 percent after the hack.',
      'Related coverage: Australia fines Optus | South Korea fines Google',
      'Follow-up talks are planned for Monday.',
      '© 2024 AFP — Agency copy; republication requires permission',
      'Most read: France names new cabinet · Dutch court rules on data case',
      'Subscribe to our newsletter',
    ].join('\n'));
    expect(kept.split('\n')).toEqual(['Share prices fell 5 percent after the hack.', 'Follow-up talks are planned for Monday.']);
  });

  it('does not count countries named only in a related-stories row', () => {
    const out = extract({ headline: null, text: 'Hackers hit the ministry on Monday.\nSee also: Kenya bets on data centres · Egypt expands cables · Senegal launches network', publishedAt: null });
    expect(out.countries).toEqual([]);
  });
});

describe('bad input', () => {
  it('throws a named error for input that is not a story', () => {
    expect(() => extract(null as never)).toThrow(ExtractInputError);
    expect(() => extract({ headline: null, text: 42 as never, publishedAt: null })).toThrow(/text must be a string/);
    let caught: unknown = null;
    try {
      extract({ headline: null, text: undefined as never, publishedAt: null });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ExtractInputError);
    expect((caught as InstanceType<typeof ExtractInputError>).reason).toBe('extraction');
  });

  it('handles empty text, headline-only stories and unparseable dates', () => {
    const out = extract({ headline: 'Hackers hit Albania', text: '', publishedAt: 'not a date' });
    expect(out.countries.map((c) => c.code)).toEqual(['AL']);
    expect(out.incident.eventDates).toEqual([]);
    expect(extract({ headline: null, text: '   \n\n ', publishedAt: null }).countries).toEqual([]);
  });
});
