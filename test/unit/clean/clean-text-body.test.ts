// cleanText finds a .txt story's body by the shape of its blocks, wherever the headline is: closing
// "Full story" lines, one-paragraph and hard-wrapped copies, copies cut mid-sentence, share bars,
// 1990s Reuters briefs and results tables, headlines below a site name. Every fixture is written for
// this project after public reporting of the event it describes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cleanText } from '../../../lib/clean';
import { InputFileError, recordFromFile, recordErrors } from '../../../lib/record';

const TEXT = path.join(__dirname, '..', '..', 'fixtures', 'pages', 'text');
const read = (f: string): string => fs.readFileSync(path.join(TEXT, f), 'utf8');
const clean = (f: string) => cleanText(read(f), { fetchedAt: '2025-01-01T00:00:00Z' });
const last = (xs: string[]): string => xs[xs.length - 1];

describe('cleanText, an excerpt that ends with a "Full story" line', () => {
  const page = clean('full-story-excerpt.txt');

  it('keeps every paragraph above the closing line', () => {
    expect(page.paragraphs).toHaveLength(3);
    expect(page.paragraphs[0]).toMatch(/^Colonial Pipeline shut down its entire fuel network on Friday/);
    expect(last(page.paragraphs)).toMatch(/^The FBI said on Monday .* went on to recover\.$/);
    expect(page.text).not.toContain('Full story');
  });

  it('takes the headline the closing line names, without its site', () => {
    expect(page.headline).toBe('Colonial Pipeline halts entire fuel network after ransomware attack');
  });

  it('keeps a text whose only short line is a closing sentence', () => {
    const body = read('full-story-excerpt.txt').split('\n').filter((l) => l && !l.startsWith('Full story')).join('\n\n');
    const p = cleanText(`${body}\n\nFuel prices rose in several states.\n`);
    expect(p.paragraphs).toHaveLength(4);
    expect(p.paragraphs[0]).toMatch(/^Colonial Pipeline shut down/);
    expect(last(p.paragraphs)).toBe('Fuel prices rose in several states.');
    expect(p.headline).toBeNull();
  });
});

describe('cleanText, a one-paragraph story', () => {
  const page = clean('one-paragraph-wrapped.txt');
  const joined = read('one-paragraph-wrapped.txt').trim().split('\n').join(' ');

  it('joins a hard-wrapped paragraph back into one', () => {
    expect(page.paragraphs).toEqual([joined]);
    expect(joined.split(' ').length).toBeGreaterThanOrEqual(40);
    expect(page.headline).toBeNull();
  });

  it('keeps the same paragraph copied on one line', () => {
    expect(cleanText(joined).paragraphs).toEqual([joined]);
  });

  it('keeps a first paragraph short enough to pass for a headline', () => {
    const p = cleanText('Hackers took the website of a Swedish bank offline for several hours on Friday.\n\nThe bank said customers could still use its app and that card payments worked throughout the attack, which flooded its servers with traffic.\n\nPolice said they had opened an investigation.\n');
    expect(p.paragraphs).toHaveLength(3);
    expect(p.paragraphs[0]).toBe('Hackers took the website of a Swedish bank offline for several hours on Friday.');
  });
});

describe('cleanText, a copy cut off mid-sentence', () => {
  const page = clean('cut-mid-sentence.txt');

  it('keeps the unfinished last line as story text', () => {
    expect(page.headline).toBe('Toyota to halt all Japan plants after supplier hit by suspected cyberattack');
    expect(page.paragraphs).toHaveLength(3);
    expect(page.paragraphs[0]).toMatch(/^TOKYO \(Reuters\) - Toyota Motor Corp said/);
    expect(last(page.paragraphs)).toBe('The stoppage, which also reached Hino and Daihatsu lines that rely on the same parts, comes');
    expect(page.dateline).toEqual({ place: 'TOKYO', country: 'JP' });
    expect(page.publishedAt).toBe('2022-02-28T00:00:00Z');
  });

  it('keeps a cut last line that has no clause words to show for it', () => {
    const text = read('cut-mid-sentence.txt').replace(/The stoppage,.*$/s, 'Officials urged suppliers to check backup systems and report suspicious emails quickly\n');
    expect(last(cleanText(text).paragraphs)).toBe('Officials urged suppliers to check backup systems and report suspicious emails quickly');
  });

  it('keeps a cut last line that starts like a byline', () => {
    const text = read('cut-mid-sentence.txt').replace(/The stoppage,.*$/s, 'By the time the plants were stopped, Kojima had\n');
    expect(last(cleanText(text).paragraphs)).toBe('By the time the plants were stopped, Kojima had');
  });

  it('still leaves out related headlines after a finished story', () => {
    const p = cleanText([
      'Ferry operator says booking outage was caused by cyberattack',
      'A ferry operator said on Tuesday that an outage which stopped passengers from buying tickets online for two days had been caused by a cyberattack on its booking provider.',
      'The operator said it was working with the provider and with police.',
      'Airline suspends check-in app after data leak',
      'Port cargo system restored after weekend outage',
    ].join('\n'));
    expect(last(p.paragraphs)).toBe('The operator said it was working with the provider and with police.');
    expect(p.text).not.toContain('Airline');
  });
});

describe('cleanText, a share bar with counts at the top', () => {
  const page = clean('share-bar-top.txt');

  it('is chrome, neither the headline nor a date line', () => {
    expect(page.headline).toBe('Hundreds of businesses hit by ransomware spread through Kaseya software');
    expect(page.publishedAt).toBe('2021-07-03T00:00:00Z');
    expect(page.text).not.toMatch(/SHARES|Tweet/);
    expect(page.paragraphs[0]).toMatch(/^Hackers exploited IT management software made by Florida-based Kaseya/);
    expect(last(page.paragraphs)).toMatch(/^Researchers tied the attack to REvil/);
  });

  it('gives no date when the page shows none', () => {
    const p = cleanText(read('share-bar-top.txt').replace('July 3, 2021\n', ''), { fetchedAt: '2021-07-04T00:00:00Z' });
    expect(p.publishedAt).toBeNull();
    expect(p.headline).toBe('Hundreds of businesses hit by ransomware spread through Kaseya software');
  });
});

describe('cleanText, 1990s Reuters copy', () => {
  it('keeps a results table row by row, with the lead-in and the note after it', () => {
    const page = clean('reuters-1990s-results.txt');
    expect(page.headline).toBe("ATHLETICS - OLYMPIC MEN'S 100 METRES FINAL RESULTS");
    expect(page.dateline).toEqual({ place: 'ATLANTA', country: 'US' });
    expect(page.wire).toBe('Reuters');
    expect(page.paragraphs).toEqual([
      "ATLANTA, July 27 - Results of the men's 100 metres final at the Olympic Games on Saturday (nationality, time in seconds):",
      '1. Donovan Bailey (Canada) 9.84',
      '2. Frankie Fredericks (Namibia) 9.89',
      '3. Ato Boldon (Trinidad and Tobago) 9.90',
      '4. Dennis Mitchell (U.S.) 9.99',
      '5. Michael Marsh (U.S.) 10.00',
      "Bailey's time was a world record. Linford Christie of Britain, the defending champion, was disqualified after two false starts.",
    ]);
  });

  it('joins the wrapped lines of a short brief into its indented paragraphs', () => {
    const page = clean('reuters-1990s-brief.txt');
    expect(page.headline).toBe('COMPUTER HACKER MITNICK ARRESTED AFTER TWO-YEAR HUNT');
    expect(page.dateline).toEqual({ place: 'RALEIGH', country: 'US' });
    expect(page.wire).toBe('Reuters');
    expect(page.paragraphs).toHaveLength(2);
    expect(page.paragraphs[0]).toBe('RALEIGH, N.C., Feb 16 - Kevin Mitnick, a computer hacker who had been on the run from federal authorities for more than two years, was arrested at an apartment in Raleigh early on Wednesday, the FBI said.');
    expect(page.paragraphs[1]).toBe('Mitnick, 31, is accused of breaking into computer systems and stealing software and thousands of credit card numbers.');
    expect(page.text).not.toMatch(/REUTER/);
  });

  it('reads archive copy with a time stamp, entities, no indentation and a title in sentence case', () => {
    const p = cleanText([
      ' 29-MAR-1999 11:42:07.31',
      'Melissa virus forces firms to shut e-mail systems',
      'NEW YORK, March 29 - A computer virus called Melissa that',
      "mails itself to the first 50 names in a victim's address book",
      'spread across the world over the weekend, forcing companies',
      'including Microsoft Corp and Intel Corp to shut down their',
      'e-mail systems, security experts said on Monday.',
      'The virus arrives as a Word document attached to a message',
      'that reads &quot;Here is that document you asked for&quot;,',
      'experts said.',
      ' Reuter',
      '&#3;',
    ].join('\n'));
    expect(p.headline).toBe('Melissa virus forces firms to shut e-mail systems');
    expect(p.dateline).toEqual({ place: 'NEW YORK', country: 'US' });
    expect(p.wire).toBe('Reuters');
    expect(p.paragraphs[0]).toMatch(/^NEW YORK, March 29 - A computer virus called Melissa that mails itself to the first 50 names/);
    expect(p.text).toContain('a message that reads "Here is that document you asked for", experts said.');
    expect(p.text).not.toMatch(/1999|Reuter|\u0003/);
  });

  it('joins a two-line brief and knows the sign-off is no story text', () => {
    // Black Wednesday, 16 September 1992.
    const p = cleanText('BRITAIN SUSPENDS STERLING FROM ERM\n    LONDON, Sept 16 - Britain suspended sterling from the European\nexchange rate mechanism on Wednesday evening, the Treasury said\n Reuter\n');
    expect(p.headline).toBe('BRITAIN SUSPENDS STERLING FROM ERM');
    expect(p.paragraphs).toEqual(['LONDON, Sept 16 - Britain suspended sterling from the European exchange rate mechanism on Wednesday evening, the Treasury said']);
    expect(p.wire).toBe('Reuters');
  });

  it('keeps a table with no prose at all', () => {
    // Medal table of the 1996 Atlanta Games (gold, silver, bronze), rows as the archive indents them.
    const p = cleanText('OLYMPICS - LEADING MEDAL TABLE\n United States 44 32 25\n Russia 26 21 16\n Germany 20 18 27\n China 16 22 12\n France 15 7 15\n Reuter\n\u0003');
    expect(p.headline).toBe('OLYMPICS - LEADING MEDAL TABLE');
    expect(p.paragraphs).toEqual(['United States 44 32 25', 'Russia 26 21 16', 'Germany 20 18 27', 'China 16 22 12', 'France 15 7 15']);
    expect(p.wire).toBe('Reuters');
  });
});

describe('cleanText, lone lines of figures', () => {
  it('leaves a gallery counter above the body out', () => {
    const p = cleanText('Ransomware takes down Port of Lisbon website\n1 / 12\nThe Port of Lisbon said on Monday that its website had been down since Christmas Day after a ransomware attack, and that port operations had not been affected.\n');
    expect(p.headline).toBe('Ransomware takes down Port of Lisbon website');
    expect(p.paragraphs).toEqual(['The Port of Lisbon said on Monday that its website had been down since Christmas Day after a ransomware attack, and that port operations had not been affected.']);
  });

  it('keeps a brief that is one line of figures under its title', () => {
    const p = cleanText('OLYMPICS - ATLANTA GOLD MEDALS\n United States 44\n Reuter\n');
    expect(p.headline).toBe('OLYMPICS - ATLANTA GOLD MEDALS');
    expect(p.paragraphs).toEqual(['United States 44']);
  });
});

describe('cleanText, a list story', () => {
  it('keeps a timeline of dated items, none of them taken for a date line', () => {
    const p = cleanText([
      'Timeline: the SolarWinds hack',
      'Dec. 8, 2020 - FireEye says hackers stole its red-team tools',
      'Dec. 13, 2020 - SolarWinds says updates to its Orion software were tampered with',
      'Dec. 17, 2020 - CISA says the intrusion poses a grave risk to government networks',
      'Jan. 5, 2021 - U.S. agencies say the operation was likely Russian in origin',
      'April 15, 2021 - The U.S. formally names Russia\'s SVR and announces sanctions',
    ].join('\n'));
    expect(p.headline).toBe('Timeline: the SolarWinds hack');
    expect(p.paragraphs).toHaveLength(5);
    expect(p.paragraphs[0]).toMatch(/^Dec\. 8, 2020 - FireEye/);
    expect(last(p.paragraphs)).toMatch(/^April 15, 2021 - The U\.S\. formally names/);
  });

  it('keeps bulleted items after the last sentence', () => {
    const p = cleanText('Hackers hit city systems\nThe city said on Monday that hackers had hit several of its systems. These services are affected:\n- Parking payments\n- Library loans\n- Permit applications\nShare · Tweet\n');
    expect(p.paragraphs.slice(1)).toEqual(['- Parking payments', '- Library loans', '- Permit applications']);
  });
});

describe('cleanText, a headline that is not the first short line', () => {
  const page = clean('headline-not-first-short.txt');

  it('chooses the line that restates the lead over the site name, tagline and section', () => {
    expect(page.headline).toBe('NHS hospitals turn patients away as ransomware locks computers');
    expect(page.publishedAt).toBe('2017-05-12T17:40:00Z');
  });

  it('keeps the body and drops related links and prompts', () => {
    expect(page.paragraphs).toHaveLength(3);
    expect(page.paragraphs[0]).toMatch(/^Hospitals and doctors' surgeries across England/);
    expect(last(page.paragraphs)).toBe('NHS Digital said there was no evidence that patient data had been accessed.');
    for (const s of ['Harbour', 'Related', 'Most read', 'Ferry', 'Sign up', 'Home']) expect(page.text).not.toContain(s);
  });
});

describe('cleanText, what follows a story', () => {
  const story = [
    'Water utility says intruder changed chemical settings at treatment plant',
    'By Sam Porter',
    'February 8, 2021',
    'Officials in Florida said on Monday that an intruder had briefly raised the level of sodium hydroxide at the water treatment plant in Oldsmar through remote-access software, and that an operator saw the change and reversed it within minutes.',
    'Officials said residents had never been at risk.',
  ];

  it('ends at a comments heading, however long the comments are', () => {
    const p = cleanText([...story, 'Comments (2)', 'Rita M.: This is frightening. How was the remote software left open like that for anyone to use it?', 'Tom K.: Good thing the operator was watching the screen at the time, or it could have been much worse.'].join('\n'));
    expect(last(p.paragraphs)).toBe('Officials said residents had never been at risk.');
    expect(p.text).not.toMatch(/Comments|Rita|Tom K/);
  });

  it('keeps the story going past a box of related links in its middle', () => {
    const more = ['The sheriff said the intruder had been connected for three to five minutes and that the FBI and the Secret Service were helping to investigate.', 'The city disabled the remote-access program after the intrusion, officials said.', 'Other utilities in the region were told to review who could reach their control systems from outside.'];
    const p = cleanText([...story, 'Related stories', 'Hackers target water plants across the state', ...more].join('\n'));
    expect(p.paragraphs[0]).toMatch(/^Officials in Florida said on Monday/);
    expect(last(p.paragraphs)).toBe(more[2]);
  });
});

describe('cleanText, a headline with the site or tags after a bar', () => {
  it('keeps the title and drops the suffix', () => {
    const p = cleanText('Clop gang exploits file transfer flaw to hit federal agencies | #ransomware | #cybercrime\nA ransomware gang exploited a flaw in the MOVEit Transfer file-sharing program to steal data from several U.S. federal agencies, the Cybersecurity and Infrastructure Security Agency said on Thursday.\n');
    expect(p.headline).toBe('Clop gang exploits file transfer flaw to hit federal agencies');
    expect(p.paragraphs).toHaveLength(1);
  });
});

describe('cleanText, a standfirst that repeats the lead more closely than the headline', () => {
  it('still takes the line above it as the headline', () => {
    const p = cleanText([
      'Hackers stole parliament email accounts, Finland says',
      "Finland's security police say a group linked to China was behind the breach of lawmakers' email accounts",
      'Via AP news wire',
      'Thursday 17 March 2022 11:05 GMT',
      "HELSINKI (AP) — Finland's security service said Thursday that a cyber-espionage group linked to the Chinese government was most likely behind the breach of email accounts of some lawmakers.",
      'The service said the investigation had been handed to prosecutors.',
    ].join('\n'));
    expect(p.headline).toBe('Hackers stole parliament email accounts, Finland says');
    expect(p.paragraphs).toHaveLength(2);
    expect(p.text).not.toContain('security police');
  });
});

describe('cleanText, running text that only mentions chrome words', () => {
  it('keeps a paragraph about access "without permission"', () => {
    const s = 'Prosecutors said the two men had accessed the council\'s payroll systems without permission over several months and copied the bank details of hundreds of staff.';
    const p = cleanText(`Two charged over council payroll breach\n${s}\n`);
    expect(p.paragraphs).toEqual([s]);
  });

  it('keeps a long paragraph that reports on sign-up emails, which a prompt rule would match', () => {
    const s = 'Investigators said the phishing emails sent to hospital staff asked them to sign up for a free account on a fake document-sharing site, where the passwords they typed were collected and later used to reach the payroll system';
    const p = cleanText(`Hospital staff targeted by fake document-sharing emails\n${s}\n`);
    expect(p.paragraphs).toEqual([s]);
  });
});

describe('recordFromFile on .txt stories', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirewatch-txt-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(['full-story-excerpt.txt', 'one-paragraph-wrapped.txt', 'cut-mid-sentence.txt', 'share-bar-top.txt', 'reuters-1990s-results.txt', 'reuters-1990s-brief.txt', 'headline-not-first-short.txt'])(
    'records %s (nothing refused)',
    async (f) => {
      const rec = await recordFromFile(path.join(TEXT, f), { fetchedAt: '2025-01-01T00:00:00Z' });
      expect(recordErrors(rec)).toEqual([]);
      expect(rec.text.length).toBeGreaterThan(100);
    },
  );

  it('refuses an all-chrome text and says why', async () => {
    const file = path.join(dir, 'consent.txt');
    fs.writeFileSync(file, 'We value your privacy\nThe Harbour Gazette and our partners use cookies and similar technologies to personalise content. Click "Accept" to agree.\nAccept all   Reject all   Manage options\nPrivacy policy\n');
    const err = await recordFromFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputFileError);
    expect(String((err as Error).message)).toMatch(/no story text found: all 4 lines are page chrome/);
  });

  it('refuses a text with only a title and says so', async () => {
    const file = path.join(dir, 'title.txt');
    fs.writeFileSync(file, 'Hackers hit city systems\n');
    const err = await recordFromFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputFileError);
    expect(String((err as Error).message)).toMatch(/no story text found: no paragraph, table or list among 1 line \(1 short/);
  });
});
