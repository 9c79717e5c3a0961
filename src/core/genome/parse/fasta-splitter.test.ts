import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FastaParser, parseFasta } from './fasta-parser';
import { FastaSplitter } from './fasta-splitter';

/** Splits `text` fed in chunks cut at `cuts`, then parses each piece alone from its first line. */
function splitThenParse(text: string, cuts: number[]) {
  const splitter = new FastaSplitter();
  const bounds = [0, ...[...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b), text.length];
  const pieces = bounds.slice(1).flatMap((end, i) => splitter.push(text.slice(bounds[i], end)));
  pieces.push(...splitter.end());
  return pieces.map((piece) => {
    const parser = new FastaParser(piece.firstLine);
    const records = [...parser.push(piece.text), ...parser.end()];
    expect(records).toHaveLength(1); // one piece, one record
    return { ...records[0]!, number: piece.record };
  });
}

describe('FastaSplitter', () => {
  it('cuts records whose separate parses equal the parse of the whole text, errors and line numbers included', () => {
    const text = '\n\n>a\nACGT\nAC\n>broken\nAC*GT\n>\nACGT\n>empty\n\n>b desc\r\nAC-GU\r\n>c\nNNNN';
    const whole = parseFasta(text);
    const pieces = splitThenParse(text, [3, 9, 17, 30]);
    expect(pieces.map(({ number: _, ...r }) => r)).toEqual(whole);
    expect(pieces.map((p) => p.number)).toEqual(whole.map((_, i) => i + 1));
    expect(whole.map((r) => r.error)).toContain("line 7, column 3: illegal character '*' in sequence");
  });

  it('makes a record of sequence data before the first header, as the parser does', () => {
    const text = 'ACGT\n>a\nACGT\n';
    expect(splitThenParse(text, []).map(({ number: _, ...r }) => r)).toEqual(parseFasta(text));
  });

  it('agrees with the parser on any text cut anywhere', () => {
    const line = fc.oneof(fc.constantFrom('>x', '>', '>y z', '', 'ACGT', 'acgu', 'AC*T', 'NN-N', ' \r'), fc.stringMatching(/^[ACGT>\n]{0,6}$/));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.array(fc.nat(80), { maxLength: 5 }), (lines, cuts) => {
        const text = lines.join('\n');
        expect(splitThenParse(text, cuts).map(({ number: _, ...r }) => r)).toEqual(parseFasta(text));
      }),
      { numRuns: 300 },
    );
  });
});
