import { describe, expect, it } from 'vitest';
import { encodeAminoacids } from '../alphabet/aminoacids';
import { encodeNucleotides } from '../alphabet/nucleotides';
import type { NucAlignment } from '../align/align-to-reference';
import type { GeneTranslation } from '../translate/translate-genes';
import { observeSites } from './observe-sites';

const alignment: NucAlignment = { aligned: encodeNucleotides('--ACGTNR-AC--'), insertions: [], alignmentStart: 2, alignmentEnd: 11, score: 0 };
const gene = { name: 'G', strand: '+' as const, segments: [{ start: 2, end: 11 }], length: 9, start: 2, end: 11 };
const translations = new Map<string, GeneTranslation>([['G', { gene, peptide: encodeAminoacids('TX-'), frameShifts: [], warning: null }]]);
const observe = observeSites(alignment, translations, new Map([['G', Int32Array.from([2, 5, 8])]]));
const at = (gene: string, pos: number, alt: string) => observe({ gene, pos, alt });

describe('clade-site observation', () => {
  it('matches or contradicts on A/C/G/T letters and deletions', () => {
    expect([at('nuc', 3, 'A'), at('nuc', 3, 'G'), at('nuc', 9, '-'), at('nuc', 9, 'A')]).toEqual(['match', 'mismatch', 'match', 'mismatch']);
  });

  it('is unknown at N, a compatible ambiguity code, or outside the covered part', () => {
    expect([at('nuc', 7, 'A'), at('nuc', 8, 'G'), at('nuc', 8, 'C'), at('nuc', 1, 'A'), at('nuc', 13, 'A')]).toEqual(['unknown', 'unknown', 'mismatch', 'unknown', 'unknown']);
  });

  it('reads amino acids from the translated gene; X or an unknown gene is unknown', () => {
    expect([at('G', 1, 'T'), at('G', 1, 'A'), at('G', 2, 'K'), at('G', 3, '-'), at('S', 1, 'D')]).toEqual(['match', 'mismatch', 'unknown', 'match', 'unknown']);
  });
});
