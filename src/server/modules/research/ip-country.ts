// Which country a visitor's address is in, for the access statistics. Behind an interface so a
// well-kept offline database can be plugged in (see the research module's notes); what ships is a
// table of IPv4 ranges, with loopback and private networks mapped to no country.

export interface IpCountryLookup {
  /** ISO 3166-1 alpha-3 code, or null when unknown. */
  country(ip: string): string | null;
}

export interface IpRange {
  cidr: string;
  iso3: string | null;
}

export const LOCAL_RANGES: readonly IpRange[] = [
  { cidr: '127.0.0.0/8', iso3: null },
  { cidr: '10.0.0.0/8', iso3: null },
  { cidr: '172.16.0.0/12', iso3: null },
  { cidr: '192.168.0.0/16', iso3: null },
  { cidr: '169.254.0.0/16', iso3: null },
  { cidr: '100.64.0.0/10', iso3: null },
];

function ipv4ToInt(ip: string): number | null {
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  const parts = v4.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

interface ParsedRange {
  start: number;
  end: number;
  iso3: string | null;
}

function parseCidr(range: IpRange): ParsedRange {
  const [base = '', bits = '32'] = range.cidr.split('/');
  const start = ipv4ToInt(base);
  const size = 2 ** (32 - Number(bits));
  if (start === null || !Number.isInteger(size)) throw new Error(`not an IPv4 CIDR: ${range.cidr}`);
  const first = start - (start % size);
  return { start: first, end: first + size - 1, iso3: range.iso3 };
}

/** A lookup over CIDR ranges; the most specific range that holds the address wins. */
export function createRangeLookup(ranges: readonly IpRange[]): IpCountryLookup {
  const parsed = ranges.map(parseCidr).sort((a, b) => a.end - a.start - (b.end - b.start));
  return {
    country(ip) {
      const n = ipv4ToInt(ip);
      if (n === null) return null;
      return parsed.find((r) => n >= r.start && n <= r.end)?.iso3 ?? null;
    },
  };
}

export const defaultIpCountryLookup: IpCountryLookup = createRangeLookup(LOCAL_RANGES);
