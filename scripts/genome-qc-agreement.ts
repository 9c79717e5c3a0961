/**
 * How far Concord's genome analysis agrees with Nextclade 1.4.1 on its recorded fixture, and why the
 * recent genomes it rates "bad" are bad. Reads ../shared/data (a script, not the product).
 *
 * Run: npx tsx scripts/genome-qc-agreement.ts [--tree PATH] [--no-tree] [--half even|odd]
 *   default tree: data/datasets/sars-cov-2/tree.json; the fixture is analysed with its own
 *   reference, gene map and 2021 QC settings, as Nextclade 1.4.1 was.
 * Prints JSON: fixture clade and QC-status agreement (counts and the disagreeing genomes), and for
 * the 2020 and 2024 example genomes the QC statuses and the rules that made each "bad" one bad.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyseGenome } from '../src/core/genome/analyse-genome';
import type { AnalysisResult } from '../src/core/genome/analysis-result';
import { parseDataset, type DatasetTexts } from '../src/core/genome/dataset';
import { parseFasta } from '../src/core/genome/parse/fasta-parser';
import { parseNextcladeTsv } from '../src/core/genome/testing/fixture.test-support';

const SHARED = new URL('../../shared/data/sars-cov-2/', import.meta.url);
const DATASET = new URL('../data/datasets/sars-cov-2/', import.meta.url);
const text = (url: URL | string) => {
  const bytes = readFileSync(url);
  return (String(url).endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
};

const args = process.argv.slice(2);
const treeArg = args.indexOf('--tree');
const tree = args.includes('--no-tree') ? null : text(treeArg >= 0 ? args[treeArg + 1]! : new URL('tree.json', DATASET));

function dataset(texts: Omit<DatasetTexts, 'name' | 'referenceTreeJson'>) {
  const outcome = parseDataset({ name: 'sars-cov-2', ...texts, referenceTreeJson: tree });
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return outcome.dataset;
}

const fixture = dataset({
  referenceFasta: text(new URL('nextclade_v1_fixture/input/reference.fasta', SHARED)),
  annotationGff3: text(new URL('nextclade_v1_fixture/input/genemap.gff', SHARED)),
  cladesTsv: text(new URL('clades.tsv', DATASET)),
  qcJson: text(new URL('nextclade_v1_fixture/input/qc.json', SHARED)),
});
const shipped = dataset({
  referenceFasta: text(new URL('reference.fasta', DATASET)),
  annotationGff3: text(new URL('genome_annotation.gff3', DATASET)),
  cladesTsv: text(new URL('clades.tsv', DATASET)),
  qcJson: text(new URL('qc.json', DATASET)),
});

const expected = parseNextcladeTsv(text(new URL('nextclade_v1_fixture/expected/nextclade.tsv', SHARED)));
const records = parseFasta(text(new URL('nextclade_v1_fixture/input/sequences.fasta', SHARED)));
const ours = records.map((r) => analyseGenome({ name: r.name, sequence: r.sequence ?? '' }, fixture));
const cladeMisses = ours.flatMap((r, i) => (r.clade === expected[i]!['clade']!.split(' ')[0] ? [] : [{ seqName: r.seqName, ours: r.clade, nextclade: expected[i]!['clade'] }]));
const qcMisses = ours.flatMap((r, i) => {
  const e = expected[i]!;
  if (r.qc?.overallStatus === e['qc.overallStatus']) return [];
  return [{ seqName: r.seqName, ours: r.qc?.overallStatus, nextclade: e['qc.overallStatus'], privateOurs: r.qc?.privateMutations?.total, privateNextclade: Number(e['qc.privateMutations.total']) }];
});
const privateEqual = ours.filter((r, i) => r.qc?.privateMutations?.total === Number(expected[i]!['qc.privateMutations.total'])).length;

const badReasons = (r: AnalysisResult): string[] =>
  Object.entries(r.qc ?? {}).flatMap(([rule, v]) => (typeof v === 'object' && v !== null && 'status' in v && v.status === 'bad' ? [rule] : []));
// `--half even|odd`: only those genomes of the 2024 examples (to measure a tree built from the other half).
const halfArg = args.indexOf('--half');
const half = halfArg >= 0 ? args[halfArg + 1] : null;
const share = (rule: { score: number } | null) => (rule === null ? 0 : (rule.score * rule.score) / 100);
function examples(path: string, halves = false) {
  const keep = (i: number) => !halves || half === null || i % 2 === (half === 'even' ? 0 : 1);
  const results = parseFasta(text(new URL(path, SHARED)))
    .filter((_, i) => keep(i))
    .map((r) => analyseGenome({ name: r.name, sequence: r.sequence ?? '' }, shipped));
  const count = (status: string) => results.filter((r) => r.qc?.overallStatus === status).length;
  const bad = results.filter((r) => r.qc?.overallStatus === 'bad');
  const reasons: Record<string, number> = {};
  for (const r of bad) for (const rule of badReasons(r)) reasons[rule] = (reasons[rule] ?? 0) + 1;
  const privates = results.map((r) => r.qc?.privateMutations?.total ?? 0).sort((a, b) => a - b);
  return {
    genomes: results.length,
    good: count('good'),
    mediocre: count('mediocre'),
    bad: bad.length,
    badByRule: reasons,
    // Bad through the two rules a tree decides: without their share of the score they would not be.
    badOnlyForPrivateMutationsOrClusters: bad.filter((r) => r.qc!.overallScore - share(r.qc!.privateMutations) - share(r.qc!.snpClusters) < 100).map((r) => ({ seqName: r.seqName, clade: r.clade, score: Math.round(r.qc!.overallScore), private: r.qc?.privateMutations?.total })),
    medianPrivateMutations: privates[Math.floor(privates.length / 2)],
  };
}

process.stdout.write(
  `${JSON.stringify(
    {
      tree: tree === null ? null : treeArg >= 0 ? args[treeArg + 1] : 'data/datasets/sars-cov-2/tree.json',
      fixture: {
        genomes: ours.length,
        cladeAgree: ours.length - cladeMisses.length,
        qcStatusAgree: ours.length - qcMisses.length,
        privateMutationTotalEqual: privateEqual,
        cladeMisses,
        qcMisses,
      },
      examples2020: examples('sequences/ncov_example_2020/sequences.fasta.gz'),
      examples2024: examples('sequences/nextclade_dataset_examples_2024/sequences.fasta.gz', true),
    },
    null,
    1,
  )}\n`,
);
