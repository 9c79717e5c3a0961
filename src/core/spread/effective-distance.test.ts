import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceGraph, pathTo, shortestPaths } from './effective-distance';
import { buildFluxNetwork, type FluxEdge } from './flux-network';

const edge = (from: number, to: number, weight = 1): FluxEdge => ({ from, to, weight });

describe('distanceGraph', () => {
  it('gives P_mn = F_mn / Σ_k F_kn and d_mn = 1 − ln P_mn', () => {
    // A sends 3 routes to B and 1 to C: P_BA = 3/4, P_CA = 1/4.
    const graph = distanceGraph(buildFluxNetwork(['A', 'B', 'C'], [edge(0, 1, 2), edge(0, 1, 1), edge(0, 2), edge(1, 0)]));
    expect([...graph.share]).toEqual([0.75, 0.25, 1]);
    expect(graph.length[0]).toBeCloseTo(1 - Math.log(0.75), 12);
    expect(graph.length[1]).toBeCloseTo(1 + Math.log(4), 12);
    expect(graph.length[2]).toBe(1);
  });
});

describe('shortestPaths', () => {
  it('takes the effectively shorter path even with more hops', () => {
    // A → D directly carries 1 route of A's 10; A → B → D carries 9 of 10 then all of B's.
    const graph = distanceGraph(buildFluxNetwork(['A', 'B', 'D'], [edge(0, 2, 1), edge(0, 1, 9), edge(1, 2, 5)]));
    const paths = shortestPaths(graph, 0);
    const direct = 1 - Math.log(0.1);
    const viaB = 1 - Math.log(0.9) + 1;
    expect(viaB).toBeLessThan(direct);
    expect(paths.distance[2]).toBeCloseTo(viaB, 12);
    expect(pathTo(paths, 2)).toEqual([0, 1, 2]);
    expect(paths.hops[2]).toBe(2);
    expect(paths.distance[0]).toBe(0);
    expect(pathTo(paths, 0)).toEqual([0]);
  });

  it('leaves unreachable nodes at Infinity with no path, and is directed', () => {
    const graph = distanceGraph(buildFluxNetwork(['A', 'B', 'C'], [edge(0, 1), edge(2, 0)]));
    const paths = shortestPaths(graph, 0);
    expect(paths.distance[2]).toBe(Infinity);
    expect(paths.hops[2]).toBe(-1);
    expect(pathTo(paths, 2)).toEqual([]);
    expect(shortestPaths(graph, 2).distance[1]).toBe(2);
  });

  it('excludes self-routes: they neither take a share nor shorten anything', () => {
    const withLoop = distanceGraph(buildFluxNetwork(['A', 'B'], [edge(0, 0, 100), edge(0, 1)]));
    expect(withLoop.share[0]).toBe(1);
    expect(shortestPaths(withLoop, 0).distance[1]).toBe(1);
  });

  it('breaks ties the same way whatever the order of the edges', () => {
    // Two equally long paths A → B → D and A → C → D.
    const edges = [edge(0, 1), edge(0, 2), edge(1, 3), edge(2, 3)];
    const forward = shortestPaths(distanceGraph(buildFluxNetwork(['A', 'B', 'C', 'D'], edges)), 0);
    const backward = shortestPaths(distanceGraph(buildFluxNetwork(['A', 'B', 'C', 'D'], [...edges].reverse())), 0);
    // A → B takes half of A's routes (1 + ln 2), B → D all of B's (1).
    expect(forward.distance[3]).toBeCloseTo(2 + Math.log(2), 12);
    expect(pathTo(forward, 3)).toEqual(pathTo(backward, 3));
    expect(pathTo(forward, 3)).toEqual([0, 1, 3]);
  });

  it('refuses an origin outside the network', () => {
    expect(() => shortestPaths(distanceGraph(buildFluxNetwork(['A'], [])), 3)).toThrow(RangeError);
  });

  const networkArbitrary = fc
    .integer({ min: 1, max: 9 })
    .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1), weight: fc.integer({ min: 1, max: 50 }) }), { maxLength: 30 })));

  it('equals Floyd–Warshall over d_mn on random networks (property)', () => {
    fc.assert(
      fc.property(networkArbitrary, ([n, edges]) => {
        const graph = distanceGraph(buildFluxNetwork(Array.from({ length: n }, (_, i) => String(i)), edges));
        const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
        for (let from = 0; from < n; from++) for (let e = graph.offsets[from]; e < graph.offsets[from + 1]; e++) d[from][graph.targets[e]] = Math.min(d[from][graph.targets[e]], graph.length[e]);
        for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
        for (let origin = 0; origin < n; origin++) {
          const paths = shortestPaths(graph, origin);
          for (let target = 0; target < n; target++) {
            if (d[origin][target] === Infinity) expect(paths.distance[target]).toBe(Infinity);
            else expect(paths.distance[target]).toBeCloseTo(d[origin][target], 9);
            // Every link is at least 1 long, so the distance is at least the number of hops.
            if (paths.hops[target] > 0) expect(paths.distance[target]).toBeGreaterThanOrEqual(paths.hops[target]);
            // The path's links add up to the distance.
            const path = pathTo(paths, target);
            let sum = 0;
            for (let k = 1; k < path.length; k++) sum += graph.length[paths.via[path[k]]];
            if (path.length > 0) expect(sum).toBeCloseTo(paths.distance[target], 9);
          }
        }
      }),
    );
  });

  it('gives P_mn that sum to 1 over the destinations of every node with flights (property)', () => {
    fc.assert(
      fc.property(networkArbitrary, ([n, edges]) => {
        const graph = distanceGraph(buildFluxNetwork(Array.from({ length: n }, (_, i) => String(i)), edges));
        for (let from = 0; from < n; from++) {
          if (graph.offsets[from] === graph.offsets[from + 1]) continue;
          let sum = 0;
          for (let e = graph.offsets[from]; e < graph.offsets[from + 1]; e++) sum += graph.share[e];
          expect(sum).toBeCloseTo(1, 12);
        }
      }),
    );
  });
});
