import { decodeNucleotide, GAP, isAcgt, N } from '../alphabet/nucleotides';
import type { CharacterRange, NucRange, NucSubstitution } from '../analysis-result';

// Nucleotide differences read off the alignment, as Nextclade's findNucChanges and
// findNucleotideRanges do: substitutions only between A/C/G/T letters; deletions are gaps inside the
// aligned range (not the uncovered ends); N runs are "missing"; other ambiguity codes are listed as
// nonACGTNs (runs of the same letter) and never as substitutions.

export interface NucleotideChanges {
  substitutions: NucSubstitution[];
  deletions: NucRange[];
  missing: NucRange[];
  nonACGTNs: CharacterRange[];
  totalMissing: number;
  totalNonACGTNs: number;
}

const GAP_CODE = GAP;
const N_CODE = N;

export function findNucleotideChanges(aligned: Uint8Array, ref: Uint8Array, alignmentStart: number, alignmentEnd: number): NucleotideChanges {
  const out: NucleotideChanges = { substitutions: [], deletions: [], missing: [], nonACGTNs: [], totalMissing: 0, totalNonACGTNs: 0 };
  let runCode = -1;
  let runStart = 0;
  for (let i = alignmentStart; i < alignmentEnd; i++) {
    const q = aligned[i]!;
    if (q === runCode) continue;
    if (runCode !== -1) {
      closeRun(out, runCode, runStart, i);
      runCode = -1;
    }
    if (isAcgt(q)) {
      const r = ref[i]!;
      if (q !== r && isAcgt(r)) out.substitutions.push({ pos: i + 1, refNuc: decodeNucleotide(r), queryNuc: decodeNucleotide(q) });
    } else {
      runCode = q;
      runStart = i;
    }
  }
  if (runCode !== -1) closeRun(out, runCode, runStart, alignmentEnd);
  return out;
}

/** Records a run of one non-ACGT letter over [start, end) (0-based) as 1-based closed ranges. */
function closeRun(out: NucleotideChanges, code: number, start: number, end: number): void {
  if (code === GAP_CODE) out.deletions.push({ begin: start + 1, end });
  else if (code === N_CODE) {
    out.missing.push({ begin: start + 1, end });
    out.totalMissing += end - start;
  } else {
    out.nonACGTNs.push({ character: decodeNucleotide(code), begin: start + 1, end });
    out.totalNonACGTNs += end - start;
  }
}
