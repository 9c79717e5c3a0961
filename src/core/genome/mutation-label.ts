import type { AaDeletion, AaSubstitution, AnalysisResult, NucInsertion, NucRange, NucSubstitution } from './analysis-result';
import { formatAaDeletion, formatAaSubstitution, formatInsertion, formatRange, formatSubstitution } from './output/format-values';

// The one home of the labels genomes are searched by: what an analysis is indexed under (format) and what
// a person's query means (parse). C241T, del:11288-11296, del:28271 and ins:22205:CGGCAGGCT are
// nucleotide labels; S:D614G and S:H69- amino-acid ones.

export type MutationKind = 'nuc' | 'aa';
export interface MutationLabel {
  kind: MutationKind;
  label: string;
}

export const nucSubstitutionLabel = (s: NucSubstitution): string => formatSubstitution(s);
export const deletionLabel = (d: NucRange): string => `del:${formatRange(d)}`;
export const insertionLabel = (i: NucInsertion): string => `ins:${formatInsertion(i)}`;
export const aaSubstitutionLabel = (s: AaSubstitution): string => formatAaSubstitution(s);
export const aaDeletionLabel = (d: AaDeletion): string => formatAaDeletion(d);

/** The nucleotide deletion and insertion labels of an analysis (those added to the index after the first release). */
export function indelLabels(a: Pick<AnalysisResult, 'deletions' | 'insertions'>): string[] {
  return [...a.deletions.map(deletionLabel), ...a.insertions.map(insertionLabel)];
}

/** Every label a genome is searchable by, once each. */
export function mutationLabels(a: AnalysisResult): MutationLabel[] {
  const labels = new Map<string, MutationKind>();
  for (const s of a.substitutions) labels.set(nucSubstitutionLabel(s), 'nuc');
  for (const label of indelLabels(a)) labels.set(label, 'nuc');
  for (const s of a.aaSubstitutions) labels.set(aaSubstitutionLabel(s), 'aa');
  for (const d of a.aaDeletions) labels.set(aaDeletionLabel(d), 'aa');
  return [...labels].map(([label, kind]) => ({ kind, label }));
}

const NUC_SUBSTITUTION = /^([ACGTN])(\d+)([ACGTN])$/i;
const AA_CHANGE = /^([A-Za-z0-9_.-]+):([A-Za-z*])(\d+)([A-Za-z*-])$/;
const DELETION = /^(?:del:)?(\d+)(?:-(\d+))?$/i;
const INSERTION = /^(?:ins:)?(\d+):([ACGTNRYKMSWBDHV]+)$/i;

export const MUTATION_HELP =
  'expected a substitution (C241T), a deletion (del:11288-11296, 11288-11296 or 28271), an insertion (22205:CGGCAGGCT) or an amino-acid change (S:D614G, S:H69-)';

export type ParsedMutation = ({ ok: true } & MutationLabel) | { ok: false; error: string };

const labelKind = (label: string): MutationKind => (/^(?!del:|ins:)[^:]+:/.test(label) ? 'aa' : 'nuc');

/** A label with an amino-acid change's gene in the dataset's own case (s:D614G → S:D614G), or why there is no such gene. */
export function inDatasetGenes(label: string, genes: readonly string[]): ParsedMutation {
  if (labelKind(label) === 'nuc') return { ok: true, kind: 'nuc', label };
  const colon = label.indexOf(':');
  const typed = label.slice(0, colon);
  const gene = genes.find((g) => g.toLowerCase() === typed.toLowerCase());
  if (gene === undefined) return { ok: false, error: `no gene ${typed}: the genes are ${genes.join(', ')}` };
  return { ok: true, kind: 'aa', label: gene + label.slice(colon) };
}

/**
 * The label a query is searched by, or why it is not one. Letters may be typed in either case: s:d614g is
 * S:D614G. `genes` (the dataset's) give gene names their own case (orf1a:t265i is ORF1a:T265I) and refuse
 * unknown genes; without them the gene is kept as typed.
 */
export function parseMutationLabel(text: string, genes?: readonly string[]): ParsedMutation {
  const q = text.trim();
  const nuc = NUC_SUBSTITUTION.exec(q);
  if (nuc) {
    if (Number(nuc[2]) < 1) return { ok: false, error: 'positions start at 1' };
    return { ok: true, kind: 'nuc', label: `${nuc[1]!.toUpperCase()}${Number(nuc[2])}${nuc[3]!.toUpperCase()}` };
  }
  const aa = AA_CHANGE.exec(q);
  if (aa) {
    if (Number(aa[3]) < 1) return { ok: false, error: 'codons start at 1' };
    const label = `${aa[1]}:${aa[2]!.toUpperCase()}${Number(aa[3])}${aa[4]!.toUpperCase()}`;
    return genes ? inDatasetGenes(label, genes) : { ok: true, kind: 'aa', label };
  }
  const del = DELETION.exec(q);
  if (del) {
    const begin = Number(del[1]);
    const end = del[2] === undefined ? begin : Number(del[2]);
    if (begin < 1) return { ok: false, error: 'positions start at 1' };
    if (end < begin) return { ok: false, error: `a deletion range starts at or before its end: del:${end}-${begin}` };
    return { ok: true, kind: 'nuc', label: deletionLabel({ begin, end }) };
  }
  const ins = INSERTION.exec(q);
  if (ins) return { ok: true, kind: 'nuc', label: insertionLabel({ pos: Number(ins[1]), ins: ins[2]!.toUpperCase() }) };
  return { ok: false, error: MUTATION_HELP };
}
