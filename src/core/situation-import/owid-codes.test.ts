import { describe, expect, it } from 'vitest';
import { owidCode } from './owid-codes';

describe('owidCode', () => {
  it('tells countries, OWID aggregates and nonsense apart', () => {
    expect(owidCode('FRA')).toEqual({ kind: 'country', iso3: 'FRA' });
    expect(owidCode('OWID_KOS')).toEqual({ kind: 'country', iso3: 'XKX' });
    expect(owidCode('OWID_WRL')).toEqual({ kind: 'aggregate' });
    expect(owidCode('OWID_EUN')).toEqual({ kind: 'aggregate' });
    expect(owidCode('')).toEqual({ kind: 'aggregate' });
    expect(owidCode('fr')).toEqual({ kind: 'invalid' });
    expect(owidCode('FRAN')).toEqual({ kind: 'invalid' });
  });
});
