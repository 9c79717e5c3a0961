import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFasta, type FastaSequence } from '../../core/genome/parse/fasta-parser';
import { FIXTURE_DIR } from '../../core/genome/testing/fixture.test-support';

// `concord analyse` end to end, as a user runs it: a gzipped FASTA with good and malformed records,
// through the real binary and its worker threads.

const run = promisify(execFile);
const BIN = new URL('../../../bin/concord.js', import.meta.url).pathname;
let dir: string;
let genomes: FastaSequence[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'concord-analyse-'));
  genomes = parseFasta(readFileSync(new URL('input/sequences.fasta', FIXTURE_DIR), 'utf8')).slice(0, 3) as FastaSequence[];
  const fasta = [
    `>${genomes[0]!.name}\n${genomes[0]!.sequence}\n`,
    '>broken\nACGTACGT\nACGT*ACGT\n',
    '>empty\n',
    `>${genomes[1]!.name}\n${genomes[1]!.sequence}\n`,
    `>${genomes[2]!.name}\n${genomes[2]!.sequence}`,
  ].join('');
  writeFileSync(join(dir, 'in.fasta.gz'), gzipSync(fasta));
});
afterAll(() => rmSync(dir, { recursive: true }));

describe('concord analyse', () => {
  it('writes TSV and NDJSON rows in input order, with an error row for each malformed record', async () => {
    const { code, stderr } = await run(process.execPath, [BIN, 'analyse', join(dir, 'in.fasta.gz'), '--output-tsv', join(dir, 'out.tsv'), '--output-ndjson', join(dir, 'out.ndjson'), '--jobs', '2']).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(stderr).toContain("line 5, column 5: illegal character '*' in sequence");
    expect(stderr).toContain("line 6: empty record 'empty'");
    // Malformed records make the run fail, as imports do, and it says how many.
    expect(stderr).toMatch(/analysed 5 genome\(s\) .*2 of 5 could not be analysed/);
    expect(code).toBe(2);

    const [header, ...rows] = readFileSync(join(dir, 'out.tsv'), 'utf8').trimEnd().split('\n');
    const columns = header!.split('\t');
    const cell = (row: string, column: string) => row.split('\t')[columns.indexOf(column)];
    expect(rows.map((r) => cell(r, 'seqName'))).toEqual([genomes[0]!.name, 'broken', 'empty', genomes[1]!.name, genomes[2]!.name]);
    expect(cell(rows[0]!, 'clade')).toBe('20I');
    expect(cell(rows[0]!, 'deletions')).toBe('11288-11296,21765-21770,21992-21994,28271');
    expect(cell(rows[1]!, 'errors')).toBe("line 5, column 5: illegal character '*' in sequence");

    const records = readFileSync(join(dir, 'out.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { seqName: string; alignmentStart: number | null });
    expect(records.map((r) => r.seqName)).toEqual(rows.map((r) => cell(r, 'seqName')));
    expect(records[0]!.alignmentStart).toBe(39);
  }, 60_000);

  it('stops with a clear message when the dataset folder is incomplete', async () => {
    const error = await run(process.execPath, [BIN, 'analyse', join(dir, 'in.fasta.gz'), '--output-tsv', join(dir, 'x.tsv'), '--dataset', dir]).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toContain('reference.fasta: missing');
  }, 60_000);

  it('says plainly that the input does not exist, and names a corrupt .gz', async () => {
    const fail = (input: string) =>
      run(process.execPath, [BIN, 'analyse', input, '--output-tsv', join(dir, 'y.tsv'), '--jobs', '1']).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
    const missing = await fail(join(dir, 'nowhere.fasta'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`there is no file ${join(dir, 'nowhere.fasta')}`);
    expect(missing.stderr).not.toContain('ENOENT');
    writeFileSync(join(dir, 'cut.fasta.gz'), readFileSync(join(dir, 'in.fasta.gz')).subarray(0, 2000));
    const cut = await fail(join(dir, 'cut.fasta.gz'));
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain(`${join(dir, 'cut.fasta.gz')} is not a valid gzip file`);
  }, 60_000);
});
