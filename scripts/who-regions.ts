/**
 * WHO regions, by hand, for every entry of ISO 3166-1 (plus Kosovo, XKX).
 *
 * Read by scripts/build-countries.ts, which fails if an ISO entry is missing here, and by its test.
 *
 * - WHO_MEMBER_STATES: the 194 Member States of WHO with the region each is assigned to
 *   (193 UN members less Liechtenstein, plus the Cook Islands and Niue), as of WHA77 (2024), with
 *   one later change applied: Indonesia, SEAR → WPR (see WHO_REGION_CHANGES).
 * - WHO_ASSOCIATE_MEMBERS: Puerto Rico (AMR) and Tokelau (WPR).
 * - WHO_OTHER_AREAS: everything else in ISO 3166-1, which is not a WHO Member State. An inhabited
 *   area gets the region of the WHO regional office that reports on it (in practice the region
 *   WHO's own dashboards place it in: PAHO covers the territories of the Americas and Caribbean,
 *   WPRO the Pacific territories and Hong Kong / Macao, EURO the European dependencies and
 *   Greenland, AFRO the French departments in the Indian Ocean and Saint Helena). "Reported by"
 *   below records where WHO's COVID-19 dashboard listed the area, from memory of that listing: it
 *   was not checked against a WHO file here (WHO's file is not in ../shared/data). Australian
 *   external territories take the region of the administering state. Areas with no permanent
 *   population, and Western Sahara (disputed, not reported separately by WHO), are null.
 *
 * Membership changes not applied here (the list stays at 194; their AMR region is kept, as it is
 * used for grouping): the United States notified its withdrawal on 2025-01-22 and, by its own
 * account, left on 2026-01-22 (WHO held that arrears were to be settled and the Assembly to take
 * note); Argentina announced its withdrawal in February 2025 (notice in March 2025) and says it
 * remains in PAHO. Check the WHA79 (2026) outcome before relying on membership.
 */

export const WHO_REGIONS = ['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR'] as const;
export type WhoRegion = (typeof WHO_REGIONS)[number];

/** Date the assignments below describe (the latest change applied: Indonesia to WPR). */
export const WHO_REGIONS_AS_OF = '2025-05-23';

/** Region reassignments, newest last. `effective` is the first day of the new region. */
export const WHO_REGION_CHANGES: ReadonlyArray<{ iso3: string; from: WhoRegion; to: WhoRegion; effective: string; decision: string }> = [
  {
    iso3: 'IDN',
    from: 'SEAR',
    to: 'WPR',
    effective: '2025-05-23',
    decision: 'Seventy-eighth World Health Assembly (May 2025, document A78/31), at Indonesia’s request',
  },
];

const AFR = [
  'DZA', 'AGO', 'BEN', 'BWA', 'BFA', 'BDI', 'CPV', 'CMR', 'CAF', 'TCD', 'COM', 'COG', 'CIV', 'COD', 'GNQ', 'ERI',
  'SWZ', 'ETH', 'GAB', 'GMB', 'GHA', 'GIN', 'GNB', 'KEN', 'LSO', 'LBR', 'MDG', 'MWI', 'MLI', 'MRT', 'MUS', 'MOZ',
  'NAM', 'NER', 'NGA', 'RWA', 'STP', 'SEN', 'SYC', 'SLE', 'ZAF', 'SSD', 'TGO', 'UGA', 'TZA', 'ZMB', 'ZWE',
] as const; // 47
const AMR = [
  'ATG', 'ARG', 'BHS', 'BRB', 'BLZ', 'BOL', 'BRA', 'CAN', 'CHL', 'COL', 'CRI', 'CUB', 'DMA', 'DOM', 'ECU', 'SLV',
  'GRD', 'GTM', 'GUY', 'HTI', 'HND', 'JAM', 'MEX', 'NIC', 'PAN', 'PRY', 'PER', 'KNA', 'LCA', 'VCT', 'SUR', 'TTO',
  'USA', 'URY', 'VEN',
] as const; // 35
const SEAR = ['BGD', 'BTN', 'PRK', 'IND', 'MDV', 'MMR', 'NPL', 'LKA', 'THA', 'TLS'] as const; // 10 (11 with Indonesia before 2025-05-23)
const EUR = [
  'ALB', 'AND', 'ARM', 'AUT', 'AZE', 'BLR', 'BEL', 'BIH', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA',
  'GEO', 'DEU', 'GRC', 'HUN', 'ISL', 'IRL', 'ISR', 'ITA', 'KAZ', 'KGZ', 'LVA', 'LTU', 'LUX', 'MLT', 'MCO', 'MNE',
  'NLD', 'MKD', 'NOR', 'POL', 'PRT', 'MDA', 'ROU', 'RUS', 'SMR', 'SRB', 'SVK', 'SVN', 'ESP', 'SWE', 'CHE', 'TJK',
  'TUR', 'TKM', 'UKR', 'GBR', 'UZB',
] as const; // 53
const EMR = [
  'AFG', 'BHR', 'DJI', 'EGY', 'IRN', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MAR', 'OMN', 'PAK', 'QAT', 'SAU', 'SOM',
  'SDN', 'SYR', 'TUN', 'ARE', 'YEM',
] as const; // 21
const WPR = [
  'AUS', 'BRN', 'KHM', 'CHN', 'COK', 'FJI', 'IDN', 'JPN', 'KIR', 'LAO', 'MYS', 'MHL', 'FSM', 'MNG', 'NRU', 'NZL',
  'NIU', 'PLW', 'PNG', 'PHL', 'KOR', 'WSM', 'SGP', 'SLB', 'TON', 'TUV', 'VUT', 'VNM',
] as const; // 28 (27 before Indonesia joined)

function byRegion(groups: Record<WhoRegion, readonly string[]>): Readonly<Record<string, WhoRegion>> {
  const out: Record<string, WhoRegion> = {};
  for (const region of WHO_REGIONS) {
    for (const iso3 of groups[region]) {
      if (out[iso3]) throw new Error(`${iso3} is in two WHO regions`);
      out[iso3] = region;
    }
  }
  return out;
}

/** The 194 WHO Member States → current WHO region. */
export const WHO_MEMBER_STATES: Readonly<Record<string, WhoRegion>> = byRegion({ AFR, AMR, SEAR, EUR, EMR, WPR });

/** WHO Associate Members. */
export const WHO_ASSOCIATE_MEMBERS: Readonly<Record<string, WhoRegion>> = { PRI: 'AMR', TKL: 'WPR' };

/** ISO 3166-1 entries that are not WHO (associate) members, with the region used for them and why. */
export const WHO_OTHER_AREAS: Readonly<Record<string, { region: WhoRegion | null; basis: string }>> = {
  // Americas: covered by PAHO / WHO Regional Office for the Americas
  ABW: { region: 'AMR', basis: 'Aruba (Kingdom of the Netherlands); reported by PAHO' },
  AIA: { region: 'AMR', basis: 'Anguilla (UK); reported by PAHO' },
  BES: { region: 'AMR', basis: 'Bonaire, Sint Eustatius and Saba (Netherlands); reported by PAHO' },
  BLM: { region: 'AMR', basis: 'Saint Barthélemy (France); reported by PAHO' },
  BMU: { region: 'AMR', basis: 'Bermuda (UK); reported by PAHO' },
  CUW: { region: 'AMR', basis: 'Curaçao (Kingdom of the Netherlands); reported by PAHO' },
  CYM: { region: 'AMR', basis: 'Cayman Islands (UK); reported by PAHO' },
  FLK: { region: 'AMR', basis: 'Falkland Islands (Malvinas) (UK, sovereignty disputed by Argentina); reported by PAHO' },
  GLP: { region: 'AMR', basis: 'Guadeloupe (France); reported by PAHO' },
  GUF: { region: 'AMR', basis: 'French Guiana (France); reported by PAHO' },
  MAF: { region: 'AMR', basis: 'Saint Martin (France); reported by PAHO' },
  MSR: { region: 'AMR', basis: 'Montserrat (UK); reported by PAHO' },
  MTQ: { region: 'AMR', basis: 'Martinique (France); reported by PAHO' },
  SPM: { region: 'AMR', basis: 'Saint Pierre and Miquelon (France); reported by PAHO' },
  SXM: { region: 'AMR', basis: 'Sint Maarten (Kingdom of the Netherlands); reported by PAHO' },
  TCA: { region: 'AMR', basis: 'Turks and Caicos Islands (UK); reported by PAHO' },
  VGB: { region: 'AMR', basis: 'British Virgin Islands (UK); reported by PAHO' },
  VIR: { region: 'AMR', basis: 'United States Virgin Islands (US); reported by PAHO' },
  // Europe
  ALA: { region: 'EUR', basis: 'Åland Islands, part of Finland' },
  FRO: { region: 'EUR', basis: 'Faroe Islands (Denmark); reported by WHO/Europe' },
  GGY: { region: 'EUR', basis: 'Guernsey (British Crown Dependency); reported by WHO/Europe' },
  GIB: { region: 'EUR', basis: 'Gibraltar (UK); reported by WHO/Europe' },
  GRL: { region: 'EUR', basis: 'Greenland (Denmark); reported by WHO/Europe, though geographically in the Americas' },
  IMN: { region: 'EUR', basis: 'Isle of Man (British Crown Dependency); reported by WHO/Europe' },
  JEY: { region: 'EUR', basis: 'Jersey (British Crown Dependency); reported by WHO/Europe' },
  LIE: { region: 'EUR', basis: 'Liechtenstein: UN member but not a WHO Member State; reported by WHO/Europe' },
  SJM: { region: 'EUR', basis: 'Svalbard and Jan Mayen, part of Norway' },
  VAT: { region: 'EUR', basis: 'Holy See: WHO observer, not a Member State; reported by WHO/Europe' },
  XKX: { region: 'EUR', basis: 'Kosovo (in accordance with UN Security Council resolution 1244 (1999)); reported by WHO/Europe' },
  // Africa
  MYT: { region: 'AFR', basis: 'Mayotte (France); reported by WHO/AFRO' },
  REU: { region: 'AFR', basis: 'Réunion (France); reported by WHO/AFRO' },
  SHN: { region: 'AFR', basis: 'Saint Helena, Ascension and Tristan da Cunha (UK); reported by WHO/AFRO' },
  // Eastern Mediterranean
  PSE: { region: 'EMR', basis: 'Palestine: WHO observer (not a Member State); the occupied Palestinian territory is covered by WHO/EMRO' },
  // Western Pacific
  ASM: { region: 'WPR', basis: 'American Samoa (US); reported by WHO/WPRO' },
  CCK: { region: 'WPR', basis: 'Cocos (Keeling) Islands, Australian external territory: region of the administering state' },
  CXR: { region: 'WPR', basis: 'Christmas Island, Australian external territory: region of the administering state' },
  GUM: { region: 'WPR', basis: 'Guam (US); reported by WHO/WPRO' },
  HKG: { region: 'WPR', basis: 'Hong Kong SAR of China; reported by WHO/WPRO' },
  MAC: { region: 'WPR', basis: 'Macao SAR of China; reported by WHO/WPRO' },
  MNP: { region: 'WPR', basis: 'Northern Mariana Islands (US); reported by WHO/WPRO' },
  NCL: { region: 'WPR', basis: 'New Caledonia (France); reported by WHO/WPRO' },
  NFK: { region: 'WPR', basis: 'Norfolk Island, Australian external territory: region of the administering state' },
  PCN: { region: 'WPR', basis: 'Pitcairn Islands (UK); reported by WHO/WPRO' },
  PYF: { region: 'WPR', basis: 'French Polynesia (France); reported by WHO/WPRO' },
  TWN: { region: 'WPR', basis: 'Taiwan: WHO does not list it separately; region of China (WPR)' },
  WLF: { region: 'WPR', basis: 'Wallis and Futuna (France); reported by WHO/WPRO' },
  // No WHO region
  ATA: { region: null, basis: 'Antarctica: no permanent population' },
  ATF: { region: null, basis: 'French Southern and Antarctic Lands: no permanent population' },
  BVT: { region: null, basis: 'Bouvet Island: uninhabited' },
  ESH: { region: null, basis: 'Western Sahara: disputed; WHO does not report it separately' },
  HMD: { region: null, basis: 'Heard Island and McDonald Islands: uninhabited' },
  IOT: { region: null, basis: 'British Indian Ocean Territory: no permanent civilian population' },
  SGS: { region: null, basis: 'South Georgia and the South Sandwich Islands: no permanent population' },
  UMI: { region: null, basis: 'United States Minor Outlying Islands: no permanent population' },
};

export type WhoStatus = 'member' | 'associate' | 'non-member';

/** WHO status and current region of an ISO3 code, or undefined when the code is not in these tables. */
export function whoAssignment(iso3: string): { status: WhoStatus; region: WhoRegion | null } | undefined {
  const member = WHO_MEMBER_STATES[iso3];
  if (member) return { status: 'member', region: member };
  const associate = WHO_ASSOCIATE_MEMBERS[iso3];
  if (associate) return { status: 'associate', region: associate };
  const other = WHO_OTHER_AREAS[iso3];
  if (other) return { status: 'non-member', region: other.region };
  return undefined;
}

/** WHO region of an ISO3 code on a given ISO date (YYYY-MM-DD), undoing later reassignments. */
export function whoRegionOn(iso3: string, isoDate: string): WhoRegion | null | undefined {
  let region = whoAssignment(iso3)?.region;
  for (const change of [...WHO_REGION_CHANGES].reverse()) {
    if (change.iso3 === iso3 && isoDate < change.effective) region = change.from;
  }
  return region;
}
