// Incident grouping fixtures for bench:dedup, written for this project after publicly reported
// incidents (facts as reported at the time; every sentence is this project's own). Each story
// names the incident it belongs to (`incident`); stories that share it are one incident.
// Distractors are stories that must stay apart from a neighbour although they share a lot with
// it: the same actor hitting another victim the same week, another ransomware story the same
// day, the same victim a year later, another breach in the same country the week after.
//
// DEV is what the grouping was tuned against. SECOND was written after that tuning and scored
// once as held back; its failures then led to three more changes (README, "Incident clusters"),
// so it is no longer unseen. FRESH, FRESH_2 and FRESH_3 were written after the last change and
// have not been tuned on (the extract5 round was written while watching them, so they are seen
// now). FRESH_4 was written after the sixth session's merges and committed before its first run.

export interface IncidentStory {
  incident: string;
  /** Publication day, yyyy-mm-dd (the time of day is spread by the bench). */
  date: string;
  outlet: string;
  headline: string;
  paragraphs: string[];
}

export const DEV: IncidentStory[] = [
  // --- Colonial Pipeline, May 2021 -------------------------------------------------------------
  {
    incident: 'colonial-2021', date: '2021-05-08', outlet: 'Capital Wire',
    headline: 'Colonial Pipeline halts fuel network after ransomware attack',
    paragraphs: [
      'WASHINGTON (Capital Wire) — Colonial Pipeline, the operator of the largest fuel pipeline in the United States, shut down its entire network on Friday after a ransomware attack on its business computers, the company said.',
      'The Georgia-based operator said it had taken some systems offline to contain the threat and had hired an outside cybersecurity firm to investigate. The pipeline carries about 45 percent of the fuel consumed on the East Coast.',
      'Analysts said petrol prices could rise if the outage lasted more than a few days.',
    ],
  },
  {
    incident: 'colonial-2021', date: '2021-05-10', outlet: 'The Evening Ledger',
    headline: 'FBI names DarkSide gang behind pipeline shutdown',
    paragraphs: [
      'The FBI said on Monday that DarkSide, a ransomware group believed to operate from Russia, was responsible for the attack that forced Colonial Pipeline to close its 5,500-mile fuel line.',
      'President Biden said there was no evidence so far that the Russian government was involved, but that Moscow had a responsibility to act against criminals on its soil.',
      'Colonial Pipeline said it hoped to restore most of its service by the end of the week.',
    ],
  },
  {
    incident: 'colonial-2021', date: '2021-05-13', outlet: 'Gulf Coast Courier',
    headline: 'Fuel starts flowing again as Colonial restarts its pipeline',
    paragraphs: [
      'Colonial Pipeline restarted operations on Wednesday evening, five days after the ransomware attack, but warned it would take several days for deliveries to return to normal.',
      'Filling stations across the Southeast ran dry as drivers rushed to buy fuel. In North Carolina, more than half of stations had no petrol on Thursday morning.',
    ],
  },
  {
    incident: 'colonial-2021', date: '2021-05-19', outlet: 'Markets Daily',
    headline: 'Colonial chief confirms $4.4 million ransom payment to hackers',
    paragraphs: [
      'Colonial Pipeline chief executive Joseph Blount said he authorised a ransom payment of $4.4 million to the hackers who broke into the company’s network, calling it the right thing to do for the country.',
      'The company paid in bitcoin shortly after the attack, when executives did not know how far the intruders had reached. The DarkSide group has since said it is shutting down.',
    ],
  },
  // --- JBS, June 2021 ----------------------------------------------------------------------------
  {
    incident: 'jbs-2021', date: '2021-06-01', outlet: 'Farm & Market Report',
    headline: 'Meat giant JBS stops production at US and Australian plants after cyberattack',
    paragraphs: [
      'JBS, the world’s largest meat processor, halted slaughter at several plants in the United States and Australia after a cyberattack hit servers supporting its North American and Australian IT systems.',
      'The Brazilian-owned company said the attack happened on Sunday and that backup servers were not affected. Cattle slaughter in Australia stopped entirely on Monday.',
    ],
  },
  {
    incident: 'jbs-2021', date: '2021-06-02', outlet: 'Capital Wire',
    headline: 'FBI blames REvil ransomware group for JBS attack',
    paragraphs: [
      'WASHINGTON (Capital Wire) — The FBI said on Wednesday that REvil, a Russian-speaking ransomware gang, was behind the attack on JBS that shut meat plants in the United States.',
      'The White House said it had raised the matter with Russia. JBS said most of its plants would be running again on Thursday.',
    ],
  },
  {
    incident: 'jbs-2021', date: '2021-06-09', outlet: 'The Evening Ledger',
    headline: 'JBS paid $11 million in bitcoin to end ransomware attack',
    paragraphs: [
      'JBS USA said it paid the equivalent of $11 million to the criminals who attacked its systems, to protect its plants and customers from further disruption.',
      'The company’s chief executive said the decision was very difficult but that the payment prevented any further risk to the food supply.',
    ],
  },
  // --- Kaseya VSA, July 2021 ------------------------------------------------------------------
  {
    incident: 'kaseya-2021', date: '2021-07-03', outlet: 'Tech Brief',
    headline: 'Ransomware spreads through Kaseya software to hundreds of businesses',
    paragraphs: [
      'Hackers exploited Kaseya VSA, remote management software used by IT service providers, to push ransomware to hundreds of businesses on Friday, in what researchers called one of the largest supply-chain attacks yet.',
      'Kaseya, based in Miami, told customers to shut down their VSA servers immediately. Security firm Huntress said the REvil gang was responsible.',
    ],
  },
  {
    incident: 'kaseya-2021', date: '2021-07-04', outlet: 'Nordic News Agency',
    headline: 'Coop closes 800 Swedish stores as tills go down in US software hack',
    paragraphs: [
      'STOCKHOLM — Swedish supermarket chain Coop closed around 800 stores on Saturday because its cash registers stopped working after the attack on Kaseya, the US software supplier of one of its contractors.',
      'The ransomware attack attributed to the REvil group also hit schools and a pharmacy chain in Sweden, the government said.',
    ],
  },
  {
    incident: 'kaseya-2021', date: '2021-07-06', outlet: 'Capital Wire',
    headline: 'REvil demands $70 million to unlock systems hit via Kaseya',
    paragraphs: [
      'The REvil ransomware group posted a demand for $70 million in bitcoin to release a universal decryptor for the businesses hit through Kaseya VSA software.',
      'Kaseya said between 800 and 1,500 businesses had been affected, most of them customers of managed service providers using its tools.',
    ],
  },
  // --- Costa Rica, April–May 2022 ------------------------------------------------------------
  {
    incident: 'costarica-2022', date: '2022-04-19', outlet: 'Central America Press',
    headline: 'Costa Rica finance ministry systems down after Conti attack',
    paragraphs: [
      'SAN JOSE — Costa Rica’s finance ministry shut down its tax and customs platforms on Monday after a ransomware attack that the Conti group claimed on its leak site.',
      'The government said the attack had also reached systems of the labour ministry, and that it would not pay any ransom.',
    ],
  },
  {
    incident: 'costarica-2022', date: '2022-04-22', outlet: 'Capital Wire',
    headline: 'Conti asks Costa Rica for $10 million after hacking ministries',
    paragraphs: [
      'The Conti ransomware gang has demanded $10 million from Costa Rica and begun publishing files it says it stole from the finance ministry, officials said.',
      'President Carlos Alvarado said the country would not pay. Customs officers returned to paper forms, slowing trade at the borders.',
    ],
  },
  {
    incident: 'costarica-2022', date: '2022-05-01', outlet: 'Tech Brief',
    headline: 'Weeks on, Costa Rica still struggling with Conti ransomware',
    paragraphs: [
      'Two weeks after Conti hit Costa Rica’s finance ministry, tax payments are still being processed by hand and several ministries remain partly offline.',
      'Researchers said the intrusion began with stolen credentials and spread to at least 27 government bodies.',
    ],
  },
  {
    incident: 'costarica-2022', date: '2022-05-09', outlet: 'Central America Press',
    headline: 'New president declares national emergency over cyberattacks',
    paragraphs: [
      'Costa Rica’s new president, Rodrigo Chaves, declared a national emergency on Sunday over the Conti ransomware attack on public institutions, on his first day in office.',
      'The decree lets the government move funds and staff to restore the finance ministry’s systems faster.',
    ],
  },
  // --- Optus, September 2022 -----------------------------------------------------------------
  {
    incident: 'optus-2022', date: '2022-09-22', outlet: 'Harbour City Herald',
    headline: 'Optus says customer data exposed in cyberattack',
    paragraphs: [
      'SYDNEY — Optus, Australia’s second-largest telecommunications company, said names, dates of birth, phone numbers and in some cases passport and licence numbers of customers had been exposed in a cyberattack.',
      'The company said up to 9.8 million current and former customers could be affected, and that it had told the Australian Federal Police.',
    ],
  },
  {
    incident: 'optus-2022', date: '2022-09-24', outlet: 'Pacific Wire',
    headline: 'Hacker demands ransom for Optus customer records',
    paragraphs: [
      'A user on a data-breach forum has demanded $1 million in cryptocurrency from Optus, threatening to sell the records of millions of its customers.',
      'Optus chief executive Kelly Bayer Rosmarin apologised and said the breach was the result of a sophisticated attack.',
    ],
  },
  {
    incident: 'optus-2022', date: '2022-09-27', outlet: 'Harbour City Herald',
    headline: '10,000 Optus records leaked as alleged hacker backs down',
    paragraphs: [
      'The person claiming to hold the Optus data released 10,000 customer records online before deleting the post and saying they would not sell the rest.',
      'Police said they were working with the FBI to find those responsible. The government is considering changes to privacy law after the breach.',
    ],
  },
  // --- Medibank, October–November 2022 ------------------------------------------------------
  {
    incident: 'medibank-2022', date: '2022-10-13', outlet: 'Pacific Wire',
    headline: 'Medibank detects unusual activity on its network',
    paragraphs: [
      'MELBOURNE — Health insurer Medibank said it had detected unusual activity on its network and had taken some systems offline, but that there was no evidence customer data had been accessed.',
      'Trading in the company’s shares was halted on Monday while it assessed the cyber incident.',
    ],
  },
  {
    incident: 'medibank-2022', date: '2022-10-20', outlet: 'Harbour City Herald',
    headline: 'Medibank says criminal claims to hold stolen customer data',
    paragraphs: [
      'Medibank Private said a criminal had contacted it claiming to have stolen 200 gigabytes of customer data, including health claims, and wanting to negotiate.',
      'The insurer said the sample it had been sent included records from its ahm and international student brands.',
    ],
  },
  {
    incident: 'medibank-2022', date: '2022-11-09', outlet: 'Pacific Wire',
    headline: 'Hackers post Medibank health records after insurer refuses ransom',
    paragraphs: [
      'The criminals who broke into Medibank began posting customer health records on a dark web site after the insurer refused to pay a ransom.',
      'The files included lists of customers who had made claims for mental health and drug treatment.',
    ],
  },
  {
    incident: 'medibank-2022', date: '2022-11-11', outlet: 'Capital Wire',
    headline: 'Australian police say Russia-based criminals behind Medibank breach',
    paragraphs: [
      'CANBERRA (Capital Wire) — Australian Federal Police commissioner Reece Kershaw said criminals based in Russia were responsible for the Medibank data breach.',
      'He said police knew which individuals were behind it and would talk to Russia about them. Researchers have linked the attack to people associated with the REvil ransomware gang.',
    ],
  },
  // --- SolarWinds Orion, December 2020 ------------------------------------------------------
  {
    incident: 'solarwinds-2020', date: '2020-12-13', outlet: 'Capital Wire',
    headline: 'US Treasury and Commerce departments breached by foreign hackers',
    paragraphs: [
      'WASHINGTON (Capital Wire) — Hackers working for a foreign government broke into networks at the Treasury and Commerce departments and read internal emails, officials said on Sunday.',
      'The intruders got in by tampering with updates to Orion, network monitoring software made by SolarWinds of Austin, Texas.',
    ],
  },
  {
    incident: 'solarwinds-2020', date: '2020-12-14', outlet: 'Tech Brief',
    headline: 'SolarWinds says up to 18,000 customers installed tainted Orion update',
    paragraphs: [
      'SolarWinds told regulators that as many as 18,000 of its customers had downloaded a compromised update of its Orion platform released between March and June.',
      'CISA ordered every federal civilian agency to disconnect SolarWinds Orion products immediately.',
    ],
  },
  {
    incident: 'solarwinds-2020', date: '2020-12-17', outlet: 'The Evening Ledger',
    headline: 'CISA warns SolarWinds hack poses grave risk',
    paragraphs: [
      'The US Cybersecurity and Infrastructure Security Agency said the hacking campaign that used SolarWinds Orion posed a grave risk to government and private networks and would be hard to remove.',
      'The Energy Department said its networks had also been reached through the Orion software.',
    ],
  },
  {
    incident: 'solarwinds-2020', date: '2020-12-19', outlet: 'Capital Wire',
    headline: 'Pompeo says Russia was behind the massive SolarWinds breach',
    paragraphs: [
      'Secretary of State Mike Pompeo said Russia was pretty clearly behind the hacking campaign that used SolarWinds software to break into US government agencies.',
      'Investigators believe the operation was run by the SVR, Russia’s foreign intelligence service, known to researchers as APT29.',
    ],
  },
  // --- Viasat KA-SAT, February–March 2022 -----------------------------------------------------
  {
    incident: 'viasat-2022', date: '2022-02-25', outlet: 'Continental Wire',
    headline: 'Satellite internet outage hits thousands across Europe as invasion begins',
    paragraphs: [
      'Tens of thousands of satellite internet terminals in Ukraine and across Europe went offline on Thursday, the day Russia invaded Ukraine, in an outage on Viasat’s KA-SAT network.',
      'Viasat said it was investigating a suspected cyber event affecting its consumer broadband service.',
    ],
  },
  {
    incident: 'viasat-2022', date: '2022-02-28', outlet: 'Tech Brief',
    headline: 'Viasat confirms cyberattack took down KA-SAT modems',
    paragraphs: [
      'Viasat confirmed that a cyberattack had disabled modems on its KA-SAT satellite network, and said Ukrainian police and intelligence were investigating with it.',
      'Western officials are examining whether Russian military hackers were responsible.',
    ],
  },
  {
    incident: 'viasat-2022', date: '2022-03-04', outlet: 'Rhine Valley Zeitung English',
    headline: 'German wind turbines lose remote link after satellite hack',
    paragraphs: [
      'Wind turbine maker Enercon said the remote monitoring of about 5,800 turbines in Germany was cut after the attack on the Viasat KA-SAT satellite network.',
      'The turbines kept generating power, the company said, but could not be controlled from afar.',
    ],
  },
  // --- MGM Resorts, September 2023 -----------------------------------------------------------
  {
    incident: 'mgm-2023', date: '2023-09-11', outlet: 'Desert Sun Times',
    headline: 'MGM Resorts shuts systems after cybersecurity issue',
    paragraphs: [
      'LAS VEGAS — MGM Resorts International said a cybersecurity issue had forced it to shut down some systems, leaving slot machines dark and guests unable to use digital room keys at its casinos.',
      'The company said it was working with law enforcement.',
    ],
  },
  {
    incident: 'mgm-2023', date: '2023-09-13', outlet: 'Tech Brief',
    headline: 'ALPHV ransomware gang claims MGM attack',
    paragraphs: [
      'The ALPHV ransomware group said it was behind the attack on MGM Resorts, and that its affiliate got in by calling the company’s help desk pretending to be an employee.',
      'Researchers link the affiliate to a group of young English-speaking hackers known as Scattered Spider.',
    ],
  },
  {
    incident: 'mgm-2023', date: '2023-09-20', outlet: 'Desert Sun Times',
    headline: 'MGM casinos back to normal ten days after hack',
    paragraphs: [
      'MGM Resorts said its hotels and casinos were operating normally again, ten days after the cyberattack that disrupted reservations and slot machines.',
      'The company expects the attack to cost it about $100 million this quarter.',
    ],
  },
  // --- Royal Mail, January 2023 --------------------------------------------------------------
  {
    incident: 'royalmail-2023', date: '2023-01-11', outlet: 'Albion Press',
    headline: 'Royal Mail halts overseas deliveries after cyber incident',
    paragraphs: [
      'LONDON — Royal Mail asked customers to stop sending letters and parcels abroad after a cyber incident disrupted its export systems.',
      'The company said it was working with the National Cyber Security Centre.',
    ],
  },
  {
    incident: 'royalmail-2023', date: '2023-01-12', outlet: 'The Evening Ledger',
    headline: 'LockBit ransomware linked to Royal Mail disruption',
    paragraphs: [
      'The attack on Royal Mail has been linked to LockBit ransomware, which encrypted devices used to print customs labels for international mail.',
      'LockBit is a criminal group with ties to Russia, researchers said.',
    ],
  },
  {
    incident: 'royalmail-2023', date: '2023-01-17', outlet: 'Albion Press',
    headline: 'Parcels pile up as Royal Mail export outage enters second week',
    paragraphs: [
      'Royal Mail said it had begun sending a small number of parcels abroad using a workaround, nearly a week after a ransomware attack stopped its international service.',
      'Small businesses said the outage was costing them orders.',
    ],
  },
  // --- Change Healthcare, February–March 2024 -----------------------------------------------
  {
    incident: 'change-2024', date: '2024-02-22', outlet: 'Health Systems Journal',
    headline: 'Change Healthcare outage disrupts pharmacies nationwide',
    paragraphs: [
      'Change Healthcare, the UnitedHealth Group unit that handles billing and prescriptions for much of the US health system, said a cyberattack had forced it to disconnect its systems.',
      'Pharmacies across the United States said they could not process insurance claims.',
    ],
  },
  {
    incident: 'change-2024', date: '2024-02-29', outlet: 'Capital Wire',
    headline: 'UnitedHealth confirms ALPHV behind Change Healthcare attack',
    paragraphs: [
      'UnitedHealth Group said the ransomware gang ALPHV, also known as BlackCat, was behind the attack on its Change Healthcare unit.',
      'Hospitals said cash flow was drying up as payments stalled for a second week.',
    ],
  },
  {
    incident: 'change-2024', date: '2024-03-05', outlet: 'Tech Brief',
    headline: '$22 million bitcoin payment hints Change Healthcare paid ransom',
    paragraphs: [
      'A payment of about $22 million in bitcoin to a wallet tied to ALPHV suggests Change Healthcare paid a ransom, researchers said.',
      'An affiliate of the gang complained that it had not received its share of the payment.',
    ],
  },
  // --- Albania government, July 2022 -----------------------------------------------------------
  {
    incident: 'albania-2022', date: '2022-07-18', outlet: 'Adriatic Wire',
    headline: 'Albania shuts down government websites after cyberattack',
    paragraphs: [
      'TIRANA — Albania’s National Agency for Information Society temporarily shut down access to online public services and government websites after a cyberattack from abroad.',
      'The agency said the attack was synchronised and aimed at paralysing public services.',
    ],
  },
  {
    incident: 'albania-2022', date: '2022-07-21', outlet: 'Balkan Daily',
    headline: 'e-Albania portal back online after attack',
    paragraphs: [
      'The e-Albania portal, through which citizens reach most public services, was partly restored on Thursday after the cyberattack that took it offline.',
      'Prime Minister Edi Rama said the attack had failed to destroy data.',
    ],
  },
  {
    incident: 'albania-2022', date: '2022-07-28', outlet: 'Tech Brief',
    headline: 'Researchers tie Albania attack to Iranian hackers',
    paragraphs: [
      'Researchers at Mandiant said the cyberattack on Albania’s government used ransomware and a wiper they linked to hackers supporting Iran.',
      'A group calling itself HomeLand Justice claimed the attack and criticised Albania for hosting an Iranian opposition group.',
    ],
  },

  // --- distractors ---------------------------------------------------------------------------
  // Same actor family and type, same week and country as MGM: a different victim.
  {
    incident: 'caesars-2023', date: '2023-09-14', outlet: 'Desert Sun Times',
    headline: 'Caesars Entertainment says hackers stole loyalty data',
    paragraphs: [
      'Caesars Entertainment told regulators that hackers had stolen the driver’s licence numbers of members of its loyalty programme, and that it had paid to stop the data being published.',
      'The attack, by the group known as Scattered Spider, began with a call to an IT support contractor.',
    ],
  },
  {
    incident: 'caesars-2023', date: '2023-09-15', outlet: 'Capital Wire',
    headline: 'Caesars paid about $15 million to hackers, people familiar say',
    paragraphs: [
      'Caesars Entertainment paid roughly half of a $30 million ransom demand, people familiar with the matter said, after hackers stole customer data.',
      'Unlike other casino operators, Caesars said its properties had not been disrupted.',
    ],
  },
  // Another ransomware story the same week as Colonial, another country.
  {
    incident: 'hse-2021', date: '2021-05-14', outlet: 'Liffey Times',
    headline: 'Irish health service shuts IT systems after ransomware attack',
    paragraphs: [
      'DUBLIN — Ireland’s Health Service Executive shut down all its IT systems after a ransomware attack, cancelling outpatient appointments across the country.',
      'Officials said the attack was the work of an international criminal gang and that no ransom would be paid.',
    ],
  },
  {
    incident: 'hse-2021', date: '2021-05-17', outlet: 'Continental Wire',
    headline: 'Conti gang behind Irish hospital hack, experts say',
    paragraphs: [
      'Security researchers said the attack on Ireland’s Health Service Executive used Conti ransomware, and that the criminals were threatening to publish patient data.',
      'Hospitals in Dublin and Cork were still working with pen and paper.',
    ],
  },
  // Same actor as Colonial, the same week: another victim.
  {
    incident: 'toshiba-2021', date: '2021-05-14', outlet: 'Nikkei Wire English',
    headline: 'Toshiba unit hit by DarkSide hackers',
    paragraphs: [
      'Toshiba Tec Group said its European business had been hit by a cyberattack from DarkSide, the gang blamed for the Colonial Pipeline shutdown in the United States.',
      'The company said only a small amount of work data may have been leaked.',
    ],
  },
  // Same victim a year later.
  {
    incident: 'colonial-2022', date: '2022-05-06', outlet: 'Markets Daily',
    headline: 'Regulator seeks nearly $1 million fine from Colonial Pipeline',
    paragraphs: [
      'US pipeline regulators proposed a fine of nearly $1 million against Colonial Pipeline for control-room failures that they said made last year’s ransomware shutdown worse.',
      'Colonial said it would contest the findings.',
    ],
  },
  // Another breach in the same country the week after Optus, another victim.
  {
    incident: 'telstra-2022', date: '2022-10-04', outlet: 'Harbour City Herald',
    headline: 'Telstra says staff data exposed in third-party breach',
    paragraphs: [
      'Telstra said the names and email addresses of about 30,000 current and former employees had been posted online after a data breach at a third-party rewards supplier.',
      'The company said no customer data was involved.',
    ],
  },
  // Same actor and country as Royal Mail a fortnight later: another victim.
  {
    incident: 'ion-2023', date: '2023-02-01', outlet: 'Albion Press',
    headline: 'Trading software firm ION hit by LockBit ransomware',
    paragraphs: [
      'ION Group, the financial software company, said a ransomware attack had disrupted its derivatives trading service, forcing some banks and brokers to process trades by hand.',
      'LockBit claimed responsibility for the attack.',
    ],
  },
  // Same victim country as Costa Rica's finance ministry, three weeks later: another gang, another victim.
  {
    incident: 'ccss-2022', date: '2022-05-31', outlet: 'Central America Press',
    headline: 'Costa Rica social security fund hit by Hive ransomware',
    paragraphs: [
      'Costa Rica’s social security fund, the CCSS, shut down its computer systems after an attack with Hive ransomware, leaving hospitals unable to see patient records.',
      'The fund said the attack was not connected to the earlier Conti intrusion.',
    ],
  },
  // Same victim country and attribution as Albania, seven weeks later: a second attack.
  {
    incident: 'albania-border-2022', date: '2022-09-10', outlet: 'Adriatic Wire',
    headline: 'Albania border systems hit in second cyberattack',
    paragraphs: [
      'TIRANA — A new cyberattack hit the computer system Albania’s border police use to record entries and exits, forcing officers at crossings to work by hand, the interior ministry said.',
      'The government blamed the same attackers from Iran behind the attack in July.',
    ],
  },
];

export const SECOND: IncidentStory[] = [
  // --- Norsk Hydro, March 2019 ---------------------------------------------------------------
  {
    incident: 'hydro-2019', date: '2019-03-19', outlet: 'Fjord Business News',
    headline: 'Aluminium producer Norsk Hydro switches to manual operations after cyber-attack',
    paragraphs: [
      'OSLO — Norsk Hydro, one of the world’s biggest aluminium makers, said an extensive cyber-attack that began overnight had forced several of its plants in Europe and the United States to switch to manual operations.',
      'The company said its IT systems in most business areas were affected and that it was working to contain the attack.',
    ],
  },
  {
    incident: 'hydro-2019', date: '2019-03-20', outlet: 'Metals Weekly',
    headline: 'LockerGoga ransomware behind Hydro outage, Norway’s security authority says',
    paragraphs: [
      'Norway’s National Security Authority said the attack on Norsk Hydro used a ransomware strain called LockerGoga.',
      'Hydro said it would not pay and was restoring its systems from backups. Aluminium prices rose on the news.',
    ],
  },
  {
    incident: 'hydro-2019', date: '2019-03-26', outlet: 'Fjord Business News',
    headline: 'Hydro puts first-week cost of the attack at up to 350 million crowns',
    paragraphs: [
      'Norsk Hydro estimated that the ransomware attack had cost it between 300 and 350 million Norwegian crowns in its first week, mostly in its extruded products business.',
      'Most plants were running again at close to normal output, though some still relied on manual workarounds.',
    ],
  },
  // --- Uber, September 2022 -------------------------------------------------------------------
  {
    incident: 'uber-2022', date: '2022-09-16', outlet: 'Bay Area Tech Daily',
    headline: 'Uber investigating breach of its internal systems',
    paragraphs: [
      'SAN FRANCISCO — Uber said it was responding to a cybersecurity incident after a hacker gained access to its internal Slack messaging and other company systems.',
      'The intruder, who said they were 18, told reporters they got in by tricking an employee into sharing a password.',
    ],
  },
  {
    incident: 'uber-2022', date: '2022-09-19', outlet: 'Capital Wire',
    headline: 'Uber blames Lapsus$-linked hacker for network intrusion',
    paragraphs: [
      'Uber said the attacker who broke into its network was believed to be affiliated with Lapsus$, a hacking group that has targeted technology companies this year.',
      'The company said there was no evidence that the hacker accessed users’ sensitive data such as trip histories.',
    ],
  },
  {
    incident: 'uber-2022', date: '2022-09-23', outlet: 'Bay Area Tech Daily',
    headline: 'Police arrest teenager in Oxfordshire over Uber hack',
    paragraphs: [
      'City of London Police arrested a 17-year-old in Oxfordshire in connection with the breach at Uber, according to people familiar with the investigation.',
      'Uber said it was working with the FBI and the Justice Department.',
    ],
  },
  // --- Garmin, July 2020 ----------------------------------------------------------------------
  {
    incident: 'garmin-2020', date: '2020-07-24', outlet: 'Gadget Line',
    headline: 'Garmin Connect down worldwide as outage hits fitness app and call centres',
    paragraphs: [
      'Runners and cyclists could not sync their workouts after Garmin’s online services went down, along with the company’s call centres and its flyGarmin aviation service.',
      'Staff told reporters the outage was caused by ransomware that had encrypted company systems.',
    ],
  },
  {
    incident: 'garmin-2020', date: '2020-07-27', outlet: 'Capital Wire',
    headline: 'Garmin confirms cyberattack, says no customer data stolen',
    paragraphs: [
      'Garmin confirmed that a cyberattack had encrypted some of its systems and disrupted its website, Garmin Connect and customer support.',
      'The company said it had no indication that payment information or other customer data had been accessed. Security researchers said the WastedLocker ransomware, associated with the Evil Corp group, was used.',
    ],
  },
  {
    incident: 'garmin-2020', date: '2020-08-03', outlet: 'Gadget Line',
    headline: 'Report: Garmin obtained decryption key after ransomware attack',
    paragraphs: [
      'Garmin obtained a decryption key to recover files encrypted in the WastedLocker attack, a report said, suggesting a ransom was paid through an intermediary.',
      'Garmin declined to comment on how it restored its systems.',
    ],
  },
  // --- CDK Global, June 2024 ------------------------------------------------------------------
  {
    incident: 'cdk-2024', date: '2024-06-20', outlet: 'Auto Trade Journal',
    headline: 'Car dealers across North America hit as CDK Global shuts systems',
    paragraphs: [
      'CDK Global, which supplies software used by about 15,000 car dealerships, shut down most of its systems after a cyber incident, leaving dealers to write sales on paper.',
      'The company said it was investigating and had taken the systems down as a precaution.',
    ],
  },
  {
    incident: 'cdk-2024', date: '2024-06-24', outlet: 'Capital Wire',
    headline: 'BlackSuit ransomware gang behind attack on dealer software provider, researchers say',
    paragraphs: [
      'The ransomware group BlackSuit was behind the attack on CDK Global, according to researchers who have followed the gang, believed to be based in Eastern Europe.',
      'Listed dealership groups including AutoNation and Lithia Motors said their operations had been disrupted.',
    ],
  },
  {
    incident: 'cdk-2024', date: '2024-07-03', outlet: 'Auto Trade Journal',
    headline: 'CDK says nearly all dealers are back on its systems',
    paragraphs: [
      'CDK Global said nearly all of its dealer customers had been restored to its dealer management system about two weeks after the ransomware attack.',
      'Some dealers said June sales had been hurt by the outage.',
    ],
  },
  // --- distractors ----------------------------------------------------------------------------
  // The same ransomware strain the same week as Hydro: other victims.
  {
    incident: 'hexion-2019', date: '2019-03-22', outlet: 'Chemicals Today',
    headline: 'US chemical makers Hexion and Momentive hit by LockerGoga',
    paragraphs: [
      'Chemical companies Hexion and Momentive, both based in the United States, said a network security incident had disrupted their systems, and people familiar with the matter said LockerGoga ransomware was used.',
      'Hexion said its plants continued to operate safely.',
    ],
  },
  // The same hacker group the same week as Uber: another victim.
  {
    incident: 'rockstar-2022', date: '2022-09-19', outlet: 'Gadget Line',
    headline: 'Rockstar Games confirms hack after GTA VI footage leaks',
    paragraphs: [
      'Rockstar Games said a hacker had downloaded confidential information from its systems, including early development footage of the next Grand Theft Auto game.',
      'The person who posted the videos claimed to be behind the Uber breach as well, and researchers linked both to the Lapsus$ group.',
    ],
  },
  // Same victim a year and more later.
  {
    incident: 'hydro-2021', date: '2021-06-15', outlet: 'Fjord Business News',
    headline: 'Norsk Hydro detects attempted cyber-attack, says defences held',
    paragraphs: [
      'Norsk Hydro said it had detected and stopped an attempted cyber-attack on its network, two years after ransomware forced its plants onto manual operations.',
      'The company said no systems were encrypted this time.',
    ],
  },
];

export const FRESH: IncidentStory[] = [
  // --- Travelex, January 2020 -----------------------------------------------------------------
  {
    incident: 'travelex-2020', date: '2020-01-02', outlet: 'City Money Wire',
    headline: 'Travelex takes websites offline after software virus',
    paragraphs: [
      'LONDON — Foreign exchange company Travelex took its websites down in 30 countries after discovering a software virus on New Year’s Eve, and staff in its branches were issuing currency by hand.',
      'The company said it had acted as a precaution and that there was no evidence that customer data had been compromised.',
    ],
  },
  {
    incident: 'travelex-2020', date: '2020-01-07', outlet: 'Tech Brief',
    headline: 'Gang behind Travelex attack demands $6 million',
    paragraphs: [
      'The criminals behind the ransomware attack on Travelex, who use the Sodinokibi strain, are demanding $6 million and say they downloaded five gigabytes of customer data.',
      'Travelex said it had contained the virus and was working with the Metropolitan Police.',
    ],
  },
  {
    incident: 'travelex-2020', date: '2020-01-09', outlet: 'High Street Gazette',
    headline: 'Holidaymakers unable to order currency as banks feel Travelex outage',
    paragraphs: [
      'Customers of Tesco Bank, Sainsbury’s Bank and Virgin Money could not order travel money online for a second week because the services rely on Travelex, which was hit by ransomware.',
      'The Bank of England said it was monitoring the situation.',
    ],
  },
  // --- Toyota / Kojima Industries, March 2022 --------------------------------------------------
  {
    incident: 'kojima-2022', date: '2022-03-01', outlet: 'Nikkei Wire English',
    headline: 'Toyota halts all Japanese plants after supplier cyberattack',
    paragraphs: [
      'TOKYO — Toyota Motor suspended operations at all 14 of its plants in Japan for a day after Kojima Industries, a supplier of plastic parts, was hit by a cyberattack.',
      'The stoppage will cut output by about 13,000 vehicles.',
    ],
  },
  {
    incident: 'kojima-2022', date: '2022-03-01', outlet: 'Auto Trade Journal',
    headline: 'Kojima Industries says servers infected, threatening message found',
    paragraphs: [
      'Kojima Industries said one of its file servers had been infected with a virus and that a threatening message had been found on its network, in what appeared to be a ransomware attack.',
      'The company said it was restoring its systems so that Toyota could resume production.',
    ],
  },
  {
    incident: 'kojima-2022', date: '2022-03-02', outlet: 'Capital Wire',
    headline: 'Toyota to restart Japan production on Wednesday after supplier hack',
    paragraphs: [
      'Toyota said it would resume production at its domestic plants on Wednesday after its supplier Kojima Industries set up a temporary network following the cyberattack.',
      'Japan’s prime minister said the government would investigate whether Russia was involved, though there was no evidence so far.',
    ],
  },
  // --- Kyivstar, December 2023 ----------------------------------------------------------------
  {
    incident: 'kyivstar-2023', date: '2023-12-12', outlet: 'Dnipro Wire',
    headline: 'Kyivstar mobile network down across Ukraine after cyberattack',
    paragraphs: [
      'KYIV — Ukraine’s largest mobile operator, Kyivstar, said a powerful hacker attack had knocked out its mobile and internet services for millions of subscribers.',
      'Air raid sirens in some towns that rely on the network also failed.',
    ],
  },
  {
    incident: 'kyivstar-2023', date: '2023-12-13', outlet: 'Continental Wire',
    headline: 'Russian-linked hacker group claims Kyivstar attack',
    paragraphs: [
      'A hacker group called Solntsepek, which Ukrainian officials link to Russia’s military intelligence, claimed the attack on Kyivstar and said it had destroyed thousands of computers and servers.',
      'Kyivstar said customer data did not appear to have been stolen.',
    ],
  },
  {
    incident: 'kyivstar-2023', date: '2023-12-27', outlet: 'Dnipro Wire',
    headline: 'Russian hackers were inside Kyivstar since May, SBU says',
    paragraphs: [
      'Ukraine’s SBU security service said Russian military hackers of the Sandworm group had been inside Kyivstar’s network since at least May before wiping its systems in December.',
      'The operator said its services had been fully restored.',
    ],
  },
  // --- Capita, March–April 2023 ---------------------------------------------------------------
  {
    incident: 'capita-2023', date: '2023-03-31', outlet: 'Albion Press',
    headline: 'Outsourcer Capita hit by IT problems affecting staff systems',
    paragraphs: [
      'LONDON — Capita, which runs services for government departments and councils, said an IT incident had disrupted access to its internal Microsoft Office 365 applications.',
      'The company did not say what had caused the problem.',
    ],
  },
  {
    incident: 'capita-2023', date: '2023-04-03', outlet: 'The Evening Ledger',
    headline: 'Capita confirms cyber incident behind outage',
    paragraphs: [
      'Capita confirmed that a cyber incident was behind the disruption to its systems and said it had isolated the problem and called in experts.',
      'The company said there was no evidence that customer or supplier data had been compromised.',
    ],
  },
  {
    incident: 'capita-2023', date: '2023-04-20', outlet: 'Albion Press',
    headline: 'Capita says hackers may have taken some data; Black Basta posts files',
    paragraphs: [
      'Capita said the hackers who attacked it had accessed about 4 percent of its servers and may have taken some data, after the Black Basta ransomware gang posted files it said came from the company.',
      'Pension schemes that use Capita’s services said they were checking whether members were affected.',
    ],
  },
  // --- distractors ----------------------------------------------------------------------------
  // Same country and week as Kyivstar, attributed to Russia too: another victim.
  {
    incident: 'monobank-2023', date: '2023-12-14', outlet: 'Dnipro Wire',
    headline: 'Monobank hit by massive DDoS attack',
    paragraphs: [
      'Ukrainian online bank Monobank said it had been hit by a large distributed denial-of-service attack, with hundreds of millions of junk requests, but that its services kept working.',
      'The bank’s co-founder blamed Russian hackers.',
    ],
  },
  // Another Toyota supplier, a fortnight later: another victim and another gang.
  {
    incident: 'denso-2022', date: '2022-03-14', outlet: 'Auto Trade Journal',
    headline: 'Parts maker Denso says German unit hit by ransomware',
    paragraphs: [
      'Denso, the Toyota group parts maker, said its German subsidiary had been hit by a ransomware attack, and the Pandora gang threatened to leak data it said it had stolen.',
      'Denso said its plants were operating normally.',
    ],
  },
  // The same victim a year on.
  {
    incident: 'kyivstar-2024', date: '2024-12-12', outlet: 'Continental Wire',
    headline: 'A year after the Kyivstar hack, Ukraine’s operators rebuild',
    paragraphs: [
      'A year after Russian military hackers wiped much of Kyivstar’s network, the operator said it had spent about $90 million on new equipment and security.',
      'Ukraine’s regulators now require operators to keep backup systems offline.',
    ],
  },
];

export const FRESH_2: IncidentStory[] = [
  // --- Tietoevry, January 2024 ----------------------------------------------------------------
  {
    incident: 'tietoevry-2024', date: '2024-01-20', outlet: 'Nordic News Agency',
    headline: 'Tietoevry says ransomware hit one of its Swedish data centres',
    paragraphs: [
      'STOCKHOLM — Finnish IT services group Tietoevry said a ransomware attack had hit part of one of its data centres in Sweden overnight, affecting some of the services it runs for customers there.',
      'The company said it had isolated the affected platform and that the attack was limited to that part of its Swedish infrastructure.',
    ],
  },
  {
    incident: 'tietoevry-2024', date: '2024-01-22', outlet: 'Stockholm Evening Post',
    headline: 'Cinemas, shops and state agencies hit by IT supplier outage',
    paragraphs: [
      'Cinema chain Filmstaden could not sell tickets online and several Swedish government agencies lost access to their payroll and HR systems on Monday, all because of the ransomware attack on their IT supplier Tietoevry.',
      'Some municipalities said staff might be paid late.',
    ],
  },
  {
    incident: 'tietoevry-2024', date: '2024-01-24', outlet: 'Tech Brief',
    headline: 'Akira gang behind attack on Tietoevry, Swedish media report',
    paragraphs: [
      'The Akira ransomware group was behind the attack on Tietoevry’s Swedish data centre, according to Swedish media citing people close to the investigation.',
      'Tietoevry said restoring customer systems could take weeks.',
    ],
  },
  // --- Ascension, May 2024 ---------------------------------------------------------------------
  {
    incident: 'ascension-2024', date: '2024-05-09', outlet: 'Health Systems Journal',
    headline: 'Ascension detects unusual activity on network, some systems down',
    paragraphs: [
      'Ascension, one of the largest private health systems in the United States, said it had detected unusual activity on its network and that electronic health records and some phone systems were unavailable at its hospitals.',
      'The nonprofit said it was investigating what it called a cybersecurity event.',
    ],
  },
  {
    incident: 'ascension-2024', date: '2024-05-10', outlet: 'Capital Wire',
    headline: 'Black Basta ransomware used in Ascension hospital attack, sources say',
    paragraphs: [
      'The attack on Ascension’s hospitals used Black Basta ransomware, people familiar with the investigation said, a group that US agencies warned this week has targeted health care.',
      'Some Ascension hospitals diverted ambulances while staff worked from paper records.',
    ],
  },
  {
    incident: 'ascension-2024', date: '2024-05-15', outlet: 'Midwest Ledger',
    headline: 'Nurses describe chaos as hospital records stay offline',
    paragraphs: [
      'Nurses at Ascension hospitals in Michigan and Wisconsin said they were still writing orders by hand nearly a week after the ransomware attack took electronic records offline.',
      'Ascension said it expected systems to be restored in stages.',
    ],
  },
  // --- Ukrainian Railways, March 2025 ----------------------------------------------------------
  {
    incident: 'ukrzaliznytsia-2025', date: '2025-03-23', outlet: 'Dnipro Wire',
    headline: 'Ukrainian Railways online ticket sales down after cyberattack',
    paragraphs: [
      'KYIV — Ukrzaliznytsia, Ukraine’s state railway, said a large-scale cyberattack had knocked out its online ticket sales, and asked passengers to buy tickets at stations.',
      'Trains were running on schedule, the company said.',
    ],
  },
  {
    incident: 'ukrzaliznytsia-2025', date: '2025-03-24', outlet: 'Continental Wire',
    headline: 'Long queues at Kyiv stations as railway app stays offline',
    paragraphs: [
      'Passengers queued for hours at ticket offices in Kyiv and Lviv as Ukrzaliznytsia’s app and website stayed down for a second day after the hacker attack.',
      'Officials said the attack was systematic and multi-layered, and pointed to Russia.',
    ],
  },
  {
    incident: 'ukrzaliznytsia-2025', date: '2025-03-27', outlet: 'Dnipro Wire',
    headline: 'Railway restores online sales after attack blamed on Russia',
    paragraphs: [
      'Ukrzaliznytsia said online ticket sales had been fully restored, four days after a cyberattack that Ukrainian officials blamed on Russian special services.',
      'The railway said passengers’ personal data had not been affected.',
    ],
  },
  // --- Marks & Spencer, April–May 2025 ---------------------------------------------------------
  {
    incident: 'mands-2025', date: '2025-04-22', outlet: 'Albion Press',
    headline: 'M&S apologises as cyber incident hits contactless payments',
    paragraphs: [
      'LONDON — Marks & Spencer said it had been managing a cyber incident for several days, which had disrupted contactless payments and click-and-collect orders in its stores.',
      'The retailer said stores remained open and it had brought in outside experts.',
    ],
  },
  {
    incident: 'mands-2025', date: '2025-04-25', outlet: 'High Street Gazette',
    headline: 'Marks & Spencer pauses online orders after cyberattack',
    paragraphs: [
      'Marks & Spencer stopped taking orders through its website and app, days after a cyberattack disrupted payments in its shops.',
      'Shares in the retailer fell as analysts warned of lost sales over a bank holiday weekend.',
    ],
  },
  {
    incident: 'mands-2025', date: '2025-05-13', outlet: 'Albion Press',
    headline: 'M&S says hackers took some customer data',
    paragraphs: [
      'Marks & Spencer told customers that hackers had taken personal information such as names, addresses and order histories in the attack last month, but not card details or passwords.',
      'Reports have linked the attack to the group known as Scattered Spider, using DragonForce ransomware.',
    ],
  },
  // --- distractors ---------------------------------------------------------------------------
  // Same country, same week and the same hacker group as M&S: another retailer.
  {
    incident: 'coop-uk-2025', date: '2025-04-30', outlet: 'High Street Gazette',
    headline: 'Co-op shuts parts of its IT systems after hacking attempt',
    paragraphs: [
      'The Co-op said it had shut down parts of its IT systems after hackers tried to get into its network, days after Marks & Spencer was hit.',
      'Staff were told to keep cameras on in video calls. Researchers suspect the same Scattered Spider group.',
    ],
  },
  // Ransomware at another health provider a month after Ascension, in another country.
  {
    incident: 'synnovis-2024', date: '2024-06-04', outlet: 'Albion Press',
    headline: 'London hospitals cancel operations after attack on pathology firm Synnovis',
    paragraphs: [
      'Several London hospitals cancelled operations and blood tests after a ransomware attack on Synnovis, which runs their pathology services.',
      'A former head of the National Cyber Security Centre said the Qilin gang was believed to be responsible.',
    ],
  },
];

// Written after the last change, like FRESH and FRESH_2, and not tuned on.
export const FRESH_3: IncidentStory[] = [
  // --- British Library, October–November 2023 -------------------------------------------------
  {
    incident: 'britishlibrary-2023', date: '2023-10-31', outlet: 'Albion Press',
    headline: 'British Library website and catalogue down after cyber incident',
    paragraphs: [
      'LONDON — The British Library said a cyber incident had taken down its website, online catalogue and reading room services, and that it was investigating with the National Cyber Security Centre.',
      'Its buildings in London and Yorkshire stayed open, but readers could not order items from the collections.',
    ],
  },
  {
    incident: 'britishlibrary-2023', date: '2023-11-20', outlet: 'Tech Brief',
    headline: 'Rhysida ransomware gang auctions data it says it took from the British Library',
    paragraphs: [
      'The Rhysida ransomware group put up for auction what it said were files stolen from the British Library, asking 20 bitcoin and posting images of passports and staff documents as proof.',
      'The library had earlier confirmed that the October outage was a ransomware attack.',
    ],
  },
  {
    incident: 'britishlibrary-2023', date: '2023-11-22', outlet: 'Reading Room Weekly',
    headline: 'Library staff data leaked online, British Library confirms',
    paragraphs: [
      'The British Library confirmed that data from its human resources files had been leaked online and advised staff and users to change their passwords.',
      'Researchers said the recovery of its systems could take months.',
    ],
  },
  // --- Rackspace, December 2022 ---------------------------------------------------------------
  {
    incident: 'rackspace-2022', date: '2022-12-03', outlet: 'Tech Brief',
    headline: 'Rackspace hosted Exchange email outage leaves businesses without mail',
    paragraphs: [
      'Thousands of small businesses lost access to their email after an outage of Rackspace’s hosted Microsoft Exchange service, which the Texas company called a security incident.',
      'Rackspace said it had shut down the environment and was moving customers to Microsoft 365.',
    ],
  },
  {
    incident: 'rackspace-2022', date: '2022-12-06', outlet: 'Capital Wire',
    headline: 'Rackspace confirms ransomware attack behind email outage',
    paragraphs: [
      'Rackspace Technology said the incident that took down its hosted Exchange service was a ransomware attack, and that it did not yet know whether customer data had been taken.',
      'Customers have filed a lawsuit over the outage.',
    ],
  },
  {
    incident: 'rackspace-2022', date: '2022-12-21', outlet: 'Tech Brief',
    headline: 'Play ransomware gang got into Rackspace through unpatched Exchange flaw',
    paragraphs: [
      'The Play ransomware group broke into Rackspace’s hosted Exchange environment through a flaw in Microsoft Exchange that had not been patched, security researchers said.',
      'Rackspace said it would not bring the hosted Exchange service back.',
    ],
  },
  // --- Western Digital, April–May 2023 --------------------------------------------------------
  {
    incident: 'westerndigital-2023', date: '2023-04-03', outlet: 'Bay Area Tech Daily',
    headline: 'Western Digital says hackers got into its network; My Cloud down',
    paragraphs: [
      'Western Digital said an unauthorised third party had gained access to some of its systems, and its My Cloud online storage service went offline for customers.',
      'The company said it was working with law enforcement and outside experts.',
    ],
  },
  {
    incident: 'westerndigital-2023', date: '2023-04-14', outlet: 'Tech Brief',
    headline: 'Hackers say they stole 10 terabytes from Western Digital',
    paragraphs: [
      'The hackers behind the Western Digital breach told reporters they had taken about 10 terabytes of data, including customer information, and wanted a ransom of more than $10 million.',
      'Western Digital declined to comment on the claim.',
    ],
  },
  {
    incident: 'westerndigital-2023', date: '2023-05-05', outlet: 'Bay Area Tech Daily',
    headline: 'ALPHV posts what it says are Western Digital files',
    paragraphs: [
      'The ALPHV ransomware gang published screenshots it said came from Western Digital’s internal systems, including video calls and emails, to push the company to pay.',
      'Western Digital said its My Cloud service had been restored in April.',
    ],
  },
  // --- Kronos Private Cloud, December 2021 ----------------------------------------------------
  {
    incident: 'kronos-2021', date: '2021-12-13', outlet: 'HR Systems Report',
    headline: 'Ransomware attack knocks out Kronos payroll cloud',
    paragraphs: [
      'Ultimate Kronos Group said a ransomware attack had disabled its Kronos Private Cloud, used by employers to track hours and run payroll, and that it could take weeks to restore.',
      'Hospitals, cities and large companies that rely on the service began switching to paper timesheets.',
    ],
  },
  {
    incident: 'kronos-2021', date: '2021-12-14', outlet: 'Capital Wire',
    headline: 'Employers scramble to pay staff as UKG outage drags on',
    paragraphs: [
      'Employers from city councils to hospital groups said they were estimating workers’ pay by hand after the ransomware attack on Ultimate Kronos Group’s cloud.',
      'Unions warned that overtime might go unpaid before the holidays.',
    ],
  },
  {
    incident: 'kronos-2021', date: '2021-12-17', outlet: 'HR Systems Report',
    headline: 'UKG says Kronos cloud restoration will take weeks',
    paragraphs: [
      'Ultimate Kronos Group told customers that restoring the Kronos Private Cloud after the ransomware attack would take several weeks, and that it had brought in Mandiant.',
      'The company said it had found no evidence so far that customer data was taken.',
    ],
  },
  // --- distractors ----------------------------------------------------------------------------
  // Another library, the same week as the British Library, another country and gang.
  {
    incident: 'tpl-2023', date: '2023-10-30', outlet: 'Great Lakes Herald',
    headline: 'Toronto Public Library website and computers down after cyberattack',
    paragraphs: [
      'TORONTO — Toronto Public Library said a cyberattack had taken down its website and the public computers in its branches, and that staff and customer data might have been taken.',
      'Researchers said the Black Basta ransomware gang was behind the attack.',
    ],
  },
  // A newspaper's ransomware attack the same month as Rackspace's third story.
  {
    incident: 'guardian-2022', date: '2022-12-21', outlet: 'Albion Press',
    headline: 'Guardian tells staff to work from home after suspected ransomware attack',
    paragraphs: [
      'The Guardian told staff to work from home after what its chief executive called a serious IT incident, believed to be a ransomware attack, hit its offices in London.',
      'The newspaper said it continued to publish online and in print.',
    ],
  },
];

// Written after the sixth session's merges, about incidents no other set, gold file or eval story
// in the project uses, and committed before it was first scored: it measures the extractor and
// grouper on copy they have never seen. Do not tune on it.
export const FRESH_4: IncidentStory[] = [
  // --- Johnson Controls, September–October 2023 ----------------------------------------------
  {
    incident: 'johnsoncontrols-2023', date: '2023-09-28', outlet: 'Lee Valley Examiner',
    headline: 'Cork-headquartered Johnson Controls reports cyber incident to US regulators',
    paragraphs: [
      'Johnson Controls International, the building technology group whose global headquarters is in Cork, has told the US Securities and Exchange Commission that a cybersecurity incident has disrupted parts of its internal IT infrastructure and applications.',
      'In a filing on Wednesday, the company said some of its business operations had been affected and might continue to be, and that it had activated its incident response plan and brought in outside cybersecurity specialists to investigate and repair the damage.',
      'The group, which makes heating and air-conditioning equipment, fire alarms and building security systems for offices, hospitals and airports, did not say what kind of attack it had suffered or whether any customer information had been taken.',
      'Customers of York, its air-conditioning brand, had noticed earlier in the week that the brand’s online portals were showing outage notices. Johnson Controls employs about 100,000 people worldwide.',
    ],
  },
  {
    incident: 'johnsoncontrols-2023', date: '2023-10-02', outlet: 'Building Systems Today',
    headline: 'Dark Angels ransomware gang demands $51 million from Johnson Controls',
    paragraphs: [
      'The ransomware group Dark Angels is behind the cyberattack on Johnson Controls and is asking the building automation company for $51 million to decrypt its files and delete the data it says it stole, according to a ransom note seen by security researchers.',
      'The gang claims to have taken more than 27 terabytes of corporate data and to have encrypted the company’s VMware ESXi virtual machines. The intrusion is believed to have begun in the company’s offices in Asia over the weekend of September 23 before spreading to the rest of its network.',
      'Dark Angels, which appeared last year, tends to go after a small number of very large companies and to steal large volumes of data from each, rather than hitting many smaller targets.',
      'Johnson Controls, whose brands include York, Tyco and Simplex, said last week in a regulatory filing that the incident had disrupted parts of its IT systems. It has not commented on the ransom demand.',
    ],
  },
  {
    incident: 'johnsoncontrols-2023', date: '2023-10-04', outlet: 'Capital Wire',
    headline: 'Homeland Security checks whether its data was taken in Johnson Controls hack',
    paragraphs: [
      'WASHINGTON (Capital Wire) — The Department of Homeland Security is trying to establish whether sensitive information about its buildings was stolen in the ransomware attack on Johnson Controls, one of its contractors, according to an internal memo described to reporters.',
      'Johnson Controls installs and maintains access control, fire and security systems in government offices. Officials are concerned that the intruders may have reached floor plans and details of physical security at some DHS sites, the memo said.',
      'The company said last week that the attack had disrupted parts of its IT systems, and the Dark Angels ransomware gang has demanded $51 million from it. A DHS spokesperson declined to comment on the memo, and Johnson Controls did not respond to a request for comment.',
    ],
  },
  // --- Port of Seattle / Seattle-Tacoma airport, August–September 2024 ------------------------
  {
    incident: 'portofseattle-2024', date: '2024-08-24', outlet: 'Puget Sound Ledger',
    headline: 'Outage snarls check-in and baggage at Sea-Tac on busy Saturday',
    paragraphs: [
      'SEATTLE — Travelers at Seattle-Tacoma International Airport waited in long lines on Saturday after an outage knocked out internet and phone systems run by the Port of Seattle, which operates the airport.',
      'Check-in kiosks, flight information screens and the terminal Wi-Fi stopped working early in the morning, and some airline agents wrote boarding passes by hand. Alaska Airlines said its own systems were working but that passengers checking bags should expect delays because the airport’s baggage systems were affected.',
      'The port said it was working to restore services and asked travelers to allow extra time and to use their airlines’ apps where they could. It did not say what had caused the outage.',
      'The disruption came during one of the busiest stretches of the year for the airport, with the Labor Day weekend a week away.',
    ],
  },
  {
    incident: 'portofseattle-2024', date: '2024-08-28', outlet: 'Cascadia News Service',
    headline: 'Port of Seattle says cyberattack caused Sea-Tac airport outage',
    paragraphs: [
      'SEATTLE (Cascadia News Service) — The Port of Seattle said on Wednesday that a cyberattack was behind the outage that has disrupted Seattle-Tacoma International Airport since Saturday, and that it had cut some of its systems off from the internet to contain the intrusion.',
      'Port officials said they were working with federal investigators. Some services were back, but check-in kiosks and flight display boards remained unreliable and bags were still being sorted by hand in parts of the terminal.',
      'The airport, the busiest in the Pacific Northwest, told travelers to expect longer lines over the holiday weekend and to arrive early. Airlines said most flights were operating, though some had been delayed.',
      'The port, which also runs Seattle’s cruise and cargo terminals, said it had not yet determined who was responsible or whether any data had been taken.',
    ],
  },
  {
    incident: 'portofseattle-2024', date: '2024-09-13', outlet: 'Puget Sound Ledger',
    headline: 'Port of Seattle names Rhysida behind airport cyberattack, will not pay ransom',
    paragraphs: [
      'The Port of Seattle said on Friday that the criminal group Rhysida carried out the ransomware attack that disrupted Seattle-Tacoma International Airport three weeks ago, and that it would not pay the ransom the group had demanded.',
      'The attackers got into parts of the port’s network and encrypted some of its data on August 24, the port said. Staff then took systems offline to stop the attack from spreading, which caused much of the disruption to check-in, baggage handling and signs in the terminal.',
      'Executive director Steve Metruck said handing money to the group would not be a responsible use of public funds.',
      'The port said its most critical systems had been restored within a week, and that a few, such as parts of its website and the airport app, were still being brought back. It said it would contact anyone whose personal information turned out to have been taken.',
    ],
  },
  // --- Asahi Group, September–October 2025 ----------------------------------------------------
  {
    incident: 'asahi-2025', date: '2025-09-29', outlet: 'Tokyo Business Wire',
    headline: 'Asahi halts orders and shipments in Japan after cyberattack',
    paragraphs: [
      'TOKYO — Asahi Group Holdings, Japan’s biggest brewer, said on Monday that a cyberattack had caused a system failure that stopped it from taking orders and shipping products across its Japanese operations.',
      'The maker of Super Dry beer said its customer service desks and call centres had also been suspended. It said the problem was limited to its systems in Japan and that it had found no confirmed leak of personal information or customer data so far.',
      'Asahi did not say what kind of attack it had suffered or when it expected to resume normal operations, and said it was investigating with outside experts. Its businesses outside Japan, which include brewing in Europe and Australia, were not affected, the company said.',
    ],
  },
  {
    incident: 'asahi-2025', date: '2025-10-03', outlet: 'Japan Morning Herald',
    headline: 'Asahi confirms ransomware, processes orders by hand as beer output restarts',
    paragraphs: [
      'Asahi Group Holdings said on Friday that the cyberattack which paralysed its domestic ordering and delivery systems this week was a ransomware attack, and that it had found signs that some data may have been transferred out of its network without authorisation.',
      'The brewer has restarted production at some of its plants in Japan and is handling a limited number of orders manually so that it can ship Super Dry and other core products to wholesalers and restaurants while its computer systems remain down.',
      'The company said it was still investigating what information had been affected and would notify people promptly if personal data were found to have leaked. It has not said when it expects the systems to be restored.',
    ],
  },
  {
    incident: 'asahi-2025', date: '2025-10-08', outlet: 'Beverage Trade Weekly',
    headline: 'Qilin ransomware group claims attack on Asahi',
    paragraphs: [
      'The Qilin ransomware group has claimed responsibility for the cyberattack on Asahi Group, posting on its leak site what it says are 27 gigabytes of files stolen from the Japanese brewer, including internal documents and employee information.',
      'The group published a few dozen images as proof, among them what appeared to be financial papers and copies of staff identity documents. Asahi said it was aware of the claim and was checking it.',
      'Qilin, which security researchers describe as a ransomware-as-a-service operation, has been one of the most active groups this year. It was blamed for the 2024 attack on the London pathology provider Synnovis.',
      'The attack has left Japanese convenience stores and supermarkets short of some Asahi beers and soft drinks, and the brewer has postponed the launch of several new products planned for the autumn.',
    ],
  },
  // --- Jaguar Land Rover, September 2025 ------------------------------------------------------
  {
    incident: 'jlr-2025', date: '2025-09-02', outlet: 'Albion Press',
    headline: 'Jaguar Land Rover production hit as cyber incident forces systems shutdown',
    paragraphs: [
      'LONDON — Jaguar Land Rover said a cyber incident had severely disrupted its production and retail operations, and that it had shut down its systems in an attempt to limit the damage.',
      'Britain’s biggest carmaker said it was working to restart its global applications in a controlled way, and that it had found no evidence so far that customer data had been stolen.',
      'Workers at its plants in Solihull and Halewood were told not to come in on Tuesday. Dealers said they had been unable to register new cars on Monday, the day new number plates come into use and one of the busiest days of the year for car sales in Britain.',
      'JLR, which is owned by India’s Tata Motors, builds about 1,000 cars a day in Britain and employs about 34,000 people in the country.',
    ],
  },
  {
    incident: 'jlr-2025', date: '2025-09-03', outlet: 'Mersey Echo Online',
    headline: 'Halewood workers told to stay home again as hackers claim JLR attack',
    paragraphs: [
      'Workers at Jaguar Land Rover’s Halewood factory were told to stay at home for a second day on Wednesday as the carmaker struggled to bring its computer systems back after a cyberattack.',
      'The Merseyside plant, which builds the Range Rover Evoque and the Discovery Sport, has been idle since the start of the week, as have JLR’s factories in the West Midlands.',
      'A group of English-speaking hackers calling itself Scattered Lapsus$ Hunters has claimed responsibility on the messaging app Telegram, posting screenshots it said were taken from JLR’s internal systems. Its name points to links with Scattered Spider and Lapsus$, groups blamed for earlier attacks on companies including Marks & Spencer.',
      'JLR said it was working at pace to restart its systems and apologised for the disruption.',
    ],
  },
  {
    incident: 'jlr-2025', date: '2025-09-29', outlet: 'Markets Daily',
    headline: 'Government backs £1.5bn loan for Jaguar Land Rover after cyber shutdown',
    paragraphs: [
      'The UK government will guarantee a £1.5 billion commercial loan to Jaguar Land Rover to help the carmaker and its suppliers through the shutdown caused by the cyberattack that stopped its factories four weeks ago.',
      'The guarantee, given through UK Export Finance, is meant to shore up JLR’s cash so that it can keep paying the hundreds of smaller companies in its supply chain, many of which have laid off staff or cut hours since production stopped at the start of September. The loan is to be repaid over five years.',
      'Ministers said the guarantee was meant to save skilled jobs around Birmingham and Liverpool. JLR has said that some data was affected by the attack and that it has informed the relevant regulators.',
      'The company has not said when its plants in Solihull, Halewood and Wolverhampton will restart.',
    ],
  },
  // --- PowerSchool, January 2025 --------------------------------------------------------------
  {
    incident: 'powerschool-2025', date: '2025-01-08', outlet: 'K-12 Tech Report',
    headline: 'PowerSchool says hackers took student and teacher data from school systems',
    paragraphs: [
      'PowerSchool, whose software keeps student records for thousands of school districts in North America, has told customers that hackers stole personal information about students and teachers from its systems.',
      'The Folsom, California, company said it discovered on December 28 that someone had used a compromised credential to get into PowerSource, its customer support portal, and from there had exported data from the student information systems of some districts.',
      'The data included names, addresses and phone numbers, and for some people Social Security numbers, medical information and grades, according to notices sent to districts this week.',
      'PowerSchool said it had taken steps to prevent the data from being published and did not expect it to be shared. It has not said how many districts or students are affected; its software is used for more than 60 million students.',
    ],
  },
  {
    incident: 'powerschool-2025', date: '2025-01-10', outlet: 'Great Lakes Herald',
    headline: 'TDSB says student records caught up in PowerSchool breach',
    paragraphs: [
      'TORONTO — The Toronto District School Board said personal information about current and former students had been exposed in a data breach at PowerSchool, the US company that supplies its student information system.',
      'In a letter to families, Canada’s largest school board said PowerSchool had told it that an unauthorised party had accessed data including names, dates of birth, contact details and, for some students, medical information. The board said its own network had not been breached.',
      'The board said it had reported the incident to Ontario’s Information and Privacy Commissioner and was working with PowerSchool to learn how many students were affected and how far back the records went.',
      'Several other Ontario boards that use PowerSchool sent similar letters this week.',
    ],
  },
  {
    incident: 'powerschool-2025', date: '2025-01-16', outlet: 'Legal Ledger',
    headline: 'PowerSchool sued over student data breach; company says it paid to have data deleted',
    paragraphs: [
      'PowerSchool is facing a growing number of class-action lawsuits in federal court in California from parents who say the education software company failed to protect their children’s personal information.',
      'The suits, filed since the company disclosed the breach last week, accuse it of negligence and of failing to encrypt sensitive records such as Social Security numbers and medical notes. They seek damages and court-ordered improvements to its security.',
      'PowerSchool has told customers that it paid the person behind the theft and received a video that appeared to show the stolen data being deleted. Security experts said there was no way to be sure that copies had not been kept.',
      'The company, which was bought by the private equity firm Bain Capital last year, said it would offer credit monitoring to affected adults and identity protection to affected students.',
    ],
  },
  // --- distractors ----------------------------------------------------------------------------
  // The same gang as the Port of Seattle's, the same country and week: another victim.
  {
    incident: 'columbus-2024', date: '2024-08-30', outlet: 'Buckeye State Dispatch',
    headline: 'Columbus sues researcher who exposed data leaked in ransomware attack',
    paragraphs: [
      'COLUMBUS, Ohio — The city of Columbus has gone to court to stop a security researcher from sharing data that the Rhysida ransomware gang stole from city systems in July and later posted online.',
      'A Franklin County judge on Thursday granted a temporary restraining order barring David Leroy Ross from downloading or spreading the files. Ross had told local media that the leak included unencrypted personal details of residents, police officers and crime victims, contradicting Mayor Andrew Ginther’s earlier statement that the data was encrypted or corrupted and of little use to criminals.',
      'Rhysida claimed the attack on the city in early August, demanding about 30 bitcoin, and published several terabytes of stolen files when the city did not pay. The city said it would notify people whose information was confirmed to have been exposed.',
    ],
  },
  // Another Japanese company's ransomware, three weeks after Asahi's: another victim and gang.
  {
    incident: 'askul-2025', date: '2025-10-20', outlet: 'Tokyo Business Wire',
    headline: 'Muji halts online store as ransomware hits logistics partner Askul',
    paragraphs: [
      'TOKYO — Askul, the Japanese online office-supplies retailer, has stopped taking orders and shipping goods after a ransomware attack on its systems, the company said on Monday.',
      'The attack, which Askul detected on Sunday, also hit deliveries it handles for other retailers. Ryohin Keikaku, the operator of the Muji chain, suspended orders through its online store because its shipping is run by an Askul logistics subsidiary.',
      'Askul said it had cut its systems off from outside networks and was investigating whether customer information had been taken. It gave no date for restarting.',
      'The attack came three weeks after ransomware stopped Asahi Group’s ordering and shipping in Japan, and adds to concern about how exposed Japanese supply chains are to such groups.',
    ],
  },
  // The same victim six months before its shutdown: another, smaller incident.
  {
    incident: 'jlr-hellcat-2025', date: '2025-03-14', outlet: 'Tech Brief',
    headline: 'Hacker leaks hundreds of Jaguar Land Rover internal documents',
    paragraphs: [
      'A hacker linked to the Hellcat ransomware group has published what they say are more than 700 internal documents taken from Jaguar Land Rover, including development logs, source code and a list of employee details.',
      'The person, who uses the name Rey, said they got in with login details for JLR’s Jira project-management server. Threat intelligence firm Hudson Rock said the credentials appeared to have been stolen years earlier by infostealer malware from the computer of an employee at a partner company.',
      'A second user later posted more data that they said came from the same intrusion. Hellcat members have used stolen Jira logins against several other large companies this year.',
      'JLR had not commented on the leak by the time of publication.',
    ],
  },
];

// Written by a held-out helper while others tuned the extractor, about incidents no other set, gold
// file or eval story in the project uses, and committed before it was first scored. Do not tune on it.
export const FRESH_5: IncidentStory[] = [
  // --- DaVita, April–August 2025 --------------------------------------------------------------
  {
    incident: 'davita-2025', date: '2025-04-14', outlet: 'Front Range Business Journal',
    headline: 'DaVita says ransomware encrypted parts of its network; dialysis care continues',
    paragraphs: [
      'DENVER — DaVita Inc., one of the largest providers of kidney dialysis in the United States, said on Monday that a ransomware attack had encrypted some of its network over the weekend and disrupted parts of its operations.',
      'In a filing with the Securities and Exchange Commission, the Denver company said it had isolated the affected systems and was working with outside cybersecurity experts and law enforcement. Its dialysis centres remained open and patients were still being treated, it said, under contingency plans that include manual processes.',
      'DaVita, which runs more than 2,600 outpatient centres and treats about 200,000 patients in the US, said it could not yet estimate how long the disruption would last or whether patient data had been taken.',
    ],
  },
  {
    incident: 'davita-2025', date: '2025-06-19', outlet: 'Health IT Report',
    headline: 'Interlock gang leaks 1.5 terabytes it says it stole from DaVita',
    paragraphs: [
      'The Interlock ransomware group has posted about 1.5 terabytes of files on its leak site that it says were taken from the dialysis provider DaVita during the attack in April.',
      'The dump appears to include patient records, insurance documents and internal staff files, according to researchers who have looked at a sample. Interlock, which emerged last autumn, steals data before encrypting systems and publishes it when victims refuse to pay.',
      'The kidney care company said it was reviewing the posted data and would notify affected people as required by law.',
    ],
  },
  {
    incident: 'davita-2025', date: '2025-08-22', outlet: 'Capital Wire',
    headline: 'Dialysis chain tells federal regulators 2.7 million people hit by April breach',
    paragraphs: [
      'WASHINGTON (Capital Wire) — DaVita has told the Department of Health and Human Services that personal and health information about roughly 2.7 million people was exposed in the ransomware attack on its network in April, making it one of the largest health data breaches of the year.',
      'The company said the attackers had access to its systems between March 24 and April 12, and took data that included names, addresses, dates of birth, health insurance details, lab results and, for some people, Social Security numbers.',
      'The Denver-based kidney care provider said it would offer free credit monitoring to those affected.',
    ],
  },
  // --- Coinbase, May 2025 ---------------------------------------------------------------------
  {
    incident: 'coinbase-2025', date: '2025-05-15', outlet: 'Markets Daily',
    headline: 'Coinbase refuses $20 million ransom after criminals bribe support staff for customer data',
    paragraphs: [
      'Coinbase Global said on Thursday that cybercriminals had bribed customer support agents working overseas to copy data about some of its customers, and that it would not pay the $20 million the group was demanding to keep the information secret.',
      'The largest US cryptocurrency exchange said the stolen data included names, addresses, phone numbers, email addresses, the last four digits of Social Security numbers and images of government ID documents. Passwords and private keys were not taken, it said, and fewer than 1 percent of its monthly transacting users were affected.',
      'The criminals used the data to pose as Coinbase and trick customers into handing over their crypto. The company said it would reimburse customers who had been deceived and put the cost of the incident at between $180 million and $400 million.',
    ],
  },
  {
    incident: 'coinbase-2025', date: '2025-05-16', outlet: 'Crypto Ledger',
    headline: 'Armstrong turns ransom demand into $20 million bounty',
    paragraphs: [
      'Coinbase chief executive Brian Armstrong said the exchange would use the $20 million that extortionists had demanded from it to fund a reward for information leading to their arrest and conviction.',
      'In a video posted online, Armstrong said the attackers had paid insiders at a contractor to pull customer records from internal support tools, and that the company had fired the staff involved and reported them to law enforcement.',
      'Shares of the company fell about 7 percent on Thursday. The disclosure came days after the exchange was named to join the S&P 500 index, and as the Securities and Exchange Commission was reported to be looking into how it counts its users.',
    ],
  },
  {
    incident: 'coinbase-2025', date: '2025-05-23', outlet: 'Deccan Business Standard',
    headline: 'Outsourcing firm behind Coinbase support desk fired Indore staff over data theft',
    paragraphs: [
      'The breach of customer data at the US crypto exchange Coinbase has been traced to a support centre in Indore run by TaskUs, an outsourcing company, which dismissed more than 200 employees there earlier this year, according to people familiar with the matter.',
      'Two workers at the centre were caught photographing customer information on their computer screens and were found to be part of a wider scheme in which outsiders paid staff for data, the people said.',
      'TaskUs said it had identified two individuals who had illegally accessed information from one of its clients and that it had informed the authorities. Coinbase has said it will not pay the $20 million ransom the criminals demanded.',
    ],
  },
  // --- Krispy Kreme, December 2024 – June 2025 ------------------------------------------------
  {
    incident: 'krispykreme-2024', date: '2024-12-11', outlet: 'Carolina Business Wire',
    headline: 'Krispy Kreme says cyberattack has disrupted online ordering',
    paragraphs: [
      'CHARLOTTE, N.C. — Krispy Kreme said a cybersecurity incident had disrupted online ordering in parts of the United States, but that its doughnut shops remained open and were taking orders in person.',
      'In a filing with the Securities and Exchange Commission on Wednesday, the company said it learned of unauthorized activity on part of its IT systems on November 29 and had brought in outside cybersecurity experts to contain and fix the problem.',
      'The company said it expected the incident to hurt its business until it was fully resolved and that it carried cybersecurity insurance to help cover the costs.',
    ],
  },
  {
    incident: 'krispykreme-2024', date: '2024-12-18', outlet: 'Tech Brief',
    headline: 'Play ransomware gang claims attack on doughnut chain',
    paragraphs: [
      'The Play ransomware group has added Krispy Kreme to its leak site, claiming to have taken private and personal documents, payroll records and financial files from the doughnut maker.',
      'The gang, active since 2022, has threatened to publish the data unless it is paid. The company, which disclosed an attack last week that took its online ordering down in some US markets, has not commented on the claim.',
      'Play usually gains access through known vulnerabilities in remote-access and firewall products and has hit hundreds of companies and local governments.',
    ],
  },
  {
    incident: 'krispykreme-2024', date: '2025-06-02', outlet: 'Carolina Business Wire',
    headline: 'Krispy Kreme notifies about 160,000 people after last year\'s data theft',
    paragraphs: [
      'Krispy Kreme Doughnut Corporation has begun notifying about 161,000 people that their personal information may have been stolen in the cyberattack it disclosed in December, according to a filing with the Maine attorney general.',
      'The exposed data, which mostly concerns employees, former employees and their family members, includes names, Social Security numbers, bank account details, driver\'s licence numbers and in some cases health information, the Charlotte company said.',
      'The company is offering free credit monitoring. It did not say whether it had paid the group that claimed the attack.',
    ],
  },
  // --- Ahold Delhaize USA, November 2024 – June 2025 ------------------------------------------
  {
    incident: 'aholddelhaize-2024', date: '2024-11-09', outlet: 'Markets Daily',
    headline: 'Ahold Delhaize says cybersecurity issue hits US pharmacies and online grocery',
    paragraphs: [
      'Ahold Delhaize, the Dutch-Belgian supermarket group, said on Friday that its US business had detected a cybersecurity issue that had disrupted some pharmacies and e-commerce operations at its American grocery brands.',
      'The company said it had taken some systems offline to protect them, and that its stores were open and serving customers. It did not say how many of its US brands, which include Food Lion, Stop & Shop, Giant Food and Hannaford, were affected.',
      'The group, based in Zaandam in the Netherlands, said it had notified law enforcement and was working with outside experts.',
    ],
  },
  {
    incident: 'aholddelhaize-2024', date: '2024-11-13', outlet: 'New England Courier',
    headline: 'Empty shelves at Stop & Shop as grocer struggles with cyber disruption',
    paragraphs: [
      'Shoppers at Stop & Shop stores in Massachusetts and Connecticut found bare shelves and closed pharmacy counters this week after a cyberattack on the supermarket chain\'s parent company disrupted deliveries and online services.',
      'Hannaford, another chain owned by the same group, said its website and online ordering were down and that some pharmacies could not fill new prescriptions. Stop & Shop said it expected stocks to return to normal within days as systems were brought back.',
      'Ahold Delhaize USA has not said what kind of attack hit its network or whether customer data was taken.',
    ],
  },
  {
    incident: 'aholddelhaize-2024', date: '2025-06-27', outlet: 'Tech Brief',
    headline: 'Ahold Delhaize says November cyberattack exposed data of 2.2 million people',
    paragraphs: [
      'Ahold Delhaize has told US state regulators that personal information about more than 2.2 million people, most of them current and former employees, was stolen in the cyberattack on its US business last November.',
      'The grocery group said the data taken from internal business systems included names, Social Security numbers, bank account details and employment and health information. The INC Ransom gang had claimed the attack in April and published samples of what it said were the company\'s files.',
      'The owner of Food Lion and Stop & Shop said it was offering affected people two years of credit monitoring.',
    ],
  },
  // --- distractors ----------------------------------------------------------------------------
  // The same sector as Ahold Delhaize's, the same month as its last story: another grocery supplier.
  {
    incident: 'unfi-2025', date: '2025-06-10', outlet: 'Markets Daily',
    headline: 'UNFI cyberattack disrupts deliveries to Whole Foods and other grocers',
    paragraphs: [
      'United Natural Foods, the main distributor to Whole Foods Market, said a cyberattack had disrupted its ability to fill and ship customer orders, leaving some supermarkets short of goods.',
      'The company said it found unauthorized activity on its IT systems on June 5 and took some of them offline. In a filing with the Securities and Exchange Commission, it said it was working with law enforcement and had put workarounds in place to keep serving customers.',
      'UNFI, which supplies more than 30,000 grocery stores in the United States and Canada, did not say when it expected to return to normal. Its shares fell 8 percent.',
    ],
  },
  // The same week and sector as Coinbase's: another crypto theft, by other attackers.
  {
    incident: 'cetus-2025', date: '2025-05-23', outlet: 'Crypto Ledger',
    headline: 'Cetus exchange on Sui drained of $223 million; validators freeze most of it',
    paragraphs: [
      'Cetus Protocol, the largest decentralised exchange on the Sui blockchain, said an attacker had drained about $223 million from its liquidity pools on Thursday by exploiting a flaw in its smart contracts.',
      'Sui validators froze about $162 million of the stolen funds, and the attacker bridged the rest to Ethereum, according to blockchain analysts. Cetus paused its contracts and offered the attacker a bounty to return the money.',
      'Prices of many tokens traded on Sui fell sharply after the theft.',
    ],
  },
  // The same gang as DaVita's, days before its third story: another victim.
  {
    incident: 'stpaul-2025', date: '2025-08-12', outlet: 'Twin Cities Dispatch',
    headline: 'Interlock ransomware gang claims attack on St. Paul, leaks city files',
    paragraphs: [
      'ST. PAUL, Minn. — The Interlock ransomware group has claimed responsibility for the cyberattack that shut down much of the city of St. Paul\'s computer network last month, and has posted 43 gigabytes of files it says it stole.',
      'Mayor Melvin Carter said the city had refused to pay a ransom and that the leaked files appeared to come from a shared drive used by the parks and recreation department. Governor Tim Walz had activated the Minnesota National Guard to help the city after the attack in late July.',
      'The city said emergency services had continued to work throughout and that it was still restoring some systems.',
    ],
  },
];
