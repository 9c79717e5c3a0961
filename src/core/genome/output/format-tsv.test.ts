import { describe, expect, it } from 'vitest';
import { failedAnalysis } from '../analyse-genome';
import { formatTsvHeader, formatTsvRow, TSV_COLUMNS } from './format-tsv';

describe('TSV output', () => {
  it("has Nextclade's column names, seqName first and errors last", () => {
    expect(TSV_COLUMNS.slice(0, 4)).toEqual(['seqName', 'clade', 'qc.overallScore', 'qc.overallStatus']);
    expect(TSV_COLUMNS).toContain('aaSubstitutions');
    expect(TSV_COLUMNS).toContain('qc.snpClusters.clusteredSNPs');
    expect(TSV_COLUMNS.at(-1)).toBe('errors');
    expect(formatTsvHeader().split('\t')).toEqual(TSV_COLUMNS);
  });

  it('writes a failed genome as a row with empty values and its error', () => {
    const cells = formatTsvRow(failedAnalysis('bad "one"', ['line 3: illegal character'])).split('\t');
    expect(cells).toHaveLength(TSV_COLUMNS.length);
    expect(cells[0]).toBe('"bad ""one"""');
    expect(cells.at(-1)).toBe('line 3: illegal character');
    expect(cells[TSV_COLUMNS.indexOf('alignmentStart')]).toBe('');
  });
});
