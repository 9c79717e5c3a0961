import { describe, expect, it } from 'vitest';
import { filtersFromParams, paramsFromFilters, searchFromParams } from './search-params';

describe('research search in the address bar', () => {
  it('reads filters and the page, leaving out blanks', () => {
    const params = new URLSearchParams('mutation=S:D614G&country=&page=3&other=x');
    expect(filtersFromParams(params)).toEqual({ mutation: 'S:D614G' });
    expect(searchFromParams(params)).toEqual({ mutation: 'S:D614G', limit: 25, offset: 50 });
  });

  it('writes filters back, upper-casing the country and omitting page 1', () => {
    expect(paramsFromFilters({ country: 'gbr', clade: ' ', qc: 'good' })).toEqual({ country: 'GBR', qc: 'good' });
    expect(paramsFromFilters({}, 2)).toEqual({ page: '2' });
  });
});
