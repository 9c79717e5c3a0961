/**
 * Builds the country and partner-organisation seed data the app ships:
 *   data/seed/countries.json      every ISO 3166-1 entry plus Kosovo (XKX)
 *   data/seed/organisations.json  international organisations that are partners
 * Provenance and licences: data/seed/PROVENANCE.md.
 *
 * Run: npx tsx scripts/build-countries.ts [--shared-data DIR] [--out DIR]
 * Inputs: node_modules/world-countries (mledoze/countries, ODbL-1.0), scripts/who-regions.ts, and in
 * ../shared/data: owid/owid-covid-latest.csv (OWID, CC BY 4.0),
 * population/population_worldbank_SP.POP.TOTL.csv (World Bank, CC BY 4.0) and
 * jhu/UID_ISO_FIPS_LookUp_Table.csv (JHU CSSE, CC BY 4.0).
 * The output is deterministic: the same inputs give byte-identical files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Country as WorldCountry } from 'world-countries';
import { WHO_MEMBER_STATES, WHO_REGIONS, whoAssignment, type WhoRegion } from './who-regions';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface SeedCountry {
  iso3: string;
  iso2: string;
  isoNumeric: string | null;
  nameEn: string;
  nameZh: string;
  region: string | null;
  subregion: string | null;
  whoRegion: WhoRegion | null;
  population: number | null;
  populationYear: number | null;
  populationSource: 'owid' | 'worldbank' | 'jhu' | null;
  hospitalBedsPerThousand: number | null;
  medianAge: number | null;
  aged65Older: number | null;
  gdpPerCapita: number | null;
  lifeExpectancy: number | null;
  humanDevelopmentIndex: number | null;
}

export interface SeedOrganisation {
  id: string;
  acronym: string;
  acronymZh: string | null;
  nameEn: string;
  nameZh: string;
  kind: 'international' | 'regional' | 'ngo';
  headquartersIso3: string;
  memberIso3?: string[];
  website: string;
  note?: string;
}

/** Codes other datasets use for an ISO entry, mapped to ours. */
const CODE_ALIASES: Readonly<Record<string, string>> = {
  UNK: 'XKX', // world-countries (its cca3 for Kosovo)
  OWID_KOS: 'XKX', // Our World in Data
  XKS: 'XKX', // JHU CSSE lookup table
};

/**
 * English names differing from world-countries' name.common: the ISO 3166-1 / UN form where the
 * common name is informal or not the name the state itself uses.
 */
const NAME_EN: Readonly<Record<string, string>> = {
  CIV: "Côte d'Ivoire",
  COD: 'Democratic Republic of the Congo',
  CPV: 'Cabo Verde',
  MAC: 'Macao',
  TWN: 'Taiwan, Province of China',
};

/**
 * Chinese names differing from world-countries' translations.zho.common: traditional characters
 * turned simplified, Taiwan-usage names replaced by mainland (PRC MFA / UN Chinese) usage, and
 * ambiguous names disambiguated (two Congos, two Saint Martins, Dominica / Dominican Republic).
 */
const NAME_ZH: Readonly<Record<string, string>> = {
  ATF: '法属南部和南极领地', // was 法国南部和南极土地
  BES: '荷兰加勒比区', // was traditional 荷蘭加勒比區
  CCK: '科科斯（基林）群岛', // was 科科斯
  COD: '刚果（金）', // was 民主刚果
  COG: '刚果（布）', // was 刚果
  DMA: '多米尼克', // was 多米尼加 (that is the Dominican Republic)
  DOM: '多米尼加', // was 多明尼加 (Taiwan usage)
  FLK: '福克兰群岛（马尔维纳斯）', // UN Chinese form; was 福克兰群岛
  FSM: '密克罗尼西亚联邦', // 密克罗尼西亚 alone is the island region
  GLP: '瓜德罗普', // was 瓜德罗普岛
  HKG: '中国香港', // was 香港
  MAC: '中国澳门', // was 澳门
  MAF: '法属圣马丁', // was 圣马丁
  MKD: '北马其顿', // was traditional 北馬其頓
  REU: '留尼汪', // was 留尼旺岛
  SGS: '南乔治亚岛和南桑威奇群岛', // was 南乔治亚
  SJM: '斯瓦尔巴和扬马延', // was 斯瓦尔巴特
  SWZ: '埃斯瓦蒂尼', // was 斯威士兰 (renamed 2018; English name is Eswatini)
  SXM: '荷属圣马丁', // was 圣马丁岛
  TWN: '中国台湾', // was traditional 台灣
};

// ---------------------------------------------------------------- organisations

const AU_MEMBERS = [
  'DZA', 'AGO', 'BEN', 'BWA', 'BFA', 'BDI', 'CPV', 'CMR', 'CAF', 'TCD', 'COM', 'COG', 'COD', 'CIV', 'DJI', 'EGY',
  'GNQ', 'ERI', 'SWZ', 'ETH', 'GAB', 'GMB', 'GHA', 'GIN', 'GNB', 'KEN', 'LSO', 'LBR', 'LBY', 'MDG', 'MWI', 'MLI',
  'MRT', 'MUS', 'MAR', 'MOZ', 'NAM', 'NER', 'NGA', 'RWA', 'ESH', 'STP', 'SEN', 'SYC', 'SLE', 'SOM', 'ZAF', 'SSD',
  'SDN', 'TZA', 'TGO', 'TUN', 'UGA', 'ZMB', 'ZWE',
]; // 55: the 54 African UN members and the Sahrawi Arab Democratic Republic (ESH)
const ASEAN_MEMBERS = ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'TLS', 'VNM']; // TLS since 2025-10-26
const EU_MEMBERS = [
  'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL', 'ITA', 'LVA',
  'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE',
];
const GCC_MEMBERS = ['BHR', 'KWT', 'OMN', 'QAT', 'SAU', 'ARE'];
const whoMembersIn = (region?: WhoRegion): string[] =>
  Object.entries(WHO_MEMBER_STATES)
    .filter(([, r]) => region === undefined || r === region)
    .map(([iso3]) => iso3);

export const ORGANISATIONS: SeedOrganisation[] = [
  {
    id: 'ORG-WHO', acronym: 'WHO', acronymZh: '世卫组织', nameEn: 'World Health Organization', nameZh: '世界卫生组织',
    kind: 'international', headquartersIso3: 'CHE', memberIso3: whoMembersIn(), website: 'https://www.who.int',
    note: 'memberIso3: the 194 Member States as of 2024 (see scripts/who-regions.ts on the US and Argentine withdrawals).',
  },
  {
    id: 'ORG-PAHO', acronym: 'PAHO', acronymZh: '泛美卫生组织', nameEn: 'Pan American Health Organization', nameZh: '泛美卫生组织',
    kind: 'regional', headquartersIso3: 'USA', memberIso3: whoMembersIn('AMR'), website: 'https://www.paho.org',
    note: 'WHO Regional Office for the Americas. memberIso3: the 35 Member States; France, the Netherlands and the UK are Participating States and Puerto Rico an Associate Member.',
  },
  {
    id: 'ORG-AFRICACDC', acronym: 'Africa CDC', acronymZh: '非洲疾控中心', nameEn: 'Africa Centres for Disease Control and Prevention',
    nameZh: '非洲疾病控制和预防中心', kind: 'regional', headquartersIso3: 'ETH', memberIso3: AU_MEMBERS, website: 'https://africacdc.org',
    note: 'Specialised health agency of the African Union; serves the AU member states.',
  },
  {
    id: 'ORG-AU', acronym: 'AU', acronymZh: '非盟', nameEn: 'African Union', nameZh: '非洲联盟',
    kind: 'regional', headquartersIso3: 'ETH', memberIso3: AU_MEMBERS, website: 'https://au.int',
    note: 'memberIso3: the 55 member states (ESH stands for the Sahrawi Arab Democratic Republic); suspensions are not tracked.',
  },
  {
    id: 'ORG-ASEAN', acronym: 'ASEAN', acronymZh: '东盟', nameEn: 'Association of Southeast Asian Nations', nameZh: '东南亚国家联盟',
    kind: 'regional', headquartersIso3: 'IDN', memberIso3: ASEAN_MEMBERS, website: 'https://asean.org',
    note: 'Timor-Leste became the 11th member on 2025-10-26 (47th ASEAN Summit, Kuala Lumpur).',
  },
  {
    id: 'ORG-ECDC', acronym: 'ECDC', acronymZh: '欧洲疾控中心', nameEn: 'European Centre for Disease Prevention and Control',
    nameZh: '欧洲疾病预防控制中心', kind: 'regional', headquartersIso3: 'SWE', memberIso3: EU_MEMBERS, website: 'https://www.ecdc.europa.eu',
    note: 'EU agency; memberIso3: the 27 EU member states. Iceland, Liechtenstein and Norway (EEA) also take part.',
  },
  {
    id: 'ORG-GULFCDC', acronym: 'Gulf CDC', acronymZh: '海湾疾控中心', nameEn: 'Gulf Center for Disease Prevention and Control',
    nameZh: '海湾疾病预防控制中心', kind: 'regional', headquartersIso3: 'SAU', memberIso3: GCC_MEMBERS, website: 'https://gulfcdc.org',
    note: 'Set up by the Gulf Cooperation Council; memberIso3: the six GCC states. No official Chinese name found: nameZh is a descriptive translation.',
  },
  {
    id: 'ORG-UNICEF', acronym: 'UNICEF', acronymZh: '儿基会', nameEn: "United Nations Children's Fund", nameZh: '联合国儿童基金会',
    kind: 'international', headquartersIso3: 'USA', website: 'https://www.unicef.org',
  },
  {
    id: 'ORG-UNHCR', acronym: 'UNHCR', acronymZh: '联合国难民署', nameEn: 'Office of the United Nations High Commissioner for Refugees',
    nameZh: '联合国难民事务高级专员办事处', kind: 'international', headquartersIso3: 'CHE', website: 'https://www.unhcr.org',
  },
  {
    id: 'ORG-IOM', acronym: 'IOM', acronymZh: '国际移民组织', nameEn: 'International Organization for Migration', nameZh: '国际移民组织',
    kind: 'international', headquartersIso3: 'CHE', website: 'https://www.iom.int',
  },
  {
    id: 'ORG-WFP', acronym: 'WFP', acronymZh: '粮食署', nameEn: 'World Food Programme', nameZh: '世界粮食计划署',
    kind: 'international', headquartersIso3: 'ITA', website: 'https://www.wfp.org',
  },
  {
    id: 'ORG-IFRC', acronym: 'IFRC', acronymZh: '红十字国际联合会', nameEn: 'International Federation of Red Cross and Red Crescent Societies',
    nameZh: '红十字会与红新月会国际联合会', kind: 'ngo', headquartersIso3: 'CHE', website: 'https://www.ifrc.org',
    note: 'A federation of the national Red Cross and Red Crescent societies, not intergovernmental; classed as ngo.',
  },
  {
    id: 'ORG-MSF', acronym: 'MSF', acronymZh: '无国界医生', nameEn: 'Médecins Sans Frontières (Doctors Without Borders)', nameZh: '无国界医生',
    kind: 'ngo', headquartersIso3: 'CHE', website: 'https://www.msf.org',
  },
  {
    id: 'ORG-GAVI', acronym: 'Gavi', acronymZh: '全球疫苗免疫联盟', nameEn: 'Gavi, the Vaccine Alliance', nameZh: '全球疫苗免疫联盟',
    kind: 'international', headquartersIso3: 'CHE', website: 'https://www.gavi.org',
    note: 'Public–private partnership (a Swiss foundation with international-organisation status in Switzerland).',
  },
  {
    id: 'ORG-CEPI', acronym: 'CEPI', acronymZh: '流行病防范创新联盟', nameEn: 'Coalition for Epidemic Preparedness Innovations',
    nameZh: '流行病防范创新联盟', kind: 'international', headquartersIso3: 'NOR', website: 'https://cepi.net',
    note: 'Public–private partnership (a Norwegian foundation).',
  },
  {
    id: 'ORG-GLOBALFUND', acronym: 'Global Fund', acronymZh: '全球基金', nameEn: 'The Global Fund to Fight AIDS, Tuberculosis and Malaria',
    nameZh: '全球抗击艾滋病、结核病和疟疾基金', kind: 'international', headquartersIso3: 'CHE', website: 'https://www.theglobalfund.org',
    note: 'Public–private partnership (a Swiss foundation).',
  },
];

// ---------------------------------------------------------------- CSV

/** RFC 4180 CSV (quotes, doubled quotes, CRLF or LF) → rows of objects keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      rows.push(row); row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
}

const num = (s: string | undefined): number | null => {
  if (s === undefined || s.trim() === '') return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
};

// ---------------------------------------------------------------- build

export interface BuildInputs {
  worldCountries: WorldCountry[];
  owidLatestCsv: string;
  worldBankPopulationCsv: string;
  jhuLookupCsv: string;
}

export function buildCountries(inputs: BuildInputs): SeedCountry[] {
  const canon = (code: string) => CODE_ALIASES[code] ?? code;

  const owid = new Map<string, Record<string, string>>();
  for (const r of parseCsv(inputs.owidLatestCsv)) {
    const code = canon(r.iso_code ?? '');
    if (code.startsWith('OWID_') || code === '') continue; // aggregates
    owid.set(code, r);
  }

  const worldBank = new Map<string, { year: number; value: number }>();
  for (const r of parseCsv(inputs.worldBankPopulationCsv)) {
    const code = canon(r['Country Code'] ?? '');
    const year = num(r.Year);
    const value = num(r.Value);
    if (year === null || value === null) continue;
    const prev = worldBank.get(code);
    if (!prev || year > prev.year) worldBank.set(code, { year, value });
  }

  const jhu = new Map<string, number>();
  for (const r of parseCsv(inputs.jhuLookupCsv)) {
    if (r.Admin2 || r.Province_State) continue; // country-level rows only
    const pop = num(r.Population);
    if (pop !== null && r.iso3) jhu.set(canon(r.iso3), pop);
  }

  const out: SeedCountry[] = inputs.worldCountries.map((c) => {
    const iso3 = canon(c.cca3);
    const who = whoAssignment(iso3);
    if (!who) throw new Error(`${iso3} (${c.name.common}) is missing from scripts/who-regions.ts`);
    const nameZh = NAME_ZH[iso3] ?? c.translations.zho?.common;
    if (!nameZh) throw new Error(`${iso3} (${c.name.common}) has no Chinese name: add it to NAME_ZH`);

    const o = owid.get(iso3);
    let population: number | null = null;
    let populationYear: number | null = null;
    let populationSource: SeedCountry['populationSource'] = null;
    const owidPop = num(o?.population);
    const wb = worldBank.get(iso3);
    const jhuPop = jhu.get(iso3);
    if (owidPop !== null) {
      // OWID's final population column: UN WPP 2022 estimates for 2022 (stored as float, so round)
      [population, populationYear, populationSource] = [Math.round(owidPop), 2022, 'owid'];
    } else if (wb) {
      [population, populationYear, populationSource] = [Math.round(wb.value), wb.year, 'worldbank'];
    } else if (jhuPop !== undefined) {
      [population, populationYear, populationSource] = [Math.round(jhuPop), null, 'jhu'];
    }

    return {
      iso3,
      iso2: c.cca2,
      isoNumeric: c.ccn3 || null,
      nameEn: NAME_EN[iso3] ?? c.name.common,
      nameZh,
      region: c.region || null,
      subregion: c.subregion || null,
      whoRegion: who.region,
      population,
      populationYear,
      populationSource,
      hospitalBedsPerThousand: num(o?.hospital_beds_per_thousand),
      medianAge: num(o?.median_age),
      aged65Older: num(o?.aged_65_older),
      gdpPerCapita: num(o?.gdp_per_capita),
      lifeExpectancy: num(o?.life_expectancy),
      humanDevelopmentIndex: num(o?.human_development_index),
    };
  });

  out.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  const seen = new Set<string>();
  for (const c of out) {
    if (seen.has(c.iso3)) throw new Error(`duplicate iso3 ${c.iso3}`);
    seen.add(c.iso3);
    if (c.whoRegion !== null && !WHO_REGIONS.includes(c.whoRegion)) throw new Error(`${c.iso3}: bad WHO region ${c.whoRegion}`);
  }
  for (const iso3 of Object.keys(WHO_MEMBER_STATES)) {
    if (!seen.has(iso3)) throw new Error(`WHO Member State ${iso3} is not in world-countries`);
  }
  for (const code of owid.keys()) {
    if (!seen.has(code)) throw new Error(`OWID location ${code} has no ISO 3166-1 entry`);
  }
  return out;
}

export function checkOrganisations(orgs: SeedOrganisation[], countries: SeedCountry[]): void {
  const iso3 = new Set(countries.map((c) => c.iso3));
  const ids = new Set<string>();
  for (const o of orgs) {
    if (!/^ORG-[A-Z0-9]+$/.test(o.id)) throw new Error(`bad organisation id ${o.id}`);
    if (ids.has(o.id) || iso3.has(o.id)) throw new Error(`organisation id ${o.id} is not unique`);
    ids.add(o.id);
    for (const code of [o.headquartersIso3, ...(o.memberIso3 ?? [])]) {
      if (!iso3.has(code)) throw new Error(`${o.id}: unknown country ${code}`);
    }
    if (o.memberIso3 && new Set(o.memberIso3).size !== o.memberIso3.length) throw new Error(`${o.id}: duplicate members`);
  }
}

function main(argv: string[]): void {
  const arg = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1]) : fallback;
  };
  const shared = arg('--shared-data', path.resolve(ROOT, '../shared/data'));
  const outDir = arg('--out', path.join(ROOT, 'data/seed'));
  const require = createRequire(import.meta.url);
  const worldCountries = require('world-countries/countries.json') as WorldCountry[];
  const wcVersion = (require('world-countries/package.json') as { version: string }).version;

  const countries = buildCountries({
    worldCountries,
    owidLatestCsv: readFileSync(path.join(shared, 'owid/owid-covid-latest.csv'), 'utf8'),
    worldBankPopulationCsv: readFileSync(path.join(shared, 'population/population_worldbank_SP.POP.TOTL.csv'), 'utf8'),
    jhuLookupCsv: readFileSync(path.join(shared, 'jhu/UID_ISO_FIPS_LookUp_Table.csv'), 'utf8'),
  });
  const organisations = ORGANISATIONS.map((o) => (o.memberIso3 ? { ...o, memberIso3: [...o.memberIso3].sort() } : o));
  checkOrganisations(organisations, countries);

  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'countries.json'), JSON.stringify(countries, null, 2) + '\n');
  writeFileSync(path.join(outDir, 'organisations.json'), JSON.stringify(organisations, null, 2) + '\n');

  const by = <K extends string>(f: (c: SeedCountry) => K) =>
    countries.reduce<Record<string, number>>((m, c) => ((m[f(c)] = (m[f(c)] ?? 0) + 1), m), {});
  process.stdout.write(
    JSON.stringify(
      {
        worldCountries: wcVersion,
        countries: countries.length,
        organisations: organisations.length,
        whoRegion: by((c) => c.whoRegion ?? 'null'),
        populationSource: by((c) => c.populationSource ?? 'null'),
        noPopulation: countries.filter((c) => c.population === null).map((c) => c.iso3),
        out: path.relative(process.cwd(), outDir) || '.',
      },
      null,
      2,
    ) + '\n',
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
