import { readFileSync } from 'node:fs';
import { parseFasta, type FastaSequence } from '../../../core/genome/parse/fasta-parser';
import { FIXTURE_DIR } from '../../../core/genome/testing/fixture.test-support';

// Real genomes from the shared Nextclade fixture, with metadata rows, for the research tests.

export function fixtureGenomes(count: number, offset = 0): FastaSequence[] {
  const all = parseFasta(readFileSync(new URL('input/sequences.fasta', FIXTURE_DIR), 'utf8'));
  return all.slice(offset, offset + count) as FastaSequence[];
}

export function toFasta(genomes: { name: string; sequence: string }[]): string {
  return genomes.map((g) => `>${g.name}\n${g.sequence.replace(/(.{70})/g, '$1\n')}\n`).join('');
}

export const METADATA_HEADER = 'strain\tdate\tcountry\thost\toriginating_lab\tsubmitting_lab';

export function toMetadata(genomes: { name: string }[], country = 'GBR'): string {
  return [METADATA_HEADER, ...genomes.map((g, i) => `${g.name}\t2021-01-${String(10 + i).padStart(2, '0')}\t${country}\tHomo sapiens\tLab A\tLab B`)].join('\n');
}
