import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_IP_COUNTRY_DB, openIpCountryLookup, type IpCountryLookup } from './ip-country';

// Real lookups in the database that ships. The addresses are long-standing allocations whose
// country is public record: the regional registries' own servers and national research networks.
const KNOWN: Array<[string, string, string]> = [
  ['8.8.8.8', 'USA', 'Google Public DNS'],
  ['193.0.6.139', 'NLD', 'RIPE NCC, Amsterdam'],
  ['2001:67c:2e8::1', 'NLD', 'RIPE NCC, Amsterdam (IPv6)'],
  ['202.12.29.205', 'AUS', 'APNIC, Brisbane'],
  ['200.3.14.10', 'URY', 'LACNIC, Montevideo'],
  ['166.111.4.100', 'CHN', 'Tsinghua University, 166.111.0.0/16'],
  ['133.11.0.1', 'JPN', 'University of Tokyo, 133.11.0.0/16'],
  ['41.89.0.1', 'KEN', 'KENET, the Kenya Education Network'],
  ['131.111.150.25', 'GBR', 'University of Cambridge, 131.111.0.0/16'],
];

describe('IP to country', () => {
  let lookup: IpCountryLookup;

  beforeAll(async () => {
    const countries = JSON.parse(await readFile(new URL('../../../../data/seed/countries.json', import.meta.url), 'utf8')) as Array<{ iso2: string; iso3: string }>;
    lookup = await openIpCountryLookup(DEFAULT_IP_COUNTRY_DB, new Map(countries.map((c) => [c.iso2, c.iso3])));
  });

  it.each(KNOWN)('places %s in %s (%s)', (ip, iso3) => {
    expect(lookup.country(ip)).toBe(iso3);
  });

  it('reads an IPv4 address written as IPv4-mapped IPv6, as a dual-stack server reports it', () => {
    expect(lookup.country('::ffff:193.0.6.139')).toBe('NLD');
  });

  it('gives no country to loopback, private, link-local and documentation addresses, nor to what is not an address', () => {
    for (const ip of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.1.1', '100.64.0.1', 'fe80::1', 'fd00::1', '192.0.2.1', '198.51.100.9', '203.0.113.9', '2001:db8::1', 'localhost', '']) {
      expect(lookup.country(ip), ip).toBeNull();
    }
  });

  it('gives no country to a code our countries table does not know', async () => {
    const partial = await openIpCountryLookup(DEFAULT_IP_COUNTRY_DB, new Map([['NL', 'NLD']]));
    expect(partial.country('193.0.6.139')).toBe('NLD');
    expect(partial.country('8.8.8.8')).toBeNull();
  });
});
