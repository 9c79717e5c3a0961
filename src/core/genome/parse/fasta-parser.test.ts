import { describe, expect, it } from 'vitest';
import { FastaParser, parseFasta } from './fasta-parser';

describe('FASTA parser', () => {
  it('reads records with their header line numbers, upper-cased, whitespace and gaps removed', () => {
    const records = parseFasta('>one sample\nacgt\r\nAC GT\n\n>two\nNNRY--AC.\n');
    expect(records).toEqual([
      { name: 'one sample', line: 1, sequence: 'ACGTACGT', error: null },
      { name: 'two', line: 5, sequence: 'NNRYAC', error: null },
    ]);
  });

  it('reads U as T', () => {
    expect(parseFasta('>rna\nACGU\n')[0]!.sequence).toBe('ACGT');
  });

  it('gives the same records whatever the chunking', () => {
    const text = '>a\nACGT\nAC\n>b\nGGG\n>c\nTT';
    const whole = parseFasta(text);
    for (let size = 1; size <= 5; size++) {
      const parser = new FastaParser();
      const out = [];
      for (let i = 0; i < text.length; i += size) out.push(...parser.push(text.slice(i, i + size)));
      out.push(...parser.end());
      expect(out).toEqual(whole);
    }
  });

  it('reports sequence data before any header, and goes on', () => {
    const records = parseFasta('ACGT\n>ok\nAC\n');
    expect(records[0]).toMatchObject({ name: '', line: 1, sequence: null });
    expect(records[0]!.error).toMatch(/line 1: sequence data without a '>' header/);
    expect(records[1]).toMatchObject({ name: 'ok', sequence: 'AC', error: null });
  });

  it('reports an illegal character with its line, column and letter, and goes on', () => {
    const records = parseFasta('>good\nACGT\n>bad\nACGT\nAC*T\nACGT\n>next\nGG\n');
    expect(records.map((r) => r.name)).toEqual(['good', 'bad', 'next']);
    expect(records[1]!.sequence).toBeNull();
    expect(records[1]!.error).toBe("line 5, column 3: illegal character '*' in sequence");
    expect(records[2]).toMatchObject({ sequence: 'GG', error: null });
  });

  it('reports an empty record, and a header without a name', () => {
    const records = parseFasta('>empty\n>\nACGT\n>last\nA\n');
    expect(records[0]!.error).toBe("line 1: empty record 'empty': no sequence after the header");
    expect(records[1]!.error).toBe("line 2: header '>' without a sequence name");
    expect(records[2]).toMatchObject({ name: 'last', sequence: 'A' });
  });

  it('handles a file without a final newline, and an empty file', () => {
    expect(parseFasta('>x\nAC')).toEqual([{ name: 'x', line: 1, sequence: 'AC', error: null }]);
    expect(parseFasta('')).toEqual([]);
  });
});
