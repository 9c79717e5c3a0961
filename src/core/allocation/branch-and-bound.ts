import { fillFreight, solveDual, totalValue, type KnapsackProblem } from './lagrangian';

// Closes the gap left by the Lagrangian. At λ* the relaxation takes at most one item fractionally (the
// one whose packs straddle the freight cut-off), so we branch on that item's pack count, m_j ≤ ⌊m*⌋ or
// m_j ≥ ⌊m*⌋ + 1, and bound each branch with its own Lagrangian dual. Nodes are explored best bound
// first; the search stops when the incumbent is within `gapTolerance` of the best open bound, which is
// then a proven bound on the optimum. Each node costs O(items · log blocks · bisection steps) whatever
// the number of recipients, because the recipients are folded into the item curves.

export interface KnapsackResult {
  packs: Float64Array;
  objective: number;
  bound: number;
  /** λ* at the root: the value of one more kg of freight. */
  lambda: number;
  nodes: number;
}

interface Node {
  lo: Float64Array;
  hi: Float64Array;
  bound: number;
  item: number;
  split: number;
}

/** A binary max-heap of nodes by bound. */
class NodeHeap {
  private readonly nodes: Node[] = [];
  get size(): number {
    return this.nodes.length;
  }
  peek(): Node | undefined {
    return this.nodes[0];
  }
  push(node: Node): void {
    const a = this.nodes;
    a.push(node);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent].bound >= a[i].bound) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop(): Node | undefined {
    const a = this.nodes;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l].bound > a[m].bound) m = l;
        if (r < a.length && a[r].bound > a[m].bound) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

export function solveFreightKnapsack(
  problem: KnapsackProblem,
  hi0: Float64Array,
  options: { gapTolerance: number; nodeLimit: number },
): KnapsackResult {
  const lo0 = new Float64Array(hi0.length);
  const root = solveDual(problem, lo0, hi0);
  if (root === null) throw new Error('freight knapsack: the empty plan must be feasible');

  let best = fillFreight(problem, root.packs, hi0);
  let incumbent = totalValue(problem.curves, best);
  const closed = (bound: number) => bound - incumbent <= Math.max(options.gapTolerance * bound, 1e-13);

  // Nodes not explored further (LP integral, or bound already within tolerance) still bound the
  // optimum: keep the largest of their bounds so the reported bound stays a proof.
  let settledBound = 0;
  const heap = new NodeHeap();
  if (root.fractionalItem >= 0 && !closed(root.bound)) {
    heap.push({ lo: lo0, hi: hi0, bound: root.bound, item: root.fractionalItem, split: Math.floor(root.fractionalPacks) });
  } else settledBound = root.bound;
  let nodes = 0;

  while (heap.size > 0) {
    const top = heap.peek() as Node;
    if (closed(Math.max(top.bound, settledBound)) || nodes >= options.nodeLimit) break;
    heap.pop();
    nodes += 1;
    for (const side of [0, 1]) {
      const lo = top.lo.slice();
      const hi = top.hi.slice();
      if (side === 0) hi[top.item] = top.split;
      else lo[top.item] = top.split + 1;
      if (lo[top.item] > hi[top.item]) continue;
      const dual = solveDual(problem, lo, hi);
      if (dual === null) continue;
      const candidate = fillFreight(problem, dual.packs, hi);
      const value = totalValue(problem.curves, candidate);
      if (value > incumbent) {
        incumbent = value;
        best = candidate;
      }
      if (dual.fractionalItem >= 0 && !closed(dual.bound)) {
        heap.push({ lo, hi, bound: dual.bound, item: dual.fractionalItem, split: Math.floor(dual.fractionalPacks) });
      } else settledBound = Math.max(settledBound, dual.bound);
    }
  }
  const openBound = heap.size > 0 ? (heap.peek() as Node).bound : 0;
  const bound = Math.max(incumbent, settledBound, openBound);
  return { packs: best, objective: incumbent, bound, lambda: root.lambda, nodes };
}
