import { AA_GAP, AA_X } from '../alphabet/aminoacids';
import { GAP } from '../alphabet/nucleotides';
import type { NucAlignment } from '../align/align-to-reference';
import type { Gene } from '../parse/gene-map';
import { alignPeptide, type PeptideScoring } from './align-peptide';
import { extractAlignedGene, isEssentiallyAllGaps, protectFirstCodon } from './extract-gene';
import { describeFrameShifts, detectFrameShifts, maskShiftedNucleotides, type GeneFrameShift } from './frame-shifts';
import { translate } from './genetic-code';

// Translation of every gene of the annotation, as Nextclade v1's translateGenes: extract the aligned
// gene, find frame shifts, mask the shifted letters with N, drop gaps, translate, align the peptide
// to the reference peptide, then mark the shifted codons X and the gaps around them '-'.

export interface TranslationContext {
  ref: Uint8Array;
  genes: Gene[];
  refPeptides: Map<string, Uint8Array>;
  scoring: PeptideScoring;
}

export interface GeneTranslation {
  gene: Gene;
  /** Query peptide in reference codon coordinates; null when the gene could not be translated. */
  peptide: Uint8Array | null;
  frameShifts: GeneFrameShift[];
  warning: string | null;
}

function removeGaps(seq: Uint8Array): Uint8Array {
  const out = new Uint8Array(seq.length);
  let n = 0;
  for (let i = 0; i < seq.length; i++) if (seq[i] !== GAP) out[n++] = seq[i]!;
  return out.subarray(0, n);
}

function fill(peptide: Uint8Array, begin: number, end: number, code: number): void {
  for (let i = Math.max(0, begin); i < Math.min(end, peptide.length); i++) peptide[i] = code;
}

function failed(gene: Gene, message: string): GeneTranslation {
  const warning = `When processing gene "${gene.name}": ${message}. Note that this gene will not be included in the results of the sequence.`;
  return { gene, peptide: null, frameShifts: [], warning };
}

export function translateGene(gene: Gene, alignment: NucAlignment, ctx: TranslationContext, insertionsByPos: Map<number, string>): GeneTranslation {
  const refPeptide = ctx.refPeptides.get(gene.name)!;
  const aligned = extractAlignedGene(gene, alignment, ctx.ref, insertionsByPos);
  if (isEssentiallyAllGaps(aligned.query)) return failed(gene, 'The gene consists entirely from gaps');
  protectFirstCodon(aligned.ref);
  protectFirstCodon(aligned.query);
  const frameShifts = describeFrameShifts(aligned.query, aligned.refPos, detectFrameShifts(aligned.ref, aligned.query));
  maskShiftedNucleotides(aligned.query, frameShifts);
  const sameFrame = aligned.query.indexOf(GAP) < 0 && aligned.ref.indexOf(GAP) < 0;
  const peptide = translate(sameFrame ? aligned.query : removeGaps(aligned.query));
  if (peptide.length === 0) return failed(gene, 'Translated peptide is empty');
  const result = alignPeptide(peptide, refPeptide, sameFrame, ctx.scoring);
  if (!result.ok) return failed(gene, result.error);
  const out = result.peptide === peptide ? peptide.slice() : result.peptide;
  for (const shift of frameShifts) {
    fill(out, shift.gapsLeading.begin, shift.gapsLeading.end, AA_GAP);
    fill(out, shift.codon.begin, shift.codon.end, AA_X);
    fill(out, shift.gapsTrailing.begin, shift.gapsTrailing.end, AA_GAP);
  }
  return { gene, peptide: out, frameShifts, warning: null };
}

export function translateGenes(alignment: NucAlignment, ctx: TranslationContext): GeneTranslation[] {
  const insertionsByPos = new Map(alignment.insertions.map((i) => [i.pos, i.seq]));
  return ctx.genes.map((gene) => translateGene(gene, alignment, ctx, insertionsByPos));
}
