import { describe, expect, it } from 'vitest';
import { createRangeLookup, defaultIpCountryLookup } from './ip-country';

describe('IP to country', () => {
  it('maps an address to the most specific range that holds it', () => {
    const lookup = createRangeLookup([
      { cidr: '203.0.113.0/24', iso3: 'KEN' },
      { cidr: '203.0.113.128/25', iso3: 'GBR' },
      { cidr: '198.51.100.7/32', iso3: 'CHN' },
    ]);
    expect(lookup.country('203.0.113.5')).toBe('KEN');
    expect(lookup.country('203.0.113.200')).toBe('GBR');
    expect(lookup.country('::ffff:198.51.100.7')).toBe('CHN');
    expect(lookup.country('198.51.100.8')).toBeNull();
    expect(lookup.country('2001:db8::1')).toBeNull();
  });

  it('gives no country to loopback and private addresses', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1']) expect(defaultIpCountryLookup.country(ip)).toBeNull();
  });
});
