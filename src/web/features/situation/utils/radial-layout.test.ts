import { describe, expect, it } from 'vitest';
import { radialLayout } from './radial-layout';

describe('radialLayout', () => {
  const rows = [
    { iso3: 'HKG', effectiveDistance: 3, path: ['CHN', 'HKG'] },
    { iso3: 'GBR', effectiveDistance: 6, path: ['CHN', 'HKG', 'GBR'] },
    { iso3: 'IRL', effectiveDistance: 8, path: ['CHN', 'HKG', 'GBR', 'IRL'] },
    { iso3: 'AUS', effectiveDistance: 7, path: ['CHN', 'HKG', 'AUS'] },
    { iso3: 'RUS', effectiveDistance: 4, path: ['CHN', 'RUS'] },
    { iso3: 'SYR', effectiveDistance: null, path: [] },
  ];
  const points = radialLayout('CHN', rows);
  const at = (iso3: string) => points.find((p) => p.iso3 === iso3);

  it('places every reachable country at its effective distance, on its parent in the path', () => {
    expect(points.map((p) => p.iso3).sort()).toEqual(['AUS', 'GBR', 'HKG', 'IRL', 'RUS']);
    expect(at('IRL')).toMatchObject({ radius: 8, parent: 'GBR', hops: 3 });
    expect(at('HKG')).toMatchObject({ radius: 3, parent: 'CHN', hops: 1 });
  });

  it('gives each subtree a sector in proportion to its leaves, nearer children first', () => {
    // Leaves: IRL, AUS (under HKG), RUS: HKG's sector is 0–240°, RUS's 240–360°.
    expect(at('HKG')?.angle).toBe(120);
    expect(at('RUS')?.angle).toBe(300);
    // Under HKG, GBR (6) comes before AUS (7): GBR 0–120°, AUS 120–240°; IRL inherits GBR's sector.
    expect(at('GBR')?.angle).toBe(60);
    expect(at('IRL')?.angle).toBe(60);
    expect(at('AUS')?.angle).toBe(180);
  });
});
