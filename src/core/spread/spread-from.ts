// Every node's effective distance from one origin, with the path that gives it and the direct link's flux
// and share: what the spread view and the API show.
import { pathTo, shortestPaths, type DistanceGraph } from './effective-distance';
import type { MinHeap } from './binary-heap';

export interface SpreadRow {
  node: number;
  /** Effective distance from the origin; null when no path reaches the node. */
  effectiveDistance: number | null;
  hops: number | null;
  /** Nodes from the origin to this one along the shortest path (empty when unreachable). */
  path: number[];
  /** F_mn of the direct link origin → node (0 when there is none). */
  directFlux: number;
  /** P_mn of the direct link origin → node (0 when there is none). */
  directShare: number;
}

/** Every node but the origin, nearest first (ties by node index), unreachable last. */
export function spreadFrom(graph: DistanceGraph, origin: number, heap?: MinHeap): SpreadRow[] {
  const paths = shortestPaths(graph, origin, heap);
  const flux = new Map<number, { flux: number; share: number }>();
  for (let e = graph.offsets[origin]; e < graph.offsets[origin + 1]; e++) flux.set(graph.targets[e], { flux: graph.flux[e], share: graph.share[e] });
  const rows: SpreadRow[] = [];
  for (let node = 0; node < graph.nodes.length; node++) {
    if (node === origin) continue;
    const reachable = paths.distance[node] !== Infinity;
    const direct = flux.get(node);
    rows.push({
      node,
      effectiveDistance: reachable ? paths.distance[node] : null,
      hops: reachable ? paths.hops[node] : null,
      path: reachable ? pathTo(paths, node) : [],
      directFlux: direct?.flux ?? 0,
      directShare: direct?.share ?? 0,
    });
  }
  return rows.sort((a, b) => (a.effectiveDistance ?? Infinity) - (b.effectiveDistance ?? Infinity) || a.node - b.node);
}
