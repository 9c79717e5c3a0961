import { createRequire } from 'node:module';
import { BlockList, isIP } from 'node:net';
import maxmind from 'maxmind';

// Which country a visitor's address is in, for the access statistics: an offline MaxMind-format
// database (ADR 012; provenance and how to update it in data/seed/PROVENANCE.md) read with the
// `maxmind` package. The database answers ISO 3166-1 alpha-2 codes; the countries table maps them
// to our alpha-3. Addresses never routed on the Internet (loopback, private, link-local,
// documentation) have no country, whatever the database says of them.

export interface IpCountryLookup {
  /** ISO 3166-1 alpha-3 code, or null when unknown. */
  country(ip: string): string | null;
}

/** The database that ships: @ip-location-db/geo-whois-asn-country-mmdb (IPv4 and IPv6 in one file). */
export const DEFAULT_IP_COUNTRY_DB = createRequire(import.meta.url).resolve('@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country.mmdb');

const UNROUTED = new BlockList();
const UNROUTED_V4 = [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['192.0.2.0', 24], ['198.51.100.0', 24], ['203.0.113.0', 24]] as const;
const UNROUTED_V6 = [['::', 127], ['fc00::', 7], ['fe80::', 10], ['2001:db8::', 32]] as const;
for (const [net, bits] of UNROUTED_V4) UNROUTED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of UNROUTED_V6) UNROUTED.addSubnet(net, bits, 'ipv6');

/** The address in its plain form (an IPv4-mapped IPv6 address as IPv4), or null when it is not one. */
function normalise(ip: string): { address: string; family: 'ipv4' | 'ipv6' } | null {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  const address = mapped ? mapped[1]! : ip;
  const version = isIP(address);
  return version === 0 ? null : { address, family: version === 4 ? 'ipv4' : 'ipv6' };
}

interface CountryRecord {
  country_code?: string;
}

/** A lookup over an opened database; `iso3Of` maps the database's alpha-2 codes to ours. */
export function createIpCountryLookup(reader: { get(ip: string): CountryRecord | null }, iso3Of: ReadonlyMap<string, string>): IpCountryLookup {
  return {
    country(ip) {
      const parsed = normalise(ip.trim());
      if (!parsed || UNROUTED.check(parsed.address, parsed.family)) return null;
      const code = reader.get(parsed.address)?.country_code;
      return code ? (iso3Of.get(code.toUpperCase()) ?? null) : null;
    },
  };
}

/** Opens the database file (about 8 MB, read into memory once). */
export async function openIpCountryLookup(file: string, iso3Of: ReadonlyMap<string, string>): Promise<IpCountryLookup> {
  const reader = await maxmind.open(file, { cache: { max: 5000 } });
  // The reader's types know MaxMind's own record shapes; this database's records are { country_code }.
  return createIpCountryLookup(reader as unknown as { get(ip: string): CountryRecord | null }, iso3Of);
}
