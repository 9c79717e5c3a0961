import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseGenome } from './analyse-genome';
import type { AnalysisResult } from './analysis-result';
import { parseFasta, type FastaSequence } from './parse/fasta-parser';
import { SHARED_DATA, shippedDataset } from './testing/fixture.test-support';

// Both ends of real genomes beyond the Nextclade fixture (../shared/data: the 2020 Nextstrain and
// 2023 Nextclade example genomes), as Nextclade v1.4 treats them (docs/decisions/010).

const read = (url: URL) => readFileSync(url, 'utf8');
const genomes = (path: string) => parseFasta(gunzipSync(readFileSync(new URL(`sars-cov-2/sequences/${path}`, SHARED_DATA))).toString('utf8')) as FastaSequence[];

let results: Map<string, { genome: FastaSequence; result: AnalysisResult }>;

beforeAll(() => {
  const dataset = shippedDataset(read);
  results = new Map(
    [...genomes('ncov_example_2020/sequences.fasta.gz'), ...genomes('nextclade_dataset_examples_2024/sequences.fasta.gz')].map((genome) => [
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
