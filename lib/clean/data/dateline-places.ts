// Datelines name a city, often without its country ("LONDON (Reuters) -"). This table maps capitals
// and major news cities to ISO 3166-1 alpha-2 codes; capitals of every country are added at load time
// from world-countries, so this list only needs the non-capital cities wires file from, plus capitals
// whose dateline spelling differs from the atlas spelling.
export const DATELINE_CITIES: Record<string, string> = {
  // North America
  'NEW YORK': 'US', 'WASHINGTON': 'US', 'LOS ANGELES': 'US', 'SAN FRANCISCO': 'US', 'CHICAGO': 'US',
  'BOSTON': 'US', 'SEATTLE': 'US', 'ATLANTA': 'US', 'MIAMI': 'US', 'HOUSTON': 'US', 'DALLAS': 'US',
  'DETROIT': 'US', 'PHILADELPHIA': 'US', 'DENVER': 'US', 'LAS VEGAS': 'US', 'PHOENIX': 'US',
  'SAN DIEGO': 'US', 'AUSTIN': 'US', 'BALTIMORE': 'US', 'NEW ORLEANS': 'US', 'MINNEAPOLIS': 'US',
  'SILICON VALLEY': 'US', 'PALO ALTO': 'US', 'MOUNTAIN VIEW': 'US', 'CUPERTINO': 'US', 'MENLO PARK': 'US',
  'REDMOND': 'US', 'HONOLULU': 'US', 'ANCHORAGE': 'US', 'SACRAMENTO': 'US', 'TAMPA': 'US', 'ORLANDO': 'US',
  'TORONTO': 'CA', 'MONTREAL': 'CA', 'VANCOUVER': 'CA', 'CALGARY': 'CA', 'OTTAWA': 'CA',
  'MEXICO CITY': 'MX', 'GUADALAJARA': 'MX', 'MONTERREY': 'MX', 'TIJUANA': 'MX',
  // Latin America
  'SAO PAULO': 'BR', 'SÃO PAULO': 'BR', 'RIO DE JANEIRO': 'BR', 'BRASILIA': 'BR', 'BUENOS AIRES': 'AR',
  'SANTIAGO': 'CL', 'BOGOTA': 'CO', 'BOGOTÁ': 'CO', 'LIMA': 'PE', 'CARACAS': 'VE', 'QUITO': 'EC',
  'HAVANA': 'CU', 'SAN JUAN': 'PR', 'PANAMA CITY': 'PA', 'SAN JOSE': 'CR', 'MONTEVIDEO': 'UY',
  // Europe
  'LONDON': 'GB', 'MANCHESTER': 'GB', 'EDINBURGH': 'GB', 'GLASGOW': 'GB', 'BELFAST': 'GB', 'CARDIFF': 'GB',
  'BIRMINGHAM': 'GB', 'LIVERPOOL': 'GB', 'DUBLIN': 'IE', 'PARIS': 'FR', 'MARSEILLE': 'FR', 'LYON': 'FR',
  'STRASBOURG': 'FR', 'BERLIN': 'DE', 'FRANKFURT': 'DE', 'MUNICH': 'DE', 'HAMBURG': 'DE', 'BONN': 'DE',
  'COLOGNE': 'DE', 'BRUSSELS': 'BE', 'AMSTERDAM': 'NL', 'THE HAGUE': 'NL', 'ROTTERDAM': 'NL',
  'LUXEMBOURG': 'LU', 'GENEVA': 'CH', 'ZURICH': 'CH', 'BERN': 'CH', 'DAVOS': 'CH', 'VIENNA': 'AT',
  'ROME': 'IT', 'MILAN': 'IT', 'NAPLES': 'IT', 'VATICAN CITY': 'VA', 'MADRID': 'ES', 'BARCELONA': 'ES',
  'LISBON': 'PT', 'ATHENS': 'GR', 'STOCKHOLM': 'SE', 'OSLO': 'NO', 'COPENHAGEN': 'DK', 'HELSINKI': 'FI',
  'REYKJAVIK': 'IS', 'WARSAW': 'PL', 'KRAKOW': 'PL', 'PRAGUE': 'CZ', 'BRATISLAVA': 'SK', 'BUDAPEST': 'HU',
  'BUCHAREST': 'RO', 'SOFIA': 'BG', 'BELGRADE': 'RS', 'ZAGREB': 'HR', 'LJUBLJANA': 'SI', 'SARAJEVO': 'BA',
  'SKOPJE': 'MK', 'PODGORICA': 'ME', 'PRISTINA': 'XK', 'TIRANA': 'AL', 'CHISINAU': 'MD', 'KYIV': 'UA',
  'KIEV': 'UA', 'KHARKIV': 'UA', 'ODESA': 'UA', 'ODESSA': 'UA', 'LVIV': 'UA', 'MINSK': 'BY',
  'VILNIUS': 'LT', 'RIGA': 'LV', 'TALLINN': 'EE', 'MOSCOW': 'RU', 'ST. PETERSBURG': 'RU',
  'SAINT PETERSBURG': 'RU', 'TBILISI': 'GE', 'YEREVAN': 'AM', 'BAKU': 'AZ', 'ANKARA': 'TR', 'ISTANBUL': 'TR',
  'NICOSIA': 'CY', 'VALLETTA': 'MT', 'MONACO': 'MC',
  // Middle East and Africa
  'JERUSALEM': 'IL', 'TEL AVIV': 'IL', 'GAZA': 'PS', 'GAZA CITY': 'PS', 'RAMALLAH': 'PS', 'BEIRUT': 'LB',
  'DAMASCUS': 'SY', 'AMMAN': 'JO', 'BAGHDAD': 'IQ', 'ERBIL': 'IQ', 'TEHRAN': 'IR', 'RIYADH': 'SA',
  'JEDDAH': 'SA', 'DUBAI': 'AE', 'ABU DHABI': 'AE', 'DOHA': 'QA', 'KUWAIT CITY': 'KW', 'MANAMA': 'BH',
  'MUSCAT': 'OM', 'SANAA': 'YE', 'CAIRO': 'EG', 'ALEXANDRIA': 'EG', 'TRIPOLI': 'LY', 'TUNIS': 'TN',
  'ALGIERS': 'DZ', 'RABAT': 'MA', 'CASABLANCA': 'MA', 'KHARTOUM': 'SD', 'ADDIS ABABA': 'ET', 'NAIROBI': 'KE',
  'MOGADISHU': 'SO', 'KAMPALA': 'UG', 'KIGALI': 'RW', 'DAR ES SALAAM': 'TZ', 'LAGOS': 'NG', 'ABUJA': 'NG',
  'ACCRA': 'GH', 'DAKAR': 'SN', 'ABIDJAN': 'CI', 'KINSHASA': 'CD', 'JOHANNESBURG': 'ZA', 'CAPE TOWN': 'ZA',
  'PRETORIA': 'ZA', 'HARARE': 'ZW', 'LUSAKA': 'ZM', 'BAMAKO': 'ML', 'NIAMEY': 'NE',
  // Asia and Pacific
  'BEIJING': 'CN', 'SHANGHAI': 'CN', 'SHENZHEN': 'CN', 'GUANGZHOU': 'CN', 'WUHAN': 'CN', 'HONG KONG': 'HK',
  'MACAU': 'MO', 'MACAO': 'MO', 'TAIPEI': 'TW', 'TOKYO': 'JP', 'OSAKA': 'JP', 'KYOTO': 'JP', 'YOKOHAMA': 'JP',
  'NAGOYA': 'JP', 'SAPPORO': 'JP', 'FUKUOKA': 'JP', 'KOBE': 'JP', 'HIROSHIMA': 'JP', 'NAGASAKI': 'JP', 'OKINAWA': 'JP', 'NAHA': 'JP', 'SEOUL': 'KR', 'BUSAN': 'KR', 'PYONGYANG': 'KP', 'ULAANBAATAR': 'MN', 'NEW DELHI': 'IN', 'MUMBAI': 'IN',
  'BENGALURU': 'IN', 'BANGALORE': 'IN', 'CHENNAI': 'IN', 'KOLKATA': 'IN', 'HYDERABAD': 'IN',
  'ISLAMABAD': 'PK', 'KARACHI': 'PK', 'LAHORE': 'PK', 'KABUL': 'AF', 'DHAKA': 'BD', 'COLOMBO': 'LK',
  'KATHMANDU': 'NP', 'BANGKOK': 'TH', 'HANOI': 'VN', 'HO CHI MINH CITY': 'VN', 'PHNOM PENH': 'KH',
  'VIENTIANE': 'LA', 'YANGON': 'MM', 'NAYPYITAW': 'MM', 'NAYPYIDAW': 'MM', 'KUALA LUMPUR': 'MY',
  'SINGAPORE': 'SG', 'JAKARTA': 'ID', 'MANILA': 'PH', 'TASHKENT': 'UZ', 'ALMATY': 'KZ', 'ASTANA': 'KZ',
  'BISHKEK': 'KG', 'DUSHANBE': 'TJ', 'ASHGABAT': 'TM', 'SYDNEY': 'AU', 'MELBOURNE': 'AU', 'CANBERRA': 'AU',
  'BRISBANE': 'AU', 'PERTH': 'AU', 'ADELAIDE': 'AU', 'WELLINGTON': 'NZ', 'AUCKLAND': 'NZ',
  'CHRISTCHURCH': 'NZ', 'SUVA': 'FJ', 'PORT MORESBY': 'PG',
  // International bodies' seats that datelines use
  'UNITED NATIONS': 'US',
};

// Second part of a US/Canada/Australia/UK dateline ("OLDSMAR, Fla.", "FAR HILLS, N.J.").
export const DATELINE_REGIONS: Record<string, string> = {
  'ALA.': 'US', 'ALASKA': 'US', 'ARIZ.': 'US', 'ARK.': 'US', 'CALIF.': 'US', 'COLO.': 'US', 'CONN.': 'US',
  'DEL.': 'US', 'D.C.': 'US', 'FLA.': 'US', 'GA.': 'US', 'HAWAII': 'US', 'IDAHO': 'US', 'ILL.': 'US',
  'IND.': 'US', 'IOWA': 'US', 'KAN.': 'US', 'KAN': 'US', 'KY.': 'US', 'LA.': 'US', 'MAINE': 'US', 'MD.': 'US',
  'MASS.': 'US', 'MICH.': 'US', 'MINN.': 'US', 'MISS.': 'US', 'MO.': 'US', 'MONT.': 'US', 'NEB.': 'US',
  'NEV.': 'US', 'N.H.': 'US', 'N.J.': 'US', 'N.M.': 'US', 'N.Y.': 'US', 'N.C.': 'US', 'N.D.': 'US',
  'OHIO': 'US', 'OKLA.': 'US', 'ORE.': 'US', 'PA.': 'US', 'R.I.': 'US', 'S.C.': 'US', 'S.D.': 'US',
  'TENN.': 'US', 'TEXAS': 'US', 'UTAH': 'US', 'VT.': 'US', 'VA.': 'US', 'WASH.': 'US', 'W.VA.': 'US',
  'WIS.': 'US', 'WYO.': 'US', 'CALIFORNIA': 'US', 'FLORIDA': 'US', 'NEW JERSEY': 'US', 'VIRGINIA': 'US',
  'MARYLAND': 'US', 'MASSACHUSETTS': 'US', 'PENNSYLVANIA': 'US', 'ILLINOIS': 'US', 'MICHIGAN': 'US',
  'COLORADO': 'US', 'NEVADA': 'US', 'ARIZONA': 'US', 'OREGON': 'US', 'WASHINGTON': 'US', 'GEORGIA (US)': 'US',
  'ONTARIO': 'CA', 'ONT.': 'CA', 'QUEBEC': 'CA', 'BRITISH COLUMBIA': 'CA', 'B.C.': 'CA', 'ALBERTA': 'CA',
  'NEW SOUTH WALES': 'AU', 'VICTORIA': 'AU', 'QUEENSLAND': 'AU', 'ENGLAND': 'GB', 'SCOTLAND': 'GB',
  'WALES': 'GB', 'NORTHERN IRELAND': 'GB', 'U.K.': 'GB', 'UK': 'GB', 'BRITAIN': 'GB', 'U.S.': 'US',
  'US': 'US', 'USA': 'US', 'UAE': 'AE', 'U.A.E.': 'AE', 'SOUTH KOREA': 'KR', 'NORTH KOREA': 'KP',
  'RUSSIA': 'RU', 'IRAN': 'IR', 'SYRIA': 'SY', 'TAIWAN': 'TW', 'VIETNAM': 'VN', 'LAOS': 'LA',
  'CZECH REPUBLIC': 'CZ', 'THE NETHERLANDS': 'NL', 'PALESTINIAN TERRITORIES': 'PS', 'WEST BANK': 'PS',
  'IVORY COAST': 'CI', 'CONGO': 'CD', 'KOSOVO': 'XK', 'MOLDOVA': 'MD', 'TANZANIA': 'TZ', 'BOLIVIA': 'BO',
  'VENEZUELA': 'VE', 'TURKEY': 'TR', 'TÜRKIYE': 'TR',
};
