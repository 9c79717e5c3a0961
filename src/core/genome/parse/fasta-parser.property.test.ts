import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFasta } from './fasta-parser';

// Whatever the text, the FASTA parser gives records, each a sequence or an error with its line: it never throws.
describe('parseFasta on any input', () => {
  it('gives sequences or located errors, never a throw', () => {
    const line = fc.oneof(fc.constantFrom('>', '>A/1', '> ', 'ACGT', 'acgtn', 'ACGT!', '---', 'NNNN', '', '\r', ';comment'), fc.string({ maxLength: 20 }));
    const text = fc.oneof(fc.array(line, { maxLength: 20 }).map((lines) => lines.join('\n')), fc.string({ maxLength: 300 }));
    fc.assert(
      fc.property(text, (input) => {
        for (const record of parseFasta(input)) {
          expect(record.line).toBeGreaterThanOrEqual(1);
          if (record.error === null) expect(record.sequence).toMatch(/^[ACGTNRYSWKMBDHV]*$/);
          else expect(record.error.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
