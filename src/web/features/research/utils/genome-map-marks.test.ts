import { describe, expect, it } from 'vitest';
import { geneRows, insertionPosition, parseRange, substitutionPosition } from './genome-map-marks';

describe('genome map marks', () => {
  it('reads positions from Nextclade text forms', () => {
    expect(substitutionPosition('C241T')).toBe(241);
    expect(parseRange('11288-11296')).toEqual({ begin: 11288, end: 11296 });
    expect(parseRange('28271')).toEqual({ begin: 28271, end: 28271 });
    expect(insertionPosition('22205:CGGCAGGCT')).toBe(22205);
    expect(substitutionPosition('S:D614G')).toBeNull();
  });

  it('puts overlapping genes on separate rows', () => {
    const rows = geneRows([
      { name: 'ORF1b', start: 13468, end: 21555 },
      { name: 'ORF1a', start: 266, end: 13483 },
      { name: 'S', start: 21563, end: 25384 },
    ]);
    expect(rows.map((g) => [g.name, g.row])).toEqual([
      ['ORF1a', 0],
      ['ORF1b', 1],
      ['S', 0],
    ]);
  });
});
