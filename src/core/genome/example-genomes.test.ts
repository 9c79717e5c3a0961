import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignToReference } from './align/align-to-reference';
import { NUCLEOTIDE_SEED_PARAMS } from './align/alignment-params';
import { seedBandByScan } from './align/seed-band';
import { encodeNucleotides, N } from './alphabet/nucleotides';
import { analyseGenome } from './analyse-genome';
import type { AnalysisResult } from './analysis-result';
import { parseFasta, type FastaSequence } from './parse/fasta-parser';
import type { Dataset } from './dataset';
import { SHARED_DATA, shippedDataset } from './testing/fixture.test-support';
import { alignNextcladeV1 } from './testing/nextclade-v1-dp.test-support';

// Real genomes beyond the Nextclade fixture (../shared/data: the 2020 Nextstrain and 2023 Nextclade
// example genomes): both ends as Nextclade v1.4 treats them (docs/decisions/010), and the QC the
// shipped reference tree gives the recent ones (docs/decisions/013).

const read = (url: URL) => readFileSync(url, 'utf8');
const genomes = (path: string) => parseFasta(gunzipSync(readFileSync(new URL(`sars-cov-2/sequences/${path}`, SHARED_DATA))).toString('utf8')) as FastaSequence[];

let dataset: Dataset;
let results: Map<string, { genome: FastaSequence; result: AnalysisResult }>;
let recentNames: Set<string>;

beforeAll(() => {
  dataset = shippedDataset(read);
  const recent = genomes('nextclade_dataset_examples_2024/sequences.fasta.gz');
  recentNames = new Set(recent.map((g) => g.name));
  results = new Map(
    [...genomes('ncov_example_2020/sequences.fasta.gz'), ...recent].map((genome) => [
      genome.name,
      { genome, result: analyseGenome({ name: genome.name, sequence: genome.sequence }, dataset) },
    ]),
  );
});

describe("the 3' end", () => {
  it('a poly-A tail running past the reference is no insertion at its last base', () => {
    const tailed = [...results.values()].filter(({ genome, result }) => result.alignmentEnd === 29_903 && /A{5,}$/.test(genome.sequence));
    // e.g. USA/WA-UW-4026/2020 runs 18 letters past the reference.
    expect(tailed.length).toBeGreaterThan(10);
    expect(results.get('USA/WA-UW-4026/2020')!.result).toMatchObject({ alignmentStart: 1, alignmentEnd: 29_903, insertions: [], totalInsertions: 0 });
    expect([...results.values()].flatMap(({ result }) => result.insertions.filter((i) => i.pos >= 29_903))).toEqual([]);
  });
});

describe("the 5' end", () => {
  // Genomes with an insertion in the first 300 bases or letters before the reference's first base.
  const cases: Record<string, { pos: number; ins: string }[]> = {
    'USA/WA-UW-1338/2020': [{ pos: 37, ins: 'TTT' }],
    'USA/WA-UW-1702/2020': [{ pos: 37, ins: 'TTT' }],
    'USA/WA-UW259/2020': [{ pos: 37, ins: 'TTT' }],
    'ENV/USA/UF-11/2020': [{ pos: 0, ins: 'TTAAAGG' }],
    OU187687: [
      { pos: 13, ins: 'GTGG' },
      { pos: 17, ins: 'C' },
    ],
  };

  it('places insertions in repeats near the 5\' end where Nextclade v1 does', () => {
    for (const [name, insertions] of Object.entries(cases)) {
      expect(results.get(name)!.result.insertions.filter((i) => i.pos < 300), name).toEqual(insertions);
    }
  });

  it("equals Nextclade v1's own whole-genome alignment there, column for column and in score", () => {
    const ref = dataset.prepared.reference;
    for (const name of [...Object.keys(cases), 'USA/WA-UW-4026/2020', 'China/WHUHnCoV020/2020']) {
      const query = encodeNucleotides(results.get(name)!.genome.sequence);
      const band = seedBandByScan(query, ref.codes, NUCLEOTIDE_SEED_PARAMS, N);
      if (!band.ok) throw new Error(band.error);
      const v1 = alignNextcladeV1(query, ref.codes, ref.gapOpen, band.band, ref.params);
      const ours = alignToReference(query, ref);
      if (!ours.ok) throw new Error(ours.error);
      expect({ score: ours.alignment.score, insertions: ours.alignment.insertions }, name).toEqual({ score: v1.score, insertions: v1.insertions });
      expect(Buffer.from(ours.alignment.aligned).equals(Buffer.from(v1.aligned)), name).toBe(true);
    }
  });
});

describe('QC of the 2023 example genomes on the shipped tree (ADR 013)', () => {
  // The tree's newest nodes were built from these genomes (a held-out half gives the same median),
  // so this guards against regressions rather than measuring accuracy.
  it('rates most of them good or mediocre, with a median of about 11 private mutations', () => {
    const recent = [...results.values()].filter(({ genome }) => recentNames.has(genome.name));
    expect(recent).toHaveLength(132);
    const statuses = recent.map(({ result }) => result.qc?.overallStatus);
    const privates = recent.map(({ result }) => result.qc?.privateMutations?.total ?? 0).sort((a, b) => a - b);
    expect(statuses.filter((s) => s === 'bad').length).toBeLessThanOrEqual(20);
    expect(privates[Math.floor(privates.length / 2)]).toBeLessThanOrEqual(12);
  });
});
