import { decodeNucleotide, isAcgt, N } from '../alphabet/nucleotides';
import type { NucSubstitution } from '../analysis-result';
import { nodeSubstitutions, type ReferenceTree } from './reference-tree';

// Placement on the reference tree, as Nextclade v1.4 (treeFindNearestNodes.cpp): the distance from a
// node to the genome is
//   node substitutions + genome substitutions − 2 × shared substitutions − sites both mutated to
//   different letters − node sites the genome did not sequence (N or outside the aligned part),
// and the nearest node is the first in preorder with the least distance (its recursion keeps a node
// over its descendants, and an earlier child over a later one, on equal distance). Only A/C/G/T
// substitutions count on the genome's side, as in its analysis result.

export interface AlignedGenome {
  /** Aligned query, one code per reference position. */
  aligned: Uint8Array;
  /** Covered reference part, 0-based half-open. */
  alignmentStart: number;
  alignmentEnd: number;
  substitutions: NucSubstitution[];
}

export interface Placement {
  /** Preorder index of the nearest node (Nextclade's nearestNodeId). */
  nodeId: number;
  clade: string;
  distance: number;
  /** The genome's substitutions the node lacks, then the node's the genome reverts (by position). */
  privateSubstitutions: NucSubstitution[];
}

export function placeOnTree(tree: ReferenceTree, ref: Uint8Array, genome: AlignedGenome): Placement {
  const { aligned, alignmentStart: start, alignmentEnd: end } = genome;
  const { parent, deltaStart, deltaPos, deltaFrom, deltaTo } = tree;
  // A node substitution's share of the distance: +1 for the node, less 2 if the genome shares it,
  // 1 if the genome has another letter there, 1 if the genome did not sequence the site.
  const share = (p: number, code: number): number => {
    if (code === 0) return 0;
    if (p < start || p >= end) return 0;
    const q = aligned[p]!;
    if (q === N) return 0;
    if (isAcgt(q) && q !== ref[p]) return q === code ? -1 : 0;
    return 1;
  };
  const distance = new Int32Array(tree.nodeCount);
  let best = 0;
  let bestDistance = Infinity;
  for (let node = 0; node < tree.nodeCount; node++) {
    let d = node === 0 ? genome.substitutions.length : distance[parent[node]!]!;
    for (let k = deltaStart[node]!; k < deltaStart[node + 1]!; k++) {
      const p = deltaPos[k]!;
      d += share(p, deltaTo[k]!) - share(p, deltaFrom[k]!);
    }
    distance[node] = d;
    if (d < bestDistance) {
      bestDistance = d;
      best = node;
    }
  }
  return { nodeId: best, clade: tree.clade[best]!, distance: bestDistance, privateSubstitutions: privateSubstitutions(ref, genome, nodeSubstitutions(tree, best)) };
}

/** Nextclade v1's findPrivateMutations: what separates the genome from the node, substitutions only. */
function privateSubstitutions(ref: Uint8Array, genome: AlignedGenome, nodeNuc: Map<number, number>): NucSubstitution[] {
  const out = genome.substitutions.filter((s) => {
    const shared = nodeNuc.get(s.pos - 1);
    return shared === undefined || decodeNucleotide(shared) !== s.queryNuc;
  });
  const mutated = new Set(genome.substitutions.map((s) => s.pos - 1));
  for (const [p, code] of nodeNuc) {
    if (mutated.has(p) || p < genome.alignmentStart || p >= genome.alignmentEnd || genome.aligned[p] === N) continue;
    out.push({ pos: p + 1, refNuc: decodeNucleotide(code), queryNuc: decodeNucleotide(ref[p]!) });
  }
  return out.sort((a, b) => a.pos - b.pos);
}
