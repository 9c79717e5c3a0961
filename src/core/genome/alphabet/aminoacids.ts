// Amino acids as small integer codes (A..Z = 0..25, stop '*' = 26, gap '-' = 27), so peptide alignment
// runs on typed arrays with the same kernel as nucleotides.

export const AA_STOP = 26;
export const AA_GAP = 27;
export const AA_X = 'X'.charCodeAt(0) - 65;

export function encodeAminoacid(letter: string): number {
  if (letter === '*') return AA_STOP;
  if (letter === '-') return AA_GAP;
  const code = letter.charCodeAt(0) - 65;
  return code >= 0 && code < 26 ? code : AA_X;
}

export function decodeAminoacid(code: number): string {
  if (code === AA_STOP) return '*';
  if (code === AA_GAP) return '-';
  return String.fromCharCode(65 + code);
}

export function encodeAminoacids(peptide: string): Uint8Array {
  const codes = new Uint8Array(peptide.length);
  for (let i = 0; i < peptide.length; i++) codes[i] = encodeAminoacid(peptide[i]!);
  return codes;
}

export function decodeAminoacids(codes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < codes.length; i++) out += decodeAminoacid(codes[i]!);
  return out;
}

// Ambiguous amino acid letters and what they stand for (B = D/N, Z = E/Q, J = I/L), as in Nextclade.
const AMBIGUOUS: Record<string, string> = { B: 'DN', Z: 'EQ', J: 'IL' };

function aaMatches(q: string, r: string): boolean {
  if (q === r || q === 'X' || r === 'X') return true;
  if (q === '*' || r === '*' || q === '-' || r === '-') return false;
  return (AMBIGUOUS[q]?.includes(r) ?? false) || (AMBIGUOUS[r]?.includes(q) ?? false);
}

/** Score table for peptide alignment, indexed [query * 32 + reference]. */
export function aminoacidScoreTable(match: number, mismatch: number): Int8Array {
  const table = new Int8Array(32 * 32).fill(-mismatch);
  for (let q = 0; q < 28; q++) {
    for (let r = 0; r < 28; r++) if (aaMatches(decodeAminoacid(q), decodeAminoacid(r))) table[q * 32 + r] = match;
  }
  return table;
}
