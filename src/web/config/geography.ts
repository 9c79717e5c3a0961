import { WHO_REGIONS } from '../../shared/schemas/countries';

export { WHO_REGIONS };
export type WhoRegion = (typeof WHO_REGIONS)[number];

// The region names the country data carries (UN geoscheme as world-countries spells it); translated under `regions.*`.
export const REGIONS = ['Africa', 'Americas', 'Antarctic', 'Asia', 'Europe', 'Oceania'] as const;
export type Region = (typeof REGIONS)[number];
export const isKnownRegion = (value: string): value is Region => REGIONS.includes(value as Region);
