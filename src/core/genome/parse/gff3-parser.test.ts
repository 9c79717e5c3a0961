import { describe, expect, it } from 'vitest';
import { parseGff3 } from './gff3-parser';

describe('GFF3 parser', () => {
  it('reads features with 1-based inclusive coordinates, strand and decoded attributes', () => {
    const { features, errors } = parseGff3(
      '##gff-version 3\nNC_1\tRefSeq\tCDS\t266\t805\t.\t+\t0\tName=nsp1;Note=a%3B b\n.\t.\tgene\t10\t20\t.\t-\t.\t gene_name=X\n',
    );
    expect(errors).toEqual([]);
    expect(features).toEqual([
      { type: 'CDS', start: 266, end: 805, strand: '+', attributes: { Name: 'nsp1', Note: 'a; b' }, line: 2 },
      { type: 'gene', start: 10, end: 20, strand: '-', attributes: { gene_name: 'X' }, line: 3 },
    ]);
  });

  it('reports malformed lines with their numbers and keeps the good ones', () => {
    const { features, errors } = parseGff3('a\tb\tgene\n.\t.\tgene\tten\t20\t.\t+\t.\tgene_name=A\n.\t.\tgene\t30\t20\t.\t+\t.\tgene_name=B\n.\t.\tgene\t1\t9\t.\t*\t.\tgene_name=C\n.\t.\tgene\t1\t9\t.\t.\t.\tgene_name=D\n');
    expect(errors).toEqual([
      'line 1: expected 9 tab-separated columns, found 3',
      "line 2: start and end must be integers with 1 <= start <= end, found 'ten' and '20'",
      "line 3: start and end must be integers with 1 <= start <= end, found '30' and '20'",
      "line 4: strand must be '+', '-' or '.', found '*'",
    ]);
    expect(features.map((f) => f.attributes['gene_name'])).toEqual(['D']);
  });

  it('stops at an embedded ##FASTA section', () => {
    expect(parseGff3('.\t.\tgene\t1\t9\t.\t+\t.\tName=A\n##FASTA\n>x\nACGT\n').features).toHaveLength(1);
  });
});
