import { describe, expect, it } from 'vitest';
import { CorruptGzipError, readTextFile } from './read-text-file';

const fasta = '>hCoV-19/test/1/2020\nACGTACGTNNACGT\n';
const gzip = async (text: string) => new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());

describe('readTextFile', () => {
  it('reads a .fasta.gz as its text, and a plain file as it is', async () => {
    await expect(readTextFile(new File([await gzip(fasta)], 'genomes.fasta.gz'))).resolves.toBe(fasta);
    await expect(readTextFile(new File([fasta], 'genomes.fasta'))).resolves.toBe(fasta);
  });

  it('names a corrupt gzip file', async () => {
    const cut = (await gzip(fasta.repeat(200))).subarray(0, 40);
    await expect(readTextFile(new File([cut], 'cut.tsv.gz'))).rejects.toEqual(new CorruptGzipError('cut.tsv.gz'));
  });
});
