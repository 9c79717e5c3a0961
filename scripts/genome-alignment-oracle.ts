/**
 * Compares Concord's genome alignment with a transcription of Nextclade v1.4's own whole-genome
 * aligner (src/core/genome/testing/nextclade-v1-dp.test-support.ts, itself checked against the
 * fixture's recorded alignments): aligned columns, insertions and score, genome by genome.
 * Reads ../shared/data (a script, not the product).
 *
 * Run: npx tsx scripts/genome-alignment-oracle.ts [FASTA[.gz] …]
 *   default: the 2020 and 2023 example genomes of ../shared/data/sars-cov-2/sequences
 * Prints each genome that differs, then "compared N, identical M".
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { alignToReference } from '../src/core/genome/align/align-to-reference';
import { NUCLEOTIDE_SEED_PARAMS } from '../src/core/genome/align/alignment-params';
import { seedBandByScan } from '../src/core/genome/align/seed-band';
import { encodeNucleotides, N } from '../src/core/genome/alphabet/nucleotides';
import { parseFasta } from '../src/core/genome/parse/fasta-parser';
import { alignNextcladeV1 } from '../src/core/genome/testing/nextclade-v1-dp.test-support';
import { loadDatasetSync, DEFAULT_DATASET_DIR } from '../src/server/workers/genome/load-dataset';

const SEQUENCES = new URL('../../shared/data/sars-cov-2/sequences/', import.meta.url);
const files = process.argv.length > 2 ? process.argv.slice(2) : ['ncov_example_2020/sequences.fasta.gz', 'nextclade_dataset_examples_2024/sequences.fasta.gz'].map((p) => new URL(p, SEQUENCES));
const ref = loadDatasetSync(DEFAULT_DATASET_DIR).prepared.reference;
let compared = 0;
let identical = 0;
for (const file of files) {
  const bytes = readFileSync(file);
  for (const record of parseFasta((String(file).endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'))) {
    if (record.error !== null) continue;
    const query = encodeNucleotides(record.sequence);
    const band = seedBandByScan(query, ref.codes, NUCLEOTIDE_SEED_PARAMS, N);
    const ours = alignToReference(query, ref);
    if (!band.ok || !ours.ok) {
      process.stdout.write(`${record.name}: not aligned (${band.ok ? '' : `v1: ${band.error}`} ${ours.ok ? '' : `ours: ${ours.error}`})\n`);
      continue;
    }
    const v1 = alignNextcladeV1(query, ref.codes, ref.gapOpen, band.band, ref.params);
    compared++;
    const a = ours.alignment;
    const columns: number[] = [];
    for (let i = 0; i < a.aligned.length; i++) if (a.aligned[i] !== v1.aligned[i]) columns.push(i + 1);
    if (columns.length === 0 && a.score === v1.score && JSON.stringify(a.insertions) === JSON.stringify(v1.insertions)) {
      identical++;
      continue;
    }
    process.stdout.write(`${record.name}: score ${a.score} vs ${v1.score}; ${columns.length} columns differ (first ${columns.slice(0, 5).join(',')}); insertions ${JSON.stringify(a.insertions)} vs ${JSON.stringify(v1.insertions)}\n`);
  }
}
process.stdout.write(`compared ${compared}, identical ${identical}\n`);
