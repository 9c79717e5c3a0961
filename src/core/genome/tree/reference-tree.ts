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
  /** Node i's substitutions are subPos/subNuc[subStart[i] .. subStart[i+1]), 0-based positions, by position. */
  subStart: Int32Array;
  subPos: Int32Array;
  subNuc: Uint8Array;
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
  const states: Map<number, number>[] = [];
  const subStart = new Int32Array(nodes.length + 1);
  const subPos: number[] = [];
  const subNuc: number[] = [];
  for (let i = 0; i < nodes.length && errors.length < 20; i++) {
    const node = nodes[i] as unknown;
    if (!Array.isArray(node) || node.length !== 3 || !Number.isInteger(node[0]) || typeof node[1] !== 'string' || typeof node[2] !== 'string') {
      errors.push(`reference tree: node ${i} is not [parent, clade, mutations]`);
      continue;
    }
    const [p, name, mutations] = node as [number, string, string];
    if ((i === 0) !== (p === -1) || p >= i) {
      errors.push(`reference tree: node ${i} has parent ${p}; nodes must be in preorder with the root first`);
      continue;
    }
    parent[i] = p;
    clade.push(name);
    const state = new Map(i === 0 ? [] : states[p]);
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
    states.push(state);
    subStart[i] = subPos.length;
    for (const [pos, code] of [...state].sort((a, b) => a[0] - b[0])) {
      if (!isAcgt(code)) continue;
      subPos.push(pos);
      subNuc.push(code);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  subStart[nodes.length] = subPos.length;
  return { ok: true, tree: { nodeCount: nodes.length, parent, clade, subStart, subPos: Int32Array.from(subPos), subNuc: Uint8Array.from(subNuc) } };
}
