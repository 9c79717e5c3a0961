import { describe, expect, it } from 'vitest';
import { AA_GAP, AA_STOP, aminoacidScoreTable, decodeAminoacids, encodeAminoacid, encodeAminoacids } from './aminoacids';

describe('amino-acid codes', () => {
  it('round-trips letters, stop and gap', () => {
    expect(decodeAminoacids(encodeAminoacids('MFVFLV*-X'))).toBe('MFVFLV*-X');
    expect(encodeAminoacid('*')).toBe(AA_STOP);
    expect(encodeAminoacid('-')).toBe(AA_GAP);
  });

  it('scores like Nextclade: X matches all, B/Z/J their pairs, stop only stop', () => {
    const table = aminoacidScoreTable(3, 1);
    const score = (q: string, r: string) => table[encodeAminoacid(q) * 32 + encodeAminoacid(r)];
    expect(score('D', 'D')).toBe(3);
    expect(score('D', 'E')).toBe(-1);
    expect(score('X', 'W')).toBe(3);
    expect(score('*', 'X')).toBe(3);
    expect(score('B', 'N')).toBe(3);
    expect(score('Z', 'Q')).toBe(3);
    expect(score('J', 'L')).toBe(3);
    expect(score('*', 'W')).toBe(-1);
    expect(score('-', 'A')).toBe(-1);
  });
});
