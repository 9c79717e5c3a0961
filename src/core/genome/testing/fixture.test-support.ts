import { parseDataset, type Dataset } from '../dataset';

// Where the tests find the shared data (../shared/data from the repository root) and how they build
// datasets from it. Pure: the test passes in a reader, so this file needs no node:fs.

export type ReadText = (url: URL) => string;

export const SHARED_DATA = new URL('../../../../../shared/data/', import.meta.url);
export const FIXTURE_DIR = new URL('sars-cov-2/nextclade_v1_fixture/', SHARED_DATA);
export const REFERENCE_DIR = new URL('sars-cov-2/reference/', SHARED_DATA);
export const SHIPPED_DATASET_DIR = new URL('../../../../data/datasets/sars-cov-2/', import.meta.url);

/**
 * The Nextclade v1.4.1 fixture's own inputs (reference, gene map, 2021 QC settings) with today's
 * clades.tsv and, unless `tree` is false, the reference tree Concord ships.
 */
export function fixtureDataset(read: ReadText, { tree = true } = {}): Dataset {
  const outcome = parseDataset({
    referenceTreeJson: tree ? read(new URL('tree.json', SHIPPED_DATASET_DIR)) : null,
    name: 'nextclade-v1-fixture',
    referenceFasta: read(new URL('input/reference.fasta', FIXTURE_DIR)),
    annotationGff3: read(new URL('input/genemap.gff', FIXTURE_DIR)),
    cladesTsv: read(new URL('clades.tsv', REFERENCE_DIR)),
    qcJson: read(new URL('input/qc.json', FIXTURE_DIR)),
  });
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return outcome.dataset;
}

/** The dataset Concord ships (data/datasets/sars-cov-2). */
export function shippedDataset(read: ReadText): Dataset {
  const file = (name: string) => read(new URL(name, SHIPPED_DATASET_DIR));
  const outcome = parseDataset({
    name: 'sars-cov-2',
    referenceFasta: file('reference.fasta'),
    annotationGff3: file('genome_annotation.gff3'),
    cladesTsv: file('clades.tsv'),
    qcJson: file('qc.json'),
    referenceTreeJson: file('tree.json'),
  });
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return outcome.dataset;
}

/** Rows of a Nextclade TSV, with the quotes around cells removed. */
export function parseNextcladeTsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trimEnd().split('\n');
  const columns = header!.split('\t');
  const unquote = (v: string) => (v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1).replace(/""/g, '"') : v);
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [columns[i]!, unquote(v)])));
}
