// Effective distance (Brockmann & Helbing, "The hidden geometry of complex, network-driven contagion
// phenomena", Science 342:1337, 2013): of the travellers leaving n, the share going to m is
// P_mn = F_mn / Σ_k F_kn, and the effective length of the link n → m is d_mn = 1 − ln P_mn (≥ 1). The
// effective distance from an origin is the shortest path over these lengths (Dijkstra, binary heap).
import { MinHeap } from './binary-heap';
import type { FluxNetwork } from './flux-network';

export interface DistanceGraph extends FluxNetwork {
  /** P_mn of each edge n → m (same order as `targets`). */
  share: Float64Array;
  /** d_mn = 1 − ln P_mn of each edge. */
  length: Float64Array;
}

export function distanceGraph(network: FluxNetwork): DistanceGraph {
  const share = new Float64Array(network.flux.length);
  const length = new Float64Array(network.flux.length);
  for (let n = 0; n + 1 < network.offsets.length; n++) {
    let out = 0;
    for (let e = network.offsets[n]; e < network.offsets[n + 1]; e++) out += network.flux[e];
    for (let e = network.offsets[n]; e < network.offsets[n + 1]; e++) {
      share[e] = network.flux[e] / out;
      length[e] = 1 - Math.log(share[e]);
    }
  }
  return { ...network, share, length };
}

export interface ShortestPaths {
  origin: number;
  /** Effective distance from the origin (Infinity when unreachable, 0 at the origin). */
  distance: Float64Array;
  /** The node before each on its shortest path (−1 at the origin and when unreachable). */
  previous: Int32Array;
  /** The edge index (into `targets`) by which each node is reached, −1 when none. */
  via: Int32Array;
  /** Links on the shortest path (−1 when unreachable). */
  hops: Int32Array;
}

/**
 * Dijkstra from `origin`. Ties: a node keeps the first shortest path found, and the heap settles nodes of
 * equal distance in index order, so the result depends only on the network.
 */
export function shortestPaths(graph: DistanceGraph, origin: number, heap?: MinHeap): ShortestPaths {
  const n = graph.nodes.length;
  if (!(origin >= 0 && origin < n)) throw new RangeError(`origin ${origin} is not one of the ${n} nodes`);
  const distance = new Float64Array(n).fill(Infinity);
  const previous = new Int32Array(n).fill(-1);
  const via = new Int32Array(n).fill(-1);
  const hops = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const queue = heap ?? new MinHeap(64);
  queue.size = 0;
  distance[origin] = 0;
  hops[origin] = 0;
  queue.push(0, origin);
  while (queue.size > 0) {
    const key = queue.peekKey() as number;
    const node = queue.pop();
    if (done[node] === 1 || key > distance[node]) continue;
    done[node] = 1;
    for (let e = graph.offsets[node]; e < graph.offsets[node + 1]; e++) {
      const to = graph.targets[e];
      const candidate = key + graph.length[e];
      if (candidate < distance[to]) {
        distance[to] = candidate;
        previous[to] = node;
        via[to] = e;
        hops[to] = hops[node] + 1;
        queue.push(candidate, to);
      }
    }
  }
  return { origin, distance, previous, via, hops };
}

/** The nodes from the origin to `target` along its shortest path; empty when unreachable. */
export function pathTo(paths: ShortestPaths, target: number): number[] {
  if (target !== paths.origin && paths.previous[target] === -1) return [];
  const path = [target];
  for (let at = target; at !== paths.origin; ) {
    at = paths.previous[at];
    path.push(at);
  }
  return path.reverse();
}
