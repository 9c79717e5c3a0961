import type { AaDeletion, AaSubstitution, CharacterRange, FrameShift, NucInsertion, NucRange, NucSubstitution, StopCodon } from '../analysis-result';

// Nextclade's text forms of each value, 1-based: C241T, 11288-11296 (a single base as 28271),
// 22205:CGGCAGGCT, ORF7a:76-122, S:D614G, S:H69-, K:25202.

export const formatRange = (r: NucRange): string => (r.begin === r.end ? `${r.begin}` : `${r.begin}-${r.end}`);
export const formatSubstitution = (s: NucSubstitution): string => `${s.refNuc}${s.pos}${s.queryNuc}`;
export const formatInsertion = (i: NucInsertion): string => `${i.pos}:${i.ins}`;
export const formatCharacterRange = (r: CharacterRange): string => `${r.character}:${formatRange(r)}`;
export const formatFrameShift = (f: FrameShift): string => `${f.gene}:${formatRange(f.codon)}`;
export const formatAaSubstitution = (s: AaSubstitution): string => `${s.gene}:${s.refAa}${s.codon}${s.queryAa}`;
export const formatAaDeletion = (d: AaDeletion): string => `${d.gene}:${d.refAa}${d.codon}-`;
export const formatStopCodon = (s: StopCodon): string => `${s.gene}:${s.codon}`;

export function formatList<T>(items: T[], format: (x: T) => string): string {
  return items.map(format).join(',');
}

/** QC figures as Nextclade prints them (fixed, six decimals). */
export const formatScore = (x: number): string => x.toFixed(6);
