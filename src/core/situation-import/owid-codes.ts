// Our World in Data's own "OWID_" codes. Most are aggregates (continents, income groups, the world) and are
// no country; OWID_KOS is Kosovo, which has no ISO 3166-1 code and which Concord writes XKX (as OWID's own
// files did before 2021, and as jhu-country-names.ts does).

export type OwidCode = { kind: 'country'; iso3: string } | { kind: 'aggregate' } | { kind: 'invalid' };

const OWID_COUNTRIES: Readonly<Record<string, string>> = { OWID_KOS: 'XKX' };
const ISO3 = /^[A-Z]{3}$/;

/** What an OWID iso_code stands for. An empty code (OWID's "International" rows) is an aggregate. */
export function owidCode(code: string): OwidCode {
  const country = OWID_COUNTRIES[code];
  if (country !== undefined) return { kind: 'country', iso3: country };
  if (code === '' || code.startsWith('OWID_')) return { kind: 'aggregate' };
  return ISO3.test(code) ? { kind: 'country', iso3: code } : { kind: 'invalid' };
}
