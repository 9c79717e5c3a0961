import { encodeNucleotides, GAP, isAcgt } from '../alphabet/nucleotides';

// A reference tree for placing genomes as Nextclade v1 does (docs/decisions/013). The file is
// Concord's compact form of an Auspice tree: its nodes in preorder, each `[parent, clade, mutations]`,
// where parent is the index of an earlier node (-1 for the root) and mutations are the branch's
// nucleotide mutations ("C241T,A11288-", 1-based). Only what placement needs is kept.
//
// Each node's substitutions are accumulated from the root as Nextclade's treePreprocess does: a
// mutation back to the reference letter removes the site, and gaps never count as substitutions.

export interface ReferenceTree {
  nodeCount: number;
  parent: Int32Array;
  clade: string[];
  /**
   * How node i's substitutions differ from its parent's: at deltaPos[k] (0-based) the letter code goes
   * from deltaFrom[k] to deltaTo[k] (0 = no substitution there), k in deltaStart[i] .. deltaStart[i+1].
   * Placement updates a node's distance from its parent's with these few changes.
   */
  deltaStart: Int32Array;
  deltaPos: Int32Array;
  deltaFrom: Uint8Array;
  deltaTo: Uint8Array;
}

export type ReferenceTreeOutcome = { ok: true; tree: ReferenceTree } | { ok: false; errors: string[] };

const MUTATION = /^([ACGT-])(\d+)([ACGT-])$/;

export function parseReferenceTree(text: string, ref: Uint8Array): ReferenceTreeOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`reference tree: not JSON (${(error as Error).message})`] };
  }
  const nodes = (json as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes) || nodes.length === 0) return { ok: false, errors: ['reference tree: expected an object with a non-empty "nodes" array'] };
  const errors: string[] = [];
  const parent = new Int32Array(nodes.length);
  const clade: string[] = [];
  const deltaStart = new Int32Array(nodes.length + 1);
  const deltaPos: number[] = [];
  const deltaFrom: number[] = [];
  const deltaTo: number[] = [];
  // The accumulated mutations (gaps included) of the nodes on the path from the root to the current one.
  const path: { node: number; state: Map<number, number> }[] = [];
  for (let i = 0; i < nodes.length && errors.length < 20; i++) {
    const node = nodes[i] as unknown;
    deltaStart[i] = deltaPos.length;
    if (!Array.isArray(node) || node.length !== 3 || !Number.isInteger(node[0]) || typeof node[1] !== 'string' || typeof node[2] !== 'string') {
      errors.push(`reference tree: node ${i} is not [parent, clade, mutations]`);
      continue;
    }
    const [p, name, mutations] = node as [number, string, string];
    while (path.length > 0 && path[path.length - 1]!.node !== p) path.pop();
    if ((i === 0) !== (p === -1) || p >= i || (i > 0 && path.length === 0)) {
      errors.push(`reference tree: node ${i} has parent ${p}; nodes must be in preorder with the root first`);
      continue;
    }
    parent[i] = p;
    clade.push(name);
    const before = path.length > 0 ? path[path.length - 1]!.state : new Map<number, number>();
    const state = new Map(before);
    for (const label of mutations === '' ? [] : mutations.split(',')) {
      const m = MUTATION.exec(label);
      const pos = m === null ? 0 : Number(m[2]);
      if (m === null || pos < 1 || pos > ref.length) {
        errors.push(`reference tree: node ${i} has mutation '${label}' (expected e.g. C241T within the reference)`);
        continue;
      }
      const code = m[3] === '-' ? GAP : encodeNucleotides(m[3]!)[0]!;
      if (code === ref[pos - 1]) state.delete(pos - 1);
      else state.set(pos - 1, code);
    }
    const substitution = (m: Map<number, number>, pos: number) => {
      const code = m.get(pos) ?? 0;
      return isAcgt(code) ? code : 0;
    };
    const sites = [...new Set([...before.keys(), ...state.keys()])].sort((a, b) => a - b);
    for (const pos of sites) {
      const from = substitution(before, pos);
      const to = substitution(state, pos);
      if (from === to) continue;
      deltaPos.push(pos);
      deltaFrom.push(from);
      deltaTo.push(to);
    }
    path.push({ node: i, state });
  }
  if (errors.length > 0) return { ok: false, errors };
  deltaStart[nodes.length] = deltaPos.length;
  return {
    ok: true,
    tree: { nodeCount: nodes.length, parent, clade, deltaStart, deltaPos: Int32Array.from(deltaPos), deltaFrom: Uint8Array.from(deltaFrom), deltaTo: Uint8Array.from(deltaTo) },
  };
}

/** A node's substitutions: 0-based position → letter code (A/C/G/T only). */
export function nodeSubstitutions(tree: ReferenceTree, node: number): Map<number, number> {
  const lineage: number[] = [];
  for (let i = node; i >= 0; i = tree.parent[i]!) {
    lineage.push(i);
    if (i === 0) break;
  }
  const subs = new Map<number, number>();
  for (let j = lineage.length - 1; j >= 0; j--) {
    const i = lineage[j]!;
    for (let k = tree.deltaStart[i]!; k < tree.deltaStart[i + 1]!; k++) {
      if (tree.deltaTo[k] === 0) subs.delete(tree.deltaPos[k]!);
      else subs.set(tree.deltaPos[k]!, tree.deltaTo[k]!);
    }
  }
  return subs;
}
