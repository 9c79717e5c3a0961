import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NUCLEOTIDE_SEED_PARAMS } from '../align/alignment-params';
import { seedBandByScan } from '../align/seed-band';
import { decodeNucleotides, encodeNucleotides, N } from '../alphabet/nucleotides';
import { parseFasta, type FastaSequence } from '../parse/fasta-parser';
import { FIXTURE_DIR, fixtureDataset, parseNextcladeTsv } from './fixture.test-support';
import { alignNextcladeV1 } from './nextclade-v1-dp.test-support';

// The oracle is only worth its name if it gives what Nextclade 1.4.1 recorded: its aligned FASTA
// (insertions stripped, '-' for deletions and uncovered ends) and alignment score, on every fixture genome.

const read = (url: URL) => readFileSync(url, 'utf8');

describe('Nextclade v1 alignment oracle', () => {
  it('reproduces the aligned sequences and scores 1.4.1 recorded for the 57 fixture genomes', () => {
    const ref = fixtureDataset(read).prepared.reference;
    const genomes = parseFasta(read(new URL('input/sequences.fasta', FIXTURE_DIR))) as FastaSequence[];
    // Read as is: the FASTA parser would drop the '-' columns that matter here.
    const alignedText = gunzipSync(readFileSync(new URL('expected/nextclade.aligned.fasta.gz', FIXTURE_DIR))).toString('utf8');
    const recorded = new Map(alignedText.split('>').slice(1).map((record) => {
      const [name, ...lines] = record.trimEnd().split('\n');
      return [name!, lines.join('')];
    }));
    const expected = new Map(parseNextcladeTsv(read(new URL('expected/nextclade.tsv', FIXTURE_DIR))).map((row) => [row['seqName'], Number(row['alignmentScore'])]));
    const mismatches = genomes.flatMap((g) => {
      const query = encodeNucleotides(g.sequence);
      const band = seedBandByScan(query, ref.codes, NUCLEOTIDE_SEED_PARAMS, N);
      if (!band.ok) return [`${g.name}: ${band.error}`];
      const v1 = alignNextcladeV1(query, ref.codes, ref.gapOpen, band.band, ref.params);
      const ok = decodeNucleotides(v1.aligned) === recorded.get(g.name) && v1.score === expected.get(g.name);
      return ok ? [] : [g.name];
    });
    expect(mismatches).toEqual([]);
  });
});
