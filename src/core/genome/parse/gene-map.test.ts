import { describe, expect, it } from 'vitest';
import { geneMapFromFeatures } from './gene-map';
import { parseGff3 } from './gff3-parser';

const genes = (text: string) => geneMapFromFeatures(parseGff3(text).features);

describe('gene map', () => {
  it('uses gene features when there is no CDS, 0-based end-exclusive inside', () => {
    const { genes: g, errors } = genes('.\t.\tgene\t266\t13468\t.\t+\t.\tgene_name=ORF1a\n');
    expect(errors).toEqual([]);
    expect(g).toEqual([{ name: 'ORF1a', strand: '+', segments: [{ start: 265, end: 13468 }], length: 13203, start: 265, end: 13468 }]);
  });

  it('prefers CDS features and joins segments sharing an ID (ribosomal slippage)', () => {
    const { genes: g } = genes(
      'x\t.\tgene\t266\t21555\t.\t+\t.\tName=ORF1ab\n' +
        'x\t.\tCDS\t13442\t13468\t.\t+\t0\tID=c1;Name=nsp12\n' +
        'x\t.\tCDS\t13468\t16236\t.\t+\t0\tID=c1;Name=nsp12\n',
    );
    expect(g.map((x) => x.name)).toEqual(['nsp12']);
    expect(g[0]!.segments).toEqual([
      { start: 13441, end: 13468 },
      { start: 13467, end: 16236 },
    ]);
    expect(g[0]!.length).toBe(27 + 2769);
  });

  it('orders minus-strand segments in reading order', () => {
    const { genes: g } = genes('x\t.\tCDS\t1\t9\t.\t-\t0\tID=a;Name=R\nx\t.\tCDS\t20\t28\t.\t-\t0\tID=a;Name=R\n');
    expect(g[0]!.segments).toEqual([
      { start: 19, end: 28 },
      { start: 0, end: 9 },
    ]);
  });

  it('reports unnamed features, duplicate names and mixed strands', () => {
    const { errors } = genes(
      'x\t.\tgene\t1\t9\t.\t+\t.\tNote=none\nx\t.\tgene\t1\t9\t.\t+\t.\tName=A\nx\t.\tgene\t10\t19\t.\t+\t.\tName=A;ID=other\n',
    );
    expect(errors).toEqual(['line 1: gene feature has no Name, gene_name, gene or ID attribute', "gene 'A' is defined twice in the annotation"]);
    expect(genes('x\t.\tCDS\t1\t9\t.\t+\t0\tID=a;Name=R\nx\t.\tCDS\t20\t28\t.\t-\t0\tID=a;Name=R\n').errors).toEqual(["gene 'R': its segments are on different strands"]);
  });
});
