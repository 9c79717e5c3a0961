import type { Country } from '../../../../shared/schemas/countries';

export type CountrySortKey = 'name' | 'population' | 'beds';
export interface CountrySort {
  key: CountrySortKey;
  direction: 'asc' | 'desc';
}

/** Folds case and accents so that "cote" finds "Côte d'Ivoire". */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Countries whose name (either language) or ISO code contains the search, in the WHO region if one is chosen. */
export function filterCountries(countries: readonly Country[], search: string, whoRegion: string | null): Country[] {
  const needle = fold(search.trim());
  return countries.filter((c) => {
    if (whoRegion && c.whoRegion !== whoRegion) return false;
    if (!needle) return true;
    return [c.nameEn, c.nameZh, c.iso3, c.iso2].some((field) => fold(field).includes(needle));
  });
}

/** Sorted copy; missing numbers always sort last, whatever the direction. */
export function sortCountries(
  countries: readonly Country[],
  sort: CountrySort,
  nameOf: (c: Country) => string,
  compareText: (a: string, b: string) => number,
): Country[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const numberOf = (c: Country) => (sort.key === 'population' ? c.population : c.hospitalBedsPerThousand);
  return [...countries].sort((a, b) => {
    if (sort.key === 'name') return sign * compareText(nameOf(a), nameOf(b));
    const x = numberOf(a);
    const y = numberOf(b);
    if (x === null && y === null) return compareText(nameOf(a), nameOf(b));
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (x - y) || compareText(nameOf(a), nameOf(b));
  });
}
