import { TWO_BIT, type KmerIndex } from './kmer-index';

// Exact-match anchors between a query and the reference: each unique reference k-mer found in the
// query is extended both ways while the letters are identical (a maximal exact match), then the
// anchors are chained into the heaviest chain that increases in both sequences. For near-identical
// genomes this finds the long identical stretches between mutations in one linear pass; dynamic
// programming is then needed only between them.

export interface Anchor {
  /** Query start (0-based). */
  q: number;
  /** Reference start (0-based). */
  r: number;
  len: number;
}

export function findMatches(query: Uint8Array, ref: Uint8Array, index: KmerIndex): Anchor[] {
  const k = index.k;
  const mask = (1 << (2 * k)) - 1;
  const Q = query.length;
  const R = ref.length;
  const found: Anchor[] = [];
  let code = 0;
  let valid = 0;
  let i = 0;
  while (i < Q) {
    const b = TWO_BIT[query[i]!]!;
    if (b < 0) {
      valid = 0;
      i++;
      continue;
    }
    code = ((code << 2) | b) & mask;
    if (++valid >= k) {
      const qs = i - k + 1;
      const rs = index.lookup(code);
      if (rs >= 0) {
        let q0 = qs;
        let r0 = rs;
        while (q0 > 0 && r0 > 0 && query[q0 - 1] === ref[r0 - 1]) {
          q0--;
          r0--;
        }
        let q1 = qs + k;
        let r1 = rs + k;
        while (q1 < Q && r1 < R && query[q1] === ref[r1]) {
          q1++;
          r1++;
        }
        found.push({ q: q0, r: r0, len: q1 - q0 });
        // Resume at the first differing letter: the next match may be on another diagonal and even
        // overlap this one (an indel in a repeat); left extension recovers its true start.
        i = q1;
        valid = 0;
        continue;
      }
    }
    i++;
  }
  return found;
}

/** How far chaining looks back for a predecessor; near-identical genomes chain to a recent match. */
const LOOK_BACK = 256;

/**
 * Heaviest chain of matches increasing in query and reference (both start and end), weighted by the
 * letters each match adds beyond its overlap with the previous one.
 */
export function chainMatches(matches: Anchor[]): Anchor[] {
  const m = [...matches].sort((a, b) => a.q - b.q || a.r - b.r);
  const n = m.length;
  if (n === 0) return [];
  const score = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  let bestEnd = 0;
  for (let j = 0; j < n; j++) {
    const b = m[j]!;
    score[j] = b.len;
    for (let i = j - 1; i >= 0 && i >= j - LOOK_BACK; i--) {
      const a = m[i]!;
      if (a.q >= b.q || a.r >= b.r || a.q + a.len >= b.q + b.len || a.r + a.len >= b.r + b.len) continue;
      const overlap = Math.max(0, a.q + a.len - b.q, a.r + a.len - b.r);
      const s = score[i]! + b.len - overlap;
      if (s > score[j]!) {
        score[j] = s;
        prev[j] = i;
      }
    }
    if (score[j]! > score[bestEnd]!) bestEnd = j;
  }
  const chain: Anchor[] = [];
  for (let j = bestEnd; j >= 0; j = prev[j]!) chain.push(m[j]!);
  return chain.reverse();
}
