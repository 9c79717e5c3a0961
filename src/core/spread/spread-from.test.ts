import { describe, expect, it } from 'vitest';
import { distanceGraph } from './effective-distance';
import { buildFluxNetwork } from './flux-network';
import { parseOpenFlights } from './parse-openflights';
import { spreadFrom } from './spread-from';

describe('spreadFrom', () => {
  it('lists every other node nearest first, unreachable last, with the direct link', () => {
    const graph = distanceGraph(buildFluxNetwork(['A', 'B', 'C', 'D'], [
      { from: 0, to: 1, weight: 3 },
      { from: 0, to: 2, weight: 1 },
      { from: 1, to: 2, weight: 1 },
    ]));
    const rows = spreadFrom(graph, 0);
    expect(rows.map((r) => r.node)).toEqual([1, 2, 3]);
    expect(rows[0]).toMatchObject({ hops: 1, path: [0, 1], directFlux: 3, directShare: 0.75 });
    // C is nearer through B (3 of A's 4 routes, then all of B's) than by A's one direct route.
    expect(rows[1]).toMatchObject({ hops: 2, path: [0, 1, 2], directFlux: 1, directShare: 0.25 });
    expect(rows[1].effectiveDistance).toBeCloseTo(2 - Math.log(0.75), 12);
    expect(rows[2]).toEqual({ node: 3, effectiveDistance: null, hops: null, path: [], directFlux: 0, directShare: 0 });
  });
});

describe('parseOpenFlights', () => {
  it('names the file of each problem', () => {
    const result = parseOpenFlights({ airports: '1,"A"\n', countries: '"Kenya","KE","KE"\n', routes: '2B,410,AER,2965,KZN,2990,,0\n' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.file, e.line])).toEqual([
      ['airports.dat', 1],
      ['routes.dat', 1],
    ]);
  });
});
