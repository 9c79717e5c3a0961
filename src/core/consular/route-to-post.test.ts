import { describe, expect, it } from 'vitest';
import { routeToPost, type PostCoverage } from './route-to-post';

const posts: PostCoverage[] = [
  { id: 'EMB-GBR', kind: 'embassy', covers: ['GBR', 'IRL'], cities: [] },
  { id: 'CG-GBR-MAN', kind: 'consulate', covers: ['GBR'], cities: ['Manchester', 'Leeds'] },
  { id: 'CG-ITA-MIL', kind: 'consulate', covers: ['ITA'], cities: ['Milan'] },
];

describe('routeToPost', () => {
  it('sends a city in a consular district to its consulate, whatever its case', () => {
    expect(routeToPost(posts, 'GBR', ' manchester ')).toBe('CG-GBR-MAN');
  });
  it('sends other cities of a covered country to the embassy, also a second country it covers', () => {
    expect(routeToPost(posts, 'GBR', 'London')).toBe('EMB-GBR');
    expect(routeToPost(posts, 'IRL', 'Dublin')).toBe('EMB-GBR');
  });
  it('finds no post where only a district outside the city covers the country, or nothing covers it', () => {
    expect(routeToPost(posts, 'ITA', 'Rome')).toBeNull();
    expect(routeToPost(posts, 'FRA', 'Paris')).toBeNull();
  });
});
