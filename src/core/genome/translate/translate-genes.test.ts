import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeAminoacids } from '../alphabet/aminoacids';
import { encodeNucleotides } from '../alphabet/nucleotides';
import { alignToReference } from '../align/align-to-reference';
import type { Dataset } from '../dataset';
import { fixtureDataset } from '../testing/fixture.test-support';
import { translateGenes } from './translate-genes';

let dataset: Dataset;
let ref: string;
beforeAll(() => {
  dataset = fixtureDataset((url) => readFileSync(url, 'utf8'));
  ref = dataset.reference.sequence;
});

function translateQuery(query: string) {
  const outcome = alignToReference(encodeNucleotides(query), dataset.prepared.reference);
  if (!outcome.ok) throw new Error(outcome.error);
  const p = dataset.prepared;
  const translations = translateGenes(outcome.alignment, { ref: p.reference.codes, genes: dataset.genes, refPeptides: p.refPeptides, scoring: p.peptideScoring });
  return new Map(translations.map((t) => [t.gene.name, t]));
}

describe('gene translation', () => {
  it('translates the reference into its own peptides, S starting MFVFLV and ending with its stop', () => {
    const t = translateQuery(ref);
    const s = decodeAminoacids(t.get('S')!.peptide!);
    expect(s.startsWith('MFVFLVLLPLVSSQ')).toBe(true);
    expect(s.endsWith('*')).toBe(true);
    expect(s.length).toBe(1274);
    for (const gene of dataset.genes) expect(t.get(gene.name)!.peptide).toEqual(dataset.prepared.refPeptides.get(gene.name));
  });

  it('marks codons read in a shifted frame X and reports the frame shift', () => {
    // delete one base at ORF7a codon 80 (1-based nucleotide 27394 + 3*79)
    const at = 27393 + 3 * 79;
    const t = translateQuery(ref.slice(0, at) + ref.slice(at + 1)).get('ORF7a')!;
    expect(t.frameShifts.map((f) => f.codon)).toEqual([{ begin: 79, end: 122 }]);
    expect(decodeAminoacids(t.peptide!.subarray(80, 121))).toMatch(/^X+$/);
  });

  it('reports a gene it cannot translate as a warning, not an error', () => {
    const at = 27201; // ORF6 replaced by Ns
    const t = translateQuery(ref.slice(0, at) + 'N'.repeat(186) + ref.slice(at + 186)).get('ORF6')!;
    expect(t.peptide).toBeNull();
    expect(t.warning).toBe('When processing gene "ORF6": Unable to align: no seed matches. Note that this gene will not be included in the results of the sequence.');
  });
});
