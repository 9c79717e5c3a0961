// airports.dat names a few countries differently from countries.dat (2019 airports, 2020 countries): these
// 20 names, found by matching the two shipped files, are mapped to their ISO 3166-1 alpha-2 codes here.
// A name in neither table leaves its airports out of the country network (counted in the build's summary).
export const AIRPORT_COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  Brunei: 'BN',
  Burma: 'MM',
  'Cape Verde': 'CV',
  'Congo (Brazzaville)': 'CG',
  'Congo (Kinshasa)': 'CD',
  'East Timor': 'TL',
  'Faroe Islands': 'FO',
  Kyrgyzstan: 'KG',
  Macau: 'MO',
  Micronesia: 'FM',
  'Saint Helena': 'SH',
  'Saint Kitts and Nevis': 'KN',
  'Saint Lucia': 'LC',
  'Saint Pierre and Miquelon': 'PM',
  'Saint Vincent and the Grenadines': 'VC',
  Svalbard: 'SJ',
  Swaziland: 'SZ',
  'Virgin Islands': 'VI',
  'Wallis and Futuna': 'WF',
  'West Bank': 'PS',
};

/**
 * The Netherlands Antilles were dissolved in 2010 (ISO code AN withdrawn); airports.dat still files five
 * airports under them. Each goes to the country it is in now, by ICAO code.
 */
export const AIRPORT_COUNTRY_BY_ICAO: Readonly<Record<string, string>> = {
  TNCB: 'BQ', // Bonaire
  TNCE: 'BQ', // Sint Eustatius
  TNCS: 'BQ', // Saba
  TNCC: 'CW', // Curaçao
  TNCM: 'SX', // Sint Maarten
};
