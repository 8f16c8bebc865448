import { datesInSentence, publicationDay } from '../../../lib/extract';

const sat = publicationDay('2022-09-10T13:33:00Z'); // a Saturday

describe('event dates', () => {
  it('puts a month-day in the story year, or the year before when it would be in the future', () => {
    expect(datesInSentence('The attack on July 15 shut down services.', sat)).toEqual(['2022-07-15']);
    expect(datesInSentence('Systems have been down since Dec. 20.', sat)).toEqual(['2021-12-20']);
    expect(datesInSentence('The intrusion began on 3 March 2020.', sat)).toEqual(['2020-03-03']);
  });

  it('reads weekdays and relative days back from the publication day', () => {
    expect(datesInSentence('The system was found under attack last evening.', sat)).toEqual(['2022-09-09']);
    expect(datesInSentence('Hackers struck on Friday.', sat)).toEqual(['2022-09-09']);
    expect(datesInSentence('Hackers struck on Saturday.', sat)).toEqual(['2022-09-10']);
    expect(datesInSentence('Hackers struck last Saturday.', sat)).toEqual(['2022-09-03']);
  });

  it('skips the day a statement was made and unknown publication days', () => {
    expect(datesInSentence('The ministry said Saturday that it had restored the portal.', sat)).toEqual([]);
    expect(datesInSentence('Hackers struck on Friday.', null)).toEqual([]);
    expect(publicationDay('not a date')).toBeNull();
  });

  it('skips statements made in a blog post or a statement', () => {
    expect(datesInSentence('The vendor said in a blog post Thursday that it was confident.', sat)).toEqual([]);
    expect(datesInSentence('The agency said in a brief statement on Monday that systems were back.', sat)).toEqual([]);
  });

  it('outside incident sentences, keeps only dates written into the incident phrase', () => {
    const only = { incidentPhraseOnly: true };
    expect(datesInSentence('The government accused Tehran of carrying out the July 15 attack.', sat, only)).toEqual(['2022-07-15']);
    expect(datesInSentence('It came a week after the attack on Aug. 30 against the port.', sat, only)).toEqual(['2022-08-30']);
    expect(datesInSentence('Parliament will debate the budget on July 15.', sat, only)).toEqual([]);
  });
});
