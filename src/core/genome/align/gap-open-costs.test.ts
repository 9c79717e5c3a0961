import { describe, expect, it } from 'vitest';
import type { Gene } from '../parse/gene-map';
import { DEFAULT_ALIGNMENT_PARAMS } from './alignment-params';
import { gapOpenCosts } from './gap-open-costs';

const gene = (name: string, start: number, end: number, strand: '+' | '-' = '+'): Gene => ({ name, strand, segments: [{ start, end }], length: end - start, start, end });

describe('codon-aware gap-open costs', () => {
  it('is 6 outside genes, 7 at codon starts and 8 inside codons', () => {
    const costs = gapOpenCosts(12, [gene('A', 2, 8)], DEFAULT_ALIGNMENT_PARAMS);
    expect([...costs]).toEqual([6, 6, 7, 8, 8, 7, 8, 8, 6, 6, 6, 6, 6, 6]);
  });

  it('lets the later gene by name overwrite an overlap, like Nextclade', () => {
    const costs = gapOpenCosts(10, [gene('B', 1, 7), gene('A', 0, 9)], DEFAULT_ALIGNMENT_PARAMS);
    expect([...costs.subarray(0, 9)]).toEqual([7, 7, 8, 8, 7, 8, 8, 8, 8]);
  });

  it('marks codon boundaries of minus-strand genes too', () => {
    const costs = gapOpenCosts(6, [gene('R', 0, 6, '-')], DEFAULT_ALIGNMENT_PARAMS);
    expect([...costs.subarray(0, 6)]).toEqual([7, 8, 8, 7, 8, 8]);
  });
});
