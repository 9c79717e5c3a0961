import { describe, expect, it } from 'vitest';
import { encodeNucleotides, nucleotideScoreTable } from '../alphabet/nucleotides';
import { alignWindow, OP_DELETION, OP_INSERTION, OP_MATCH, type DpWindow } from './banded-dp';

const scores = nucleotideScoreTable(3, 1);

function run(query: string, ref: string, extra: Partial<DpWindow> = {}) {
  const q = encodeNucleotides(query);
  const r = encodeNucleotides(ref);
  const path = alignWindow({ query: q, qFrom: 0, qTo: q.length, ref: r, rFrom: 0, rTo: r.length, dlo: -10, dhi: 10, scores, gapOpen: 6, gapExtend: 0, freeStart: false, freeEnd: false, ...extra });
  if (path === null) return null;
  // Render as two aligned rows, for readable expectations.
  let top = '';
  let bottom = '';
  let qi = path.qStart;
  let ri = path.rStart;
  for (let i = path.ops.length - 1; i >= 0; i--) {
    if (path.ops[i] === OP_MATCH) {
      top += ref[ri++];
      bottom += query[qi++];
    } else if (path.ops[i] === OP_INSERTION) {
      top += '-';
      bottom += query[qi++];
    } else if (path.ops[i] === OP_DELETION) {
      top += ref[ri++];
      bottom += '-';
    }
  }
  return { ...path, rows: `${top}/${bottom}` };
}

describe('banded Gotoh kernel', () => {
  it('aligns identical sequences on the diagonal, +3 per letter', () => {
    expect(run('ACGTACGT', 'ACGTACGT')).toMatchObject({ score: 24, rows: 'ACGTACGT/ACGTACGT' });
  });

  it('puts a deletion in a homopolymer at its leftmost place, as Nextclade does', () => {
    expect(run('CCAAATGG', 'CCAAAATGG')!.rows).toBe('CCAAAATGG/CC-AAATGG');
    expect(run('CCAAAATGG', 'CCAAATGG')!.rows).toBe('CC-AAATGG/CCAAAATGG');
  });

  it('opens the gap where the gap-open cost is lowest', () => {
    const open = new Int32Array(20).fill(6);
    open[4] = 3; // cheaper to delete starting at reference index 4
    expect(run('CCAAATGG', 'CCAAAATGG', { gapOpen: open })!.rows).toBe('CCAAAATGG/CCAA-ATGG');
  });

  it('gap extension is free: one long gap costs one opening', () => {
    const path = run('ACGTTT', 'ACGGGGGGTTT')!;
    expect(path.rows).toBe('ACGGGGGGTTT/AC-----GTTT'); // moved left past the equal G
    expect(path.score).toBe(6 * 3 - 6);
  });

  it('N matches anything', () => {
    expect(run('ANNNT', 'ACGTT')).toMatchObject({ score: 15, rows: 'ACGTT/ANNNT' });
  });

  it('with free ends, reference letters beyond the query cost nothing and are left out', () => {
    const path = run('ACGTAC', 'TTTTACGTACTTTT', { freeStart: true, freeEnd: true })!;
    expect(path.rows).toBe('ACGTAC/ACGTAC');
    expect([path.qStart, path.rStart, path.qEnd, path.rEnd]).toEqual([0, 4, 6, 10]);
  });

  it('with free ends, query letters beyond the reference cost nothing and are left out', () => {
    const path = run('GGACGTACGG', 'ACGTAC', { freeStart: true, freeEnd: true })!;
    expect(path).toMatchObject({ score: 18, rows: 'ACGTAC/ACGTAC', qStart: 2, rStart: 0, qEnd: 8, rEnd: 6 });
  });

  it('without free ends, extra query letters must be aligned: they become mismatches or gaps', () => {
    expect(run('GGACGTAC', 'TTACGTAC')).toMatchObject({ score: 16, rows: 'TTACGTAC/GGACGTAC' });
  });

  it('refuses a window whose end is outside the band', () => {
    expect(run('A', 'AAAAAAAAAAAAAAAA', { dlo: -2, dhi: 2 })).toBeNull();
  });
});
