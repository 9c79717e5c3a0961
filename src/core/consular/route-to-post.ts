// Which post a citizen abroad belongs to: the consulate whose district names their city, else the embassy
// (or any post) covering their host country. Cities compare without case or surrounding spaces.

export interface PostCoverage {
  id: string;
  kind: 'embassy' | 'consulate';
  /** Countries the post covers (ISO3). */
  covers: readonly string[];
  /** For a consulate: the cities of its district. Empty: the whole of its countries. */
  cities: readonly string[];
}

const norm = (city: string) => city.trim().toLocaleLowerCase('en');

export function routeToPost(posts: readonly PostCoverage[], hostIso3: string, city: string): string | null {
  const inCountry = posts.filter((p) => p.covers.includes(hostIso3));
  const byCity = inCountry.find((p) => p.cities.some((c) => norm(c) === norm(city)));
  if (byCity) return byCity.id;
  const general = inCountry.filter((p) => p.cities.length === 0);
  return (general.find((p) => p.kind === 'embassy') ?? general[0] ?? null)?.id ?? null;
}
