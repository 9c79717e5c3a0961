import { describe, expect, it } from 'vitest';
import { muchSmallerBy } from './import-size';

describe('muchSmallerBy', () => {
  const shown = { countries: 200, rows: 200_000 };

  it('names the measures below half of the data shown', () => {
    expect(muchSmallerBy({ countries: 3, rows: 300 }, shown)).toEqual(['countries', 'rows']);
    expect(muchSmallerBy({ countries: 200, rows: 60_000 }, shown)).toEqual(['rows']);
    expect(muchSmallerBy({ countries: 90, rows: 150_000 }, shown)).toEqual(['countries']);
  });

  it('lets an import of half the size or more, or a first import, through', () => {
    expect(muchSmallerBy({ countries: 100, rows: 100_000 }, shown)).toEqual([]);
    expect(muchSmallerBy({ countries: 240, rows: 400_000 }, shown)).toEqual([]);
    expect(muchSmallerBy({ countries: 1, rows: 1 }, null)).toEqual([]);
  });
});
