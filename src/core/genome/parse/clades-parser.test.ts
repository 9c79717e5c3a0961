import { describe, expect, it } from 'vitest';
import { parseCladesTsv } from './clades-parser';

describe('clades.tsv parser', () => {
  it('reads parents from gene=clade rows and sites from the others', () => {
    const { clades, errors } = parseCladesTsv('clade\tgene\tsite\talt\n\n19A\tnuc\t8782\tC\n\n20A\tclade\t19A\n20A\tnuc\t14408\tt\n20A\tS\t614\tG\n');
    expect(errors).toEqual([]);
    expect(clades).toEqual([
      { name: '19A', parent: null, sites: [{ gene: 'nuc', pos: 8782, alt: 'C' }] },
      {
        name: '20A',
        parent: '19A',
        sites: [
          { gene: 'nuc', pos: 14408, alt: 'T' },
          { gene: 'S', pos: 614, alt: 'G' },
        ],
      },
    ]);
  });

  it('reports bad rows with line numbers, and unknown parents', () => {
    const { errors } = parseCladesTsv('clade\tgene\tsite\talt\nA\tnuc\tx\tC\nA\tnuc\t5\tCC\nB\tclade\tZ\n\tnuc\t1\tA\n');
    expect(errors).toEqual([
      "line 2: site must be a positive integer, found 'x'",
      "line 3: alt must be one letter, found 'CC'",
      'line 5: clade and gene are required',
      "clade 'B' has unknown parent 'Z'",
    ]);
  });

  it('refuses a file without the expected header', () => {
    expect(parseCladesTsv('name\tsite\n').errors).toEqual(['line 1: header lacks column(s) clade, gene, alt']);
  });
});
