import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './dataset';
import { shippedDataset } from './testing/fixture.test-support';

const read = (url: URL) => readFileSync(url, 'utf8');
const ok = { name: 't', referenceFasta: '>r\nACGTACGTACGT\n', annotationGff3: '.\t.\tgene\t1\t9\t.\t+\t.\tgene_name=G\n', cladesTsv: 'clade\tgene\tsite\talt\nA\tnuc\t2\tT\n', qcJson: '{}' };

describe('dataset', () => {
  it('loads the shipped SARS-CoV-2 dataset: 29,903 nt, 12 genes with ORF1a and ORF1b apart, Nextstrain clades', () => {
    const d = shippedDataset(read);
    expect(d.reference.sequence).toHaveLength(29_903);
    expect(d.genes.map((g) => g.name).sort()).toEqual(['E', 'M', 'N', 'ORF1a', 'ORF1b', 'ORF3a', 'ORF6', 'ORF7a', 'ORF7b', 'ORF8', 'ORF9b', 'S']);
    expect(d.clades.map((c) => c.name)).toContain('21J');
    expect(d.qc.missingData.enabled).toBe(true);
    expect(d.prepared.refPeptides.get('S')).toHaveLength(1274);
  });

  it('prepares a minimal dataset from texts', () => {
    const outcome = parseDataset(ok);
    expect(outcome.ok).toBe(true);
  });

  it('lists every problem, each naming its file', () => {
    const outcome = parseDataset({
      ...ok,
      annotationGff3: '.\t.\tgene\t1\t90\t.\t+\t.\tgene_name=G\n',
      cladesTsv: 'clade\tgene\tsite\talt\nA\tnuc\t99\tT\nB\tORF9\t1\tK\n',
      qcJson: '{',
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual([
      "genome annotation: gene 'G' ends at 90, past the reference (12 nt)",
      "clade definitions: clade 'A' site 99 is past the reference",
      "clade definitions: clade 'B' names unknown gene 'ORF9'",
      expect.stringMatching(/^QC settings: qc settings are not valid JSON/),
    ]);
  });

  it('needs exactly one reference sequence', () => {
    expect(parseDataset({ ...ok, referenceFasta: '>a\nAC\n>b\nGT\n' })).toEqual({ ok: false, errors: ['reference FASTA: expected exactly one sequence, found 2'] });
    expect(parseDataset({ ...ok, referenceFasta: '>a\nAC*\n' })).toEqual({ ok: false, errors: ["reference FASTA: line 2, column 3: illegal character '*' in sequence"] });
  });
});
