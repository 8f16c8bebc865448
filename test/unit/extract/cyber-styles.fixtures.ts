// Short stories written for issue 10's third round, after real public events, in styles the gold
// sets lack: trade-press campaign reports, headline-only present tense, market and survey stories,
// sports and outage copy. Each says whether it reports an actual cyber incident and which of the
// scored types (ransomware, data-breach, phishing) it shows.
export interface StyleCase {
  id: string;
  headline: string;
  text: string;
  isCyber: boolean;
  /** the scored types the story shows (others are not checked) */
  types?: Array<'ransomware' | 'data-breach' | 'phishing'>;
}

export const CYBER_STYLE_CASES: StyleCase[] = [
  {
    id: 'youtube-channel-hijack',
    headline: 'Hackers hijack verified YouTube channels to push crypto scams',
    text: 'Criminals are taking over YouTube accounts with large followings and renaming them to look like Tesla or SpaceX, then streaming fake giveaways that ask viewers to send bitcoin.\n\nGoogle said it removes such streams within minutes when reported, but several have drawn thousands of viewers before being taken down.',
    isCyber: true,
  },
  {
    id: 'telecom-backdoor-campaign',
    headline: 'Chinese group targets Asian telecoms with new backdoor',
    text: 'A hacking group linked to China is going after telecommunications firms in Southeast Asia with a previously unseen backdoor that hides inside legitimate network management tools, researchers at a security firm say.\n\nThe intruders stay on the networks for months, collecting call records and text messages of selected subscribers, the researchers wrote in a report published on Thursday.',
    isCyber: true,
  },
  {
    id: 'bank-number-spoofing',
    headline: "Fraudsters spoof bank's phone number to empty savings accounts",
    text: 'Customers of a regional bank in Scotland have lost more than 400,000 pounds to callers who made their phones display the bank\'s real number and talked them into moving money to a "safe account", police said on Tuesday.\n\nOfficers said at least 30 people had been targeted since January and urged anyone who receives such a call to hang up and ring the bank back on a different phone.',
    isCyber: true,
    types: ['phishing'],
  },
  {
    id: 'forum-sale-passive',
    headline: 'Records of 10 million telecom customers offered for sale',
    text: 'Names, home addresses and passport numbers of about 10 million customers of an Indonesian mobile operator are being offered for sale on a hacking forum, a researcher who tracks such sites said on Monday.\n\nThe seller posted a sample of 5,000 records, which the researcher said matched real subscribers. The operator said it was investigating and had not found signs of an intrusion so far.',
    isCyber: true,
    types: ['data-breach'],
  },
  {
    id: 'iphone-zero-days',
    headline: 'Apple patches two zero-days used against iPhone users',
    text: 'Apple on Wednesday released updates for iPhones and iPads that fix two vulnerabilities the company said "may have been actively exploited" against people running older versions of iOS.\n\nThe bugs, in the WebKit browser engine and the kernel, were reported by researchers who study spyware sold to governments. Apple gave no details about who had been targeted.',
    isCyber: true,
  },
  {
    id: 'ddos-one-sentence',
    headline: 'Stock exchange website down for hours',
    text: 'The website of the Prague stock exchange was unreachable for several hours on Monday after a distributed denial-of-service attack that a pro-Russian group claimed on Telegram, the bourse said, adding that trading itself was not affected.',
    isCyber: true,
  },
  {
    id: 'military-network-espionage',
    headline: 'Dutch intelligence says Chinese state hackers planted malware on army network',
    text: 'The Netherlands\' military intelligence service said on Tuesday that hackers working for the Chinese state had installed a remote-access trojan on a network used by the armed forces for unclassified research.\n\nThe network had fewer than 50 users and was not connected to the main defence systems, the service said. The Chinese embassy rejected the accusation.',
    isCyber: true,
  },
  {
    id: 'insider-leak',
    headline: 'Former employees leaked staff data of carmaker, company says',
    text: 'Two former employees of the electric carmaker passed the personal details of more than 75,000 current and former staff, including social security numbers, to a German newspaper, the company said in a letter to a US state regulator.\n\nThe company said it had sued the two and obtained court orders to seize their devices.',
    isCyber: true,
    types: ['data-breach'],
  },
  {
    id: 'school-district-locked',
    headline: 'School district cancels classes as ransom note appears on screens',
    text: 'A school district in Minnesota cancelled classes for two days after staff arrived to find their computers locked and a message demanding payment to unlock them, the superintendent said.\n\nThe district said it had disconnected its network and was working with the FBI. Families were told to expect delays to grades and lunch payments.',
    isCyber: true,
    types: ['ransomware'],
  },
  {
    id: 'defi-drained',
    headline: 'Crypto lending platform drained of 190 million dollars',
    text: 'Attackers emptied the funds of a cryptocurrency bridge on Monday by exploiting a flaw in an upgrade that let anyone withdraw tokens without a valid proof, the project said.\n\nHundreds of copycat wallets joined in once the method became public, blockchain records show. The project said it had asked exchanges to freeze the stolen funds.',
    isCyber: true,
  },
  {
    id: 'teen-arrest',
    headline: 'British police arrest teenager over hack of games studio',
    text: 'Police in London arrested a 17-year-old on Friday on suspicion of hacking, days after unreleased footage of a games studio\'s next title was posted online, the City of London Police said.\n\nThe studio said an intruder had got into its internal messaging system and downloaded confidential development material.',
    isCyber: true,
  },
  {
    id: 'hospital-weeks-after',
    headline: 'Weeks on, hospital still writes prescriptions by hand',
    text: 'Nurses at a hospital in Brno said on Friday that they were still filling in paper charts three weeks after the cyberattack that shut down its computers, and that some operations were still being sent to other cities.\n\nThe hospital director said the main patient record system would be back by the end of the month.',
    isCyber: true,
  },
  {
    id: 'insurance-market',
    headline: 'Cyber insurance prices fall as ransomware claims ease',
    text: 'Prices for cyber insurance fell for the third quarter in a row, broker Marsh said on Thursday, as insurers competed for business and the number of ransomware claims levelled off.\n\nRates in the United States dropped 6 percent on average, while in Britain they fell 8 percent. Underwriters still demand that clients use multi-factor authentication and keep offline backups, the broker said.',
    isCyber: false,
  },
  {
    id: 'survey-statistics',
    headline: 'Survey: two thirds of manufacturers hit by ransomware last year',
    text: 'Sixty-five percent of manufacturing firms suffered a ransomware attack in the past year, according to a survey of 5,000 IT leaders published by a security company on Tuesday.\n\nThe average ransom payment rose to 1.2 million dollars, and a third of victims said backups were also targeted. Manufacturers that paid did not recover faster than those that restored from backups, the report found.',
    isCyber: false,
  },
  {
    id: 'product-launch',
    headline: 'Start-up launches AI tool to catch phishing emails',
    text: 'A London-based start-up has launched a tool that uses machine learning to flag phishing emails before staff open them, it said on Wednesday.\n\nThe product plugs into common office email services and costs 3 pounds per user a month. The company said it had raised 12 million dollars from investors to expand into the United States.',
    isCyber: false,
  },
  {
    id: 'football-attack',
    headline: "City's attack runs riot in 5-0 win",
    text: 'Manchester City\'s forwards tore apart a tired defence on Saturday, scoring three times before half-time as their attack hit the woodwork twice more.\n\nThe manager said his side had targeted the left flank all week in training. "We broke into the box again and again," he said.',
    isCyber: false,
  },
  {
    id: 'eu-device-rules',
    headline: 'EU agrees security rules for connected devices',
    text: 'European Union governments and lawmakers agreed on Thursday that makers of smart speakers, baby monitors and other connected devices must fix known vulnerabilities for at least five years, to cut the risk of hacking.\n\nCompanies that break the rules could be fined up to 2.5 percent of their global turnover. The rules take effect in 2027.',
    isCyber: false,
  },
  {
    id: 'security-earnings',
    headline: 'Security firm shares jump after revenue beats forecasts',
    text: 'Shares of a US cybersecurity company rose 12 percent in extended trading on Tuesday after it reported quarterly revenue above analysts\' estimates, helped by demand for its tools that detect hackers inside corporate networks.\n\nThe company raised its forecast for the full year and said it had added 1,200 customers.',
    isCyber: false,
  },
  {
    id: 'airline-glitch',
    headline: 'Airline blames software glitch for grounded flights',
    text: 'A US airline cancelled more than 1,000 flights on Sunday after a fault in the software it uses to schedule crews, the company said, adding that there was no sign of a cyberattack.\n\nPassengers queued for hours at airports in Denver and Chicago. The airline said it expected to run a full schedule on Monday.',
    isCyber: false,
  },
  {
    id: 'workforce-gap',
    headline: 'Shortage of cyber defenders widens, industry body says',
    text: 'The world needs about four million more cybersecurity workers than it has, an industry association said in its annual study on Wednesday, as budgets for hiring stalled.\n\nEmployers said the skills they most lacked were cloud security and incident response. Almost half of respondents said their teams had too few people to defend against hackers.',
    isCyber: false,
  },
  {
    id: 'police-station-attack',
    headline: 'Gunmen attack police station in northwest',
    text: 'Gunmen attacked a police station in the country\'s northwest overnight, killing two officers, a local official said on Wednesday.\n\nThe attackers fled before reinforcements arrived. No group claimed responsibility.',
    isCyber: false,
  },
];

/** Written after the fixes for the set above; first run: isCyber 8 of 12, and none of the 5 scored types found. */
export const CYBER_STYLE_CASES_2: StyleCase[] = [
  {
    id: 'ransom-email-school',
    headline: 'Parents receive threatening emails after school data theft',
    text: 'Criminals who broke into a private school\'s network in Sydney last month have emailed parents directly, threatening to publish their children\'s records unless the school pays, the principal said on Tuesday. Police are investigating.',
    isCyber: true,
    types: ['ransomware', 'data-breach'],
  },
  {
    id: 'water-plc',
    headline: 'Hacktivists deface controllers at small US water utilities',
    text: 'A group calling itself Cyber Av3ngers took over at least a dozen internet-exposed industrial controllers at small water and wastewater plants and left an anti-Israel message on their screens, federal officials said. None of the plants lost the ability to treat water.',
    isCyber: true,
  },
  {
    id: 'scam-call-center',
    headline: 'Police raid call centre behind fake tech support calls',
    text: 'Police in Kolkata raided a call centre on Friday whose staff posed as Microsoft support agents and persuaded elderly people in the United States and Canada to pay for repairs to computers that had nothing wrong with them, officers said. Twenty people were detained.',
    isCyber: true,
    types: ['phishing'],
  },
  {
    id: 'credential-stuffing',
    headline: 'Streaming service resets passwords after accounts accessed',
    text: 'A music streaming service forced a password reset for about 300,000 users on Monday after it detected logins from addresses it did not recognise, using email and password pairs that appear to have been leaked from other sites.',
    isCyber: true,
  },
  {
    id: 'malvertising',
    headline: 'Fake ads for popular software lead to malware',
    text: 'Search ads that pretend to offer downloads of popular free programs are sending users to lookalike sites that install an information stealer, a security company said on Thursday. The campaign has been running since August.',
    isCyber: true,
    types: ['phishing'],
  },
  {
    id: 'gov-email-spy',
    headline: 'Ministry says foreign spies read officials\' email for a year',
    text: 'The foreign ministry of Slovakia said on Wednesday that a state-backed group had been reading the mailboxes of about 30 diplomats for more than a year before the intrusion was found during a routine audit.',
    isCyber: true,
  },
  {
    id: 'pos-malware',
    headline: 'Restaurant chain finds card-stealing malware at 150 outlets',
    text: 'Malware on the payment terminals of a burger chain captured card numbers and expiry dates at about 150 restaurants between March and June, the company said on Friday. It advised customers to check their statements.',
    isCyber: true,
    types: ['data-breach'],
  },
  {
    id: 'neg-bug-bounty',
    headline: 'Carmaker pays researchers for finding flaws in its cars',
    text: 'A carmaker paid 500,000 dollars to researchers who found weaknesses in its cars\' software during a hacking contest in Vancouver on Thursday, and said it would fix them with an over-the-air update.',
    isCyber: false,
  },
  {
    id: 'neg-merger',
    headline: 'Cybersecurity company agrees to buy rival for 2 billion dollars',
    text: 'A US cybersecurity company agreed on Monday to buy a smaller rival that makes tools for protecting cloud accounts, in a deal worth about 2 billion dollars. The deal is expected to close in the first quarter.',
    isCyber: false,
  },
  {
    id: 'neg-movie',
    headline: 'Hacker thriller tops weekend box office',
    text: 'A thriller about a teenage hacker who breaks into a bank\'s network took in 40 million dollars in North American cinemas over the weekend, the studio said on Sunday.',
    isCyber: false,
  },
  {
    id: 'neg-power-cut',
    headline: 'Storm leaves 200,000 homes without power',
    text: 'A storm brought down power lines across the north of the country overnight, leaving about 200,000 homes without electricity, the grid operator said. It said systems that monitor the network were working normally.',
    isCyber: false,
  },
  {
    id: 'neg-lawsuit-privacy',
    headline: 'Regulator fines app maker over data sharing',
    text: 'The data protection regulator fined a dating app maker 6 million euros on Thursday for sharing users\' location data with advertisers without valid consent. The company said it would appeal.',
    isCyber: false,
  },
];

/**
 * Written after the second round of fixes; first run: isCyber 7 of 12, recall 2 of 6. The one still failing
 * after the third round ("Government domains redirected in DNS hijacking campaign", whose body tells the act
 * as "changed the records") was left out and named in bench/entities/RESULTS.md; the sixth round reads records
 * changed in a story about domain names as tampering, and 'p-dns-records' (a new story of that shape, written
 * for that round) stands for it here.
 */
export const CYBER_STYLE_CASES_3: StyleCase[] = [
  {
    id: 'p-dns-records',
    headline: 'Government domains redirected in DNS hijacking campaign',
    text: 'An unknown group logged in to the registrar accounts of several ministries and changed the records, sending visitors and incoming mail to servers it controlled for about a week, the national computer emergency team said on Wednesday.\n\nThe team told agencies to turn on two-factor log-ins for their domain registrations.',
    isCyber: true,
  },
  {
    id: 'p-okta-shares',
    headline: 'Okta shares slide after hackers reach support system',
    text: 'Shares of identity software maker Okta fell 11 percent on Friday after it said an intruder had used a stolen credential to view files that customers uploaded to its support case system.',
    isCyber: true,
  },
  {
    id: 'p-council-payroll',
    headline: 'Council staff paid late after IT attack',
    text: 'Staff at a district council in Kent were paid three days late this month because an attack on the council\'s IT systems in early March left the payroll software unusable, the council said. It has not said who was responsible.',
    isCyber: true,
  },
  {
    id: 'p-airport-screens',
    headline: 'Flight boards at regional airports show wrong times after intrusion',
    text: 'Departure boards at four regional airports in Brazil showed false flight times for about an hour on Sunday after someone got into the system that feeds them, the airport operator said. Flights were not affected.',
    isCyber: true,
  },
  {
    id: 'p-sentencing',
    headline: 'Teenager jailed for extorting cancer patients',
    text: 'A court in Helsinki sentenced a 26-year-old man to six years in prison on Tuesday for breaking into a psychotherapy provider\'s database and demanding money from thousands of its patients to keep their session notes private.',
    isCyber: true,
  },
  {
    id: 'p-voice-clone',
    headline: 'Finance worker tricked by deepfake video call, police say',
    text: 'A finance employee at a multinational firm in Hong Kong transferred 25 million dollars after joining a video call in which fraudsters used deepfake versions of the company\'s chief financial officer and other colleagues, police said.',
    isCyber: true,
  },
  {
    id: 'n-patch-tuesday',
    headline: 'Microsoft releases monthly security updates',
    text: 'Microsoft on Tuesday released fixes for 61 vulnerabilities in Windows, Office and other products, including two rated critical. The company said none of them was known to have been exploited.',
    isCyber: false,
  },
  {
    id: 'n-cyber-budget',
    headline: 'Government pledges 2 billion for cyber defence',
    text: 'The defence ministry will spend 2 billion euros over five years on a new cyber command and on training 1,500 specialists to protect military networks against hackers, the minister said on Wednesday.',
    isCyber: false,
  },
  {
    id: 'n-ai-election-warning',
    headline: 'Officials warn of AI fakes ahead of vote',
    text: 'Election officials urged voters on Monday to be sceptical of audio and video clips of candidates that appear in the final week of the campaign, saying artificial intelligence tools make convincing fakes easy to produce.',
    isCyber: false,
  },
  {
    id: 'n-outage-config',
    headline: 'Bank app outage caused by faulty update, not hackers',
    text: 'Customers of a Dutch bank could not log in to its mobile app for six hours on Friday because of a faulty software update, the bank said, adding that it had found no sign of a cyberattack and that no data was lost.',
    isCyber: false,
  },
  {
    id: 'n-chess-cheating',
    headline: 'Chess player denies using computer help',
    text: 'A grandmaster accused of cheating with the help of a chess engine during an online tournament denied the claims on Thursday and said he would take legal action against his accuser.',
    isCyber: false,
  },
  {
    id: 'n-phone-theft',
    headline: 'Thieves snatch phones from diners in city centre',
    text: 'Police in Barcelona arrested three men suspected of stealing more than 200 mobile phones from tables at restaurant terraces over the summer, officers said on Monday.',
    isCyber: false,
  },
];
