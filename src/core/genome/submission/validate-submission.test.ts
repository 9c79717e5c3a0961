import { describe, expect, it } from 'vitest';
import { checkSubmission, isValidIsoDate, metadataStrains } from './validate-submission';

const ctx = { isCountry: (c: string) => ['GBR', 'KEN'].includes(c), storedStrains: new Set(['Old/1']) };
const header = 'strain\tdate\tcountry\thost\toriginating_lab\tsubmitting_lab';
const fasta = '>A/1\nACGTACGT\n>B/2\nACGTNNAC\n';

describe('checking a submission', () => {
  it('accepts matching FASTA and metadata, in any column order, country case-insensitive', () => {
    const meta = `country\tstrain\tdate\thost\toriginating_lab\tsubmitting_lab\textra\ngbr\tA/1\t2021-02-03\thuman\tL1\tL2\tx\nKEN\tB/2\t2020-12-31\thuman\tL1\tL2\ty\n`;
    const check = checkSubmission(fasta, meta, ctx);
    expect(check.errors).toEqual([]);
    expect(check.genomes.map((g) => [g.strain, g.country, g.sequence])).toEqual([
      ['A/1', 'GBR', 'ACGTACGT'],
      ['B/2', 'KEN', 'ACGTNNAC'],
    ]);
  });

  it('lists every problem with its line and column, and keeps nothing', () => {
    const meta = [
      header,
      'A/1\t2021-02-30\tXXX\th\tl\tl', // bad date, unknown country
      'A/1\t2021-02-01\tGBR\th\tl\tl', // duplicate in file
      'Old/1\t2021-02-01\tGBR\th\tl\tl', // already stored
      'C/3\t2021-02-01\tGBR\th\tl\tl', // no FASTA record
    ].join('\n');
    const check = checkSubmission(`${fasta}>Bad\nACGT!\n`, meta, ctx);
    expect(check.genomes).toEqual([]);
    expect(check.errors.map((e) => e.path)).toEqual([
      'fasta line 5: sequence',
      'metadata line 2: date',
      'metadata line 2: country',
      'metadata line 3: strain',
      'metadata line 4: strain',
      'metadata line 5: strain',
      'fasta line 3: name',
    ]);
    expect(check.errors[4]!.message).toMatch(/already in the repository/);
    expect(check.errors[6]!.message).toBe("no metadata row for strain 'B/2'");
  });

  it('refuses a sequence or a strain name over the dataset limits, at the record', () => {
    const limits = { maxSequenceLength: 10, maxNameLength: 12 };
    const long = 'X'.repeat(13);
    const meta = [header, 'A/1\t2021-02-01\tGBR\th\tl\tl', `${long}\t2021-02-01\tGBR\th\tl\tl`].join('\n');
    const check = checkSubmission(`>A/1\nACGTACGTACG\n>${long}\nACGT\n`, meta, { ...ctx, limits });
    expect(check.genomes).toEqual([]);
    expect(check.errors).toEqual([
      { path: 'fasta line 1: sequence', message: "the sequence has 11 bases; at most 10 are accepted (the pathogen dataset's limit, a multiple of its reference length)" },
      { path: 'fasta line 3: name', message: 'the strain name has 13 characters; at most 12 are accepted' },
      { path: 'metadata line 2: strain', message: "no FASTA record named 'A/1'" },
      { path: 'metadata line 3: strain', message: 'the strain name has 13 characters; at most 12 are accepted' },
    ]);
    expect(checkSubmission('>A/1\nACGTACGTAC\n', `${header}\nA/1\t2021-02-01\tGBR\th\tl\tl`, { ...ctx, limits }).errors).toEqual([]);
  });

  it('names each missing column', () => {
    const check = checkSubmission(fasta, 'strain\tdate\nA/1\t2021-01-01', ctx);
    expect(check.errors.map((e) => e.path)).toEqual(['metadata line 1: country', 'metadata line 1: host', 'metadata line 1: originating_lab', 'metadata line 1: submitting_lab']);
  });

  it('reads dates strictly and lists the strains a TSV names', () => {
    expect(isValidIsoDate('2021-02-28')).toBe(true);
    expect(isValidIsoDate('2021-2-28')).toBe(false);
    expect(isValidIsoDate('2021-02-29')).toBe(false);
    expect(metadataStrains(`date\tstrain\r\nx\tA/1\r\n\r\ny\tB/2`)).toEqual(['A/1', 'B/2']);
  });
});
