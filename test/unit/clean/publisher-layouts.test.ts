// Every metadata field and every body paragraph of twelve hand-written pages that mirror real publisher
// layouts (nav, cookie banners, prompts, related links, comments and share rows included).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanHtml } from '../../../lib/clean';
import type { CleanedPage } from '../../../lib/types';

const PAGES = path.join(__dirname, '..', '..', 'fixtures', 'pages');
const FETCHED_AT = '2025-01-01T00:00:00Z';

interface Expected {
  file: string;
  meta: Omit<CleanedPage, 'paragraphs' | 'text'>;
  /** Every body paragraph, in order. */
  body: string[];
  /** Strings of boilerplate that must not reach the text. */
  dropped: string[];
}

const CASES: Expected[] = [
  {
    file: 'ap-news.html',
    meta: {
      headline: 'Ransomware attack shuts major US fuel pipeline',
      byline: ['Dana Whitfield', 'Marcus Ellery'],
      publishedAt: '2021-05-08T18:47:12Z',
      publishedDate: '2021-05-08',
      publishedAtSource: 'json-ld',
      canonicalUrl: 'https://apnews.com/article/pipeline-ransomware-fuel-shutdown-0a1b2c3d',
      publisher: 'Associated Press',
      wire: 'AP',
      dateline: { place: 'WASHINGTON', country: 'US' },
      language: 'en',
    },
    body: [
      'WASHINGTON (AP) — The operator of the largest fuel pipeline on the U.S. East Coast shut down its entire network on Saturday after a ransomware attack, halting the flow of gasoline and diesel to much of the region.',
      'The company said it took the systems offline on its own to contain the threat, which it said had affected some of its business computers, and that it had brought in an outside cybersecurity firm to investigate.',
      'The line carries roughly 45% of the fuel consumed on the East Coast, running from refineries on the Gulf Coast to terminals in the New York area.',
      'Energy analysts said a shutdown of a few days would have little effect on prices, but that a longer outage could leave stations in the Southeast short of gasoline.',
      'Federal agencies, including the FBI and the Department of Energy, said they were working with the company and with state and local officials.',
    ],
    dropped: ['We use cookies', 'Advertisement', 'Related Stories', 'Hackers hit meat supplier', 'Morning Wire', 'Copyright 2021', 'Copy Link', 'Politics'],
  },
  {
    file: 'reuters.html',
    meta: {
      headline: 'Maersk says cyberattack hit systems across its business',
      byline: ['Karin Olsen', 'Tomas Brandt'],
      publishedAt: '2017-06-28T09:15:00Z',
      publishedDate: '2017-06-28',
      publishedAtSource: 'meta',
      canonicalUrl: 'https://www.reuters.com/article/us-cyber-attack-maersk-idUSKBN19J0XY?il=0',
      publisher: 'Reuters',
      wire: 'Reuters',
      dateline: { place: 'COPENHAGEN', country: 'DK' },
      language: 'en',
    },
    body: [
      'COPENHAGEN, June 28 (Reuters) - Danish shipping group A.P. Moller-Maersk said on Wednesday that a cyberattack had disrupted computer systems across its business units, including its container terminals in several ports.',
      "The company, which runs the world's largest container shipping line, said it had shut down a number of systems to contain the attack and could not yet say when they would be fully restored.",
      'The attack was part of a wave of infections that began in Ukraine on Tuesday and spread to companies in Europe and the United States, hitting ministries, banks and a Russian oil producer.',
      'Security researchers said the malicious code encrypted the hard drives of infected computers and demanded a payment in bitcoin, although some said it appeared designed to destroy data rather than raise money.',
    ],
    dropped: ['Reporting by', 'Editing by', 'Scroll to continue', 'Trust Principles', 'Read Next', 'quotes delayed', 'Reuters uses cookies'],
  },
  {
    file: 'independent-ap.html',
    meta: {
      headline: 'Costa Rica declares emergency over ransomware attack on ministries',
      byline: [],
      publishedAt: '2022-05-09T03:12:00Z',
      publishedDate: '2022-05-09',
      publishedAtSource: 'json-ld',
      canonicalUrl: 'https://www.independent.co.uk/news/world/americas/costa-rica-ransomware-emergency-b2074321.html',
      publisher: 'The Independent',
      wire: 'AP',
      dateline: { place: 'SAN JOSE', country: 'CR' },
      language: 'en',
    },
    body: [
      'SAN JOSE, Costa Rica (AP) — Costa Rica’s new president declared a national emergency on Sunday over a ransomware attack that has disrupted the finance ministry’s systems for weeks, including tax collection and customs.',
      'The government said the attack, claimed by the Russian-speaking Conti gang, had also reached other institutions, among them the social security agency and the science and technology ministry.',
      'The group had published part of the stolen data and demanded a ransom, which the previous administration said it would not pay.',
      'The emergency decree allows the government to move money between budgets more quickly to respond to the attack.',
    ],
    dropped: ['Stay up to date with notifications', 'Your support helps us', 'Your donation', 'keep our reporting free', 'Via AP news wire', 'AP Photo', 'commenting forum', 'Thank you for registering', 'Please refresh', 'has declared a national emergency after a ransomware gang'],
  },
  {
    file: 'bbc.html',
    meta: {
      headline: 'British Library still recovering weeks after cyber-attack',
      byline: ['Alice Marsh'],
      publishedAt: '2023-11-22T14:05:31Z',
      publishedDate: '2023-11-22',
      publishedAtSource: 'time',
      canonicalUrl: 'https://www.bbc.co.uk/news/technology-67459722',
      publisher: 'BBC News',
      wire: null,
      dateline: null,
      language: 'en',
    },
    body: [
      'The British Library says its online catalogue and many of its services could stay unavailable for months after a ransomware attack in late October.',
      'The criminal group Rhysida has claimed the attack and has put what it says is data taken from the library up for auction on the dark web.',
      'The library has told users to change their passwords and warned that some personal details of staff and readers may have been exposed.',
      'Visitors can still use the reading rooms in London and Yorkshire, but they have to order items using paper slips and some collections cannot be reached.',
    ],
    dropped: ['agree to cookies', 'Technology reporter', 'reading rooms stayed open', 'Related Topics', 'More on this story', 'Top Stories', 'external sites'],
  },
  {
    file: 'guardian.html',
    meta: {
      headline: 'NHS hospitals hit by global ransomware attack',
      byline: ['Owen Pryce'],
      publishedAt: '2017-05-12T16:31:44Z',
      publishedDate: '2017-05-12',
      publishedAtSource: 'meta',
      canonicalUrl: 'https://www.theguardian.com/society/2017/may/12/nhs-hospitals-ransomware-attack',
      publisher: 'the Guardian',
      wire: null,
      dateline: null,
      language: 'en',
    },
    body: [
      'Hospitals and GP surgeries across England were forced to turn patients away on Friday after a ransomware attack locked staff out of their computers and demanded payment in bitcoin.',
      'At least 16 NHS organisations reported problems, and some trusts diverted ambulances and cancelled routine operations while they tried to contain the infection.',
      'The malware, which security researchers named WannaCry, spread through a flaw in older versions of Windows and hit organisations in dozens of countries on the same day.',
      'Patients told to stay away',
      'Several trusts asked people not to come to accident and emergency departments unless their case was urgent, and some told patients to bring paper records of their medication.',
      'NHS Digital said there was no evidence that patient data had been accessed, and the National Cyber Security Centre said it was working with the health service to restore systems.',
    ],
    dropped: ['Operations cancelled and ambulances diverted', 'Related: What is WannaCry', 'supporting our journalism', 'Support the Guardian', 'Share on Facebook', 'Comments (312)', 'out of support for years', 'Most viewed', 'privacy settings'],
  },
  {
    file: 'aljazeera.html',
    meta: {
      headline: 'Cyberattack disrupts fuel sales at petrol stations across Iran',
      byline: [],
      publishedAt: '2021-10-26T00:00:00Z',
      publishedDate: '2021-10-26',
      publishedAtSource: 'visible',
      canonicalUrl: 'https://www.aljazeera.com/news/2021/10/26/cyberattack-disrupts-fuel-sales-iran',
      publisher: 'Al Jazeera',
      wire: null,
      dateline: null,
      language: 'en',
    },
    body: [
      'A cyberattack has disrupted fuel sales at petrol stations across Iran, leaving long queues of drivers in Tehran and other cities, according to state media and officials.',
      'The attack hit the system that processes the smartcards most Iranians use to buy subsidised fuel, so stations could only sell petrol at the higher, unsubsidised price or not at all.',
      'Some digital billboards on major roads displayed messages asking the supreme leader where the fuel was, state television reported.',
      'The country’s civil defence chief said the attack would be investigated and that it resembled earlier incidents that had hit the railways and a port.',
    ],
    dropped: ['news agencies', 'Click here to share', 'Read more', 'Train services hit', 'Weekly newsletter', 'State media say a cyberattack hit the system', 'Accept cookies'],
  },
  {
    file: 'nyt.html',
    meta: {
      headline: 'Hackers Breached Treasury and Commerce Networks Through Software Update',
      byline: ['Ruth Calder', 'Simon Avery'],
      publishedAt: '2020-12-13T23:35:52Z',
      publishedDate: '2020-12-13',
      publishedAtSource: 'json-ld',
      canonicalUrl: 'https://www.nytimes.com/2020/12/13/us/politics/treasury-commerce-breach.html',
      publisher: 'The New York Times',
      wire: null,
      dateline: { place: 'WASHINGTON', country: 'US' },
      language: 'en',
    },
    body: [
      'WASHINGTON — Hackers working for a foreign government broke into networks at the Treasury and Commerce Departments by slipping malicious code into an update of widely used network management software, officials said on Sunday.',
      'The breach, which investigators said may have begun in the spring, was disclosed days after a prominent security firm said it had been hacked by the same group.',
      'The software maker said that as many as 18,000 of its customers had downloaded the tainted update, though it was not clear how many of them had been targeted further.',
      'The Cybersecurity and Infrastructure Security Agency ordered federal agencies to disconnect the affected software immediately.',
    ],
    dropped: ['Suspected Russian intruders', 'Advertisement', 'Continue reading the main story', 'appears in print', 'Order Reprints', 'Related Coverage'],
  },
  {
    file: 'wordpress-blog.html',
    meta: {
      headline: 'Log4Shell: what the Log4j flaw means for defenders',
      byline: ['Lena Vogt'],
      publishedAt: '2021-12-11T08:20:14Z',
      publishedDate: '2021-12-11',
      publishedAtSource: 'time',
      canonicalUrl: 'https://packetnotes.example/2021/12/11/log4shell-what-it-means/',
      publisher: 'Packet Notes',
      wire: null,
      dateline: null,
      language: 'en',
    },
    body: [
      'A flaw in Log4j, the logging library that sits inside a huge number of Java applications, is being exploited in the wild, and patching it will take most organisations a long time.',
      'The bug, tracked as CVE-2021-44228 and nicknamed Log4Shell, lets an attacker run code on a server simply by getting it to log a crafted string, for example in a chat message or a browser’s user-agent header.',
      'Why it is so bad',
      'Log4j is rarely installed on its own. It comes bundled inside other products, which means many teams do not know where it is running until a vendor tells them.',
      'Upgrade to the fixed release as soon as your vendors ship it.',
      'Until then, block outbound LDAP connections from servers that do not need them.',
      'If you run anything exposed to the internet, assume someone has already tried the exploit against it and look through your logs for the tell-tale lookup strings.',
    ],
    dropped: ['Skip to the content', 'Share this', 'Patch your Exchange servers', 'too much time reading firewall logs', 'three appliances', 'Blocking outbound LDAP saved us', 'Leave a Reply', 'Recent Posts', 'Powered by WordPress', '14 Comments'],
  },
  {
    file: 'cnn.html',
    meta: {
      headline: 'Cyberattack on health payment giant leaves pharmacies scrambling',
      byline: ['Maya Ortiz'],
      publishedAt: '2024-02-29T17:03:00Z',
      publishedDate: '2024-02-29',
      publishedAtSource: 'json-ld',
      canonicalUrl: 'https://www.cnn.com/2024/02/29/tech/health-payment-cyberattack-pharmacies/index.html',
      publisher: 'CNN',
      wire: null,
      dateline: null,
      language: 'en',
    },
    body: [
      '(CNN) — A cyberattack on a company that handles insurance claims for a large share of US pharmacies has left drugstores struggling to fill prescriptions for more than a week.',
      'The company said a ransomware gang was behind the attack and that it had disconnected its systems to stop the hackers from spreading further into its network.',
      'Pharmacists told CNN that some patients had paid full price out of pocket for their medicines, while others left without them.',
      'The American Hospital Association urged federal officials to help hospitals and doctors whose payments had been held up by the outage.',
    ],
    dropped: ['Link Copied', 'Advertisement', 'Related article', 'Ransomware gang claims hospital attack', 'Most read', 'Airline strike', 'Warner Bros'],
  },
  {
    file: 'france24-afp.html',
    meta: {
      headline: 'French hospital hit by ransomware, hackers demand $10 million',
      byline: [],
      publishedAt: '2022-08-23T12:20:00Z',
      publishedDate: '2022-08-23',
      publishedAtSource: 'json-ld',
      canonicalUrl: 'https://www.france24.com/en/france/20220823-french-hospital-hit-by-ransomware-hackers-demand-10-million',
      publisher: 'France 24',
      wire: 'AFP',
      dateline: { place: 'Paris', country: 'FR' },
      language: 'en',
    },
    body: [
      'Paris (AFP) – A hospital south of Paris was operating in emergency mode on Tuesday after a ransomware attack on its computer systems, with hackers demanding a $10 million payment, officials said.',
      'The Centre Hospitalier Sud Francilien in Corbeil-Essonnes has transferred some patients to other hospitals since the attack began on Sunday night, and has postponed a number of operations.',
      'The hospital’s medical imaging, patient admission and storage systems were all affected, a hospital official told reporters, adding that staff had switched to paper records.',
      'Health Minister François Braun called the attack a crime and said the government would not pay any ransom.',
    ],
    dropped: ['Issued on', 'A hospital south of Paris has been forced', 'Send via WhatsApp', 'subscribe to our newsletter', '(AFP)\n', 'Paris hospital group hit by data theft', 'Agree and close'],
  },
  {
    file: 'japantimes-kyodo.html',
    meta: {
      headline: 'Ransomware attack halts container terminals at Nagoya port',
      byline: [],
      publishedAt: '2023-07-05T08:30:00Z',
      publishedDate: '2023-07-05',
      publishedAtSource: 'meta',
      canonicalUrl: 'https://www.japantimes.co.jp/news/2023/07/05/national/nagoya-port-ransomware/',
      publisher: 'The Japan Times',
      wire: 'Kyodo',
      dateline: { place: 'NAGOYA', country: 'JP' },
      language: 'en',
    },
    body: [
      'NAGOYA – A ransomware attack on the computer system that manages container terminals at the port of Nagoya, the country’s busiest by cargo volume, halted loading and unloading for more than two days, the port authority said Wednesday.',
      'The Nagoya Harbor Transportation Association said the system was infected on Tuesday morning and that a printer started producing a message demanding payment from a group calling itself LockBit.',
      'Work resumed at some terminals on Thursday after the system was restored from backups. The port handles a large share of Toyota Motor Corp.’s exports, and the carmaker said deliveries of parts had been affected.',
      'Police are investigating the case.',
    ],
    dropped: ['National\n', 'Kyodo', 'Share/Bookmark', 'Advertisement', 'quality journalism', 'Subscribe now', 'Osaka hospital', 'Keywords', 'uses cookies'],
  },
  {
    file: 'amp-reuters.html',
    meta: {
      headline: "Australia's Medibank says hackers accessed data of all its customers",
      byline: ['Byron Kaye'],
      publishedAt: '2022-10-26T01:48:00Z',
      publishedDate: '2022-10-26',
      publishedAtSource: 'json-ld',
      canonicalUrl: 'https://www.example-wire.com/business/medibank-hack-all-customers-2022-10-26/?id=7',
      publisher: 'Example Wire',
      wire: 'Reuters',
      dateline: { place: 'SYDNEY', country: 'AU' },
      language: 'en',
    },
    body: [
      "SYDNEY, Oct 26 (Reuters) - Australia's biggest health insurer Medibank Private Ltd said on Wednesday that hackers had accessed personal data of all of its 3.9 million customers, a far bigger breach than it had first disclosed.",
      'The insurer said the attacker had reached names, dates of birth, addresses and phone numbers, as well as some health claims data, and it withdrew its earnings guidance while it assessed the cost.',
      'Shares in Medibank fell sharply after the disclosure, which came weeks after telecommunications company Optus said hackers had stolen data on millions of its customers.',
      'The government said it would raise penalties for companies that fail to protect customer data.',
    ],
    dropped: ['October 26, 2022 1:48 AM UTC', 'Advertisement', 'Reporting by', 'Editing by', 'personalise content', '{{title}}', 'gtag'],
  },
];

describe('cleanHtml on publisher layouts', () => {
  it('covers at least twelve layouts, each with its own fixture', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
    for (const c of CASES) expect(fs.existsSync(path.join(PAGES, c.file))).toBe(true);
  });

  describe.each(CASES)('$file', (c) => {
    const page = cleanHtml(fs.readFileSync(path.join(PAGES, c.file), 'utf8'), { url: null, fetchedAt: FETCHED_AT });

    it('reads every metadata field', () => {
      const { paragraphs: _p, text: _t, ...meta } = page;
      expect(meta).toEqual(c.meta);
    });

    it('keeps every body paragraph, in order, and nothing else', () => {
      expect(page.paragraphs).toEqual(c.body);
      expect(page.text).toBe(c.body.join('\n\n'));
    });

    it('drops the boilerplate', () => {
      for (const s of c.dropped) expect(`${page.text}\n`).not.toContain(s);
    });
  });
});
