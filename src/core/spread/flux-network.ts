// A directed, weighted network in compressed sparse rows: the edges leaving node n are
// offsets[n] .. offsets[n + 1] − 1 of `targets` and `flux`. Flux F_mn (n → m) is what travels from n to m:
// the number of routes, or their seats. Self-loops are dropped: staying put is not travel.

export interface FluxNetwork {
  /** Node keys (ISO3 codes, or airport ids as strings), in index order. */
  nodes: string[];
  offsets: Int32Array;
  targets: Int32Array;
  flux: Float64Array;
}

export interface FluxEdge {
  from: number;
  to: number;
  weight: number;
}

/** Sums the weights of parallel edges, drops self-loops and non-positive weights; targets sorted per node. */
export function buildFluxNetwork(nodes: readonly string[], edges: Iterable<FluxEdge>): FluxNetwork {
  const n = nodes.length;
  const rows: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const { from, to, weight } of edges) {
    if (from === to || !(weight > 0)) continue;
    if (from < 0 || from >= n || to < 0 || to >= n) throw new RangeError(`edge ${from} → ${to} outside the ${n} nodes`);
    rows[from].set(to, (rows[from].get(to) ?? 0) + weight);
  }
  const offsets = new Int32Array(n + 1);
  rows.forEach((row, i) => (offsets[i + 1] = offsets[i] + row.size));
  const targets = new Int32Array(offsets[n]);
  const flux = new Float64Array(offsets[n]);
  rows.forEach((row, i) => {
    [...row.keys()].sort((a, b) => a - b).forEach((to, k) => {
      targets[offsets[i] + k] = to;
      flux[offsets[i] + k] = row.get(to) as number;
    });
  });
  return { nodes: [...nodes], offsets, targets, flux };
}

/** Total flux leaving node n: Σ_k F_kn. */
export function outflux(network: FluxNetwork, node: number): number {
  let sum = 0;
  for (let e = network.offsets[node]; e < network.offsets[node + 1]; e++) sum += network.flux[e];
  return sum;
}

/** F_mn for n → m, 0 when there is no edge. */
export function fluxBetween(network: FluxNetwork, from: number, to: number): number {
  for (let e = network.offsets[from]; e < network.offsets[from + 1]; e++) if (network.targets[e] === to) return network.flux[e];
  return 0;
}
