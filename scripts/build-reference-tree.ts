/**
 * Builds data/datasets/sars-cov-2/tree.json, the reference tree genomes are placed on
 * (docs/decisions/013; provenance and licences in data/datasets/sars-cov-2/PROVENANCE.md).
 *
 * Run: npx tsx scripts/build-reference-tree.ts AUSPICE_TREE.json OPEN_GENOMES.fasta[.gz] [even|odd] \
 *        > data/datasets/sars-cov-2/tree.json 2> data/datasets/sars-cov-2/tree-consensus-genomes.tsv
 *   AUSPICE_TREE.json  Nextclade's SARS-CoV-2 dataset tree of 2021-06-30 (nextstrain/nextclade, MIT),
 *                      blob 7198987450e0df56f359e426997d9a104762735a of data/sars-cov-2/tree.json
 *   OPEN_GENOMES       INSDC genomes of clades the 2021 tree lacks (../shared/data/sars-cov-2/
 *                      sequences/nextclade_dataset_examples_2024/sequences.fasta.gz)
 *
 * The 2021 tree is kept whole (topology, branch mutations, clade of each node; names and every other
 * attribute dropped). For each clade of clades.tsv that the open genomes show and the tree lacks, one
 * node is added: the genomes' consensus (each site's letter carried by more than half of the genomes
 * of that clade that sequenced it), hung under the node of its parent clade with the most of its
 * mutations. Deterministic: the same inputs give a byte-identical file.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyseGenome } from '../src/core/genome/analyse-genome';
import { decodeNucleotide, GAP, isAcgt, N } from '../src/core/genome/alphabet/nucleotides';
import { alignToReference } from '../src/core/genome/align/align-to-reference';
import { encodeNucleotides } from '../src/core/genome/alphabet/nucleotides';
import { parseDataset } from '../src/core/genome/dataset';
import { parseFasta } from '../src/core/genome/parse/fasta-parser';

interface AuspiceNode {
  branch_attrs?: { mutations?: { nuc?: string[] } };
  node_attrs?: { clade_membership?: { value?: string } };
  children?: AuspiceNode[];
}

type CompactNode = [number, string, string];

const DATASET = new URL('../data/datasets/sars-cov-2/', import.meta.url);
const text = (path: string | URL) => {
  const bytes = readFileSync(path);
  return (String(path).endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
};

/** "20I (Alpha, V1)" → "20I", the name clades.tsv and Concord's outputs use. */
const shortClade = (label: string | undefined): string => (label ?? '').split(' ')[0]!;

export function compactAuspice(root: AuspiceNode): CompactNode[] {
  const out: CompactNode[] = [];
  const walk = (node: AuspiceNode, parent: number, inherited: string) => {
    const clade = shortClade(node.node_attrs?.clade_membership?.value) || inherited;
    const index = out.push([parent, clade, (node.branch_attrs?.mutations?.nuc ?? []).join(',')]) - 1;
    for (const child of node.children ?? []) walk(child, index, clade);
  };
  walk(root, -1, '');
  return out;
}

/** Renumbers the nodes in preorder (an added node after its parent's earlier children), as placement's tie-break needs. */
function inPreorder(nodes: CompactNode[]): CompactNode[] {
  const children = nodes.map((): number[] => []);
  nodes.forEach(([parent], i) => parent >= 0 && children[parent]!.push(i));
  const out: CompactNode[] = [];
  const walk = (i: number, parent: number) => {
    const index = out.push([parent, nodes[i]![1], nodes[i]![2]]) - 1;
    for (const child of children[i]!) walk(child, index);
  };
  walk(0, -1);
  return out;
}

function main(): void {
  const [treePath, genomesPath, half] = process.argv.slice(2);
  // `--half even|odd` builds from every other open genome only, to measure on the other half.
  const keep = (i: number) => (half === 'even' ? i % 2 === 0 : half === 'odd' ? i % 2 === 1 : true);
  if (!treePath || !genomesPath) throw new Error('usage: build-reference-tree.ts AUSPICE_TREE.json OPEN_GENOMES.fasta[.gz]');
  const outcome = parseDataset({
    name: 'sars-cov-2',
    referenceFasta: text(new URL('reference.fasta', DATASET)),
    annotationGff3: text(new URL('genome_annotation.gff3', DATASET)),
    cladesTsv: text(new URL('clades.tsv', DATASET)),
    qcJson: text(new URL('qc.json', DATASET)),
  });
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  const dataset = outcome.dataset;
  const ref = dataset.prepared.reference.codes;
  const nodes = compactAuspice((JSON.parse(text(treePath)) as { tree: AuspiceNode }).tree);
  const inTree = new Set(nodes.map((n) => n[1]));

  // Group the open genomes by the clade clades.tsv gives them (the tree cannot place them yet).
  const byClade = new Map<string, Uint8Array[]>();
  const used: string[] = [];
  for (const [i, record] of parseFasta(text(genomesPath)).entries()) {
    if (record.error !== null || !keep(i)) continue;
    const result = analyseGenome({ name: record.name, sequence: record.sequence }, dataset);
    if (result.clade === null || inTree.has(result.clade)) continue;
    const aligned = alignToReference(encodeNucleotides(record.sequence), dataset.prepared.reference);
    if (!aligned.ok) continue;
    const { aligned: codes, alignmentStart, alignmentEnd } = aligned.alignment;
    const view = Uint8Array.from(codes, (c, p) => (p < alignmentStart || p >= alignmentEnd ? N : c));
    byClade.set(result.clade, [...(byClade.get(result.clade) ?? []), view]);
    used.push(`${result.clade}\t${record.name}`);
  }

  const parentOf = new Map(dataset.clades.map((c) => [c.name, c.parent]));
  const depth = (name: string): number => {
    let d = 0;
    for (let p = parentOf.get(name); p; p = parentOf.get(p)) d++;
    return d;
  };
  // Parents before children, so a new clade can hang under a new parent clade.
  const added = [...byClade.keys()].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1));
  const fullOf = (index: number): Map<number, string> => {
    const path: number[] = [];
    for (let i = index; i >= 0; i = nodes[i]![0]) path.unshift(i);
    const state = new Map<number, string>();
    for (const i of path) {
      for (const label of nodes[i]![2] === '' ? [] : nodes[i]![2].split(',')) {
        const pos = Number(label.slice(1, -1));
        const alt = label.slice(-1);
        if (alt === decodeNucleotide(ref[pos - 1]!)) state.delete(pos);
        else state.set(pos, alt);
      }
    }
    return state;
  };
  for (const clade of added) {
    const genomes = byClade.get(clade)!;
    const consensus = new Map<number, string>();
    for (let p = 0; p < ref.length; p++) {
      const counts = new Map<number, number>();
      let sequenced = 0;
      for (const g of genomes) {
        const c = g[p]!;
        if (c !== GAP && !isAcgt(c)) continue;
        sequenced++;
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      for (const [c, n] of counts) if (c !== ref[p] && n * 2 > sequenced) consensus.set(p + 1, c === GAP ? '-' : decodeNucleotide(c));
    }
    // Under the node of the nearest ancestor clade that shares the most of the consensus.
    let parent = 0;
    let parentShared = -1;
    let parentFull = new Map<number, string>();
    const ancestors = new Set<string>();
    for (let p = parentOf.get(clade); p; p = parentOf.get(p)) ancestors.add(p);
    for (let i = 0; i < nodes.length; i++) {
      if (!ancestors.has(nodes[i]![1])) continue;
      const full = fullOf(i);
      let shared = 0;
      for (const [pos, alt] of full) shared += consensus.get(pos) === alt ? 1 : -1;
      if (shared > parentShared) [parent, parentShared, parentFull] = [i, shared, full];
    }
    const branch: string[] = [];
    const sites = new Set([...consensus.keys(), ...parentFull.keys()]);
    for (const pos of [...sites].sort((a, b) => a - b)) {
      const from = parentFull.get(pos) ?? decodeNucleotide(ref[pos - 1]!);
      const to = consensus.get(pos) ?? decodeNucleotide(ref[pos - 1]!);
      if (from !== to) branch.push(`${from}${pos}${to}`);
    }
    // Appended nodes keep preorder valid: each one's parent comes before it.
    nodes.push([parent, clade, branch.join(',')]);
    process.stderr.write(`# added ${clade}: ${genomes.length} genomes, ${consensus.size} sites, under node ${parent} (${nodes[parent]![1]})\n`);
  }
  // The genomes behind the consensus nodes, for the provenance file (stderr: clade, genome name).
  process.stderr.write(`clade\tgenome\n${used.sort().join('\n')}\n`);
  process.stdout.write(`{"format":"concord-reference-tree","version":1,"nodes":[\n${inPreorder(nodes).map((n) => JSON.stringify(n)).join(',\n')}\n]}\n`);
}

main();
