import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSubmission } from './validate-submission';

// Whatever the FASTA and metadata TSV, a submission is checked into genomes or errors at their line: never a throw.
describe('checkSubmission on any input', () => {
  it('gives genomes or located errors, never a throw', () => {
    const cell = fc.oneof(fc.constantFrom('', 'A/1', 'B/2', '2021-02-01', '2021-02-30', 'GBR', 'gbr', 'XXX', 'human', '\r'), fc.string({ maxLength: 6 }));
    const header = fc.constantFrom('strain\tdate\tcountry\thost\toriginating_lab\tsubmitting_lab', 'date\tstrain', '');
    const metadata = fc.tuple(header, fc.array(fc.array(cell, { maxLength: 8 }).map((c) => c.join('\t')), { maxLength: 6 })).map(([h, rows]) => [h, ...rows].join('\n'));
    const fasta = fc.array(fc.oneof(fc.constantFrom('>A/1', '>B/2', 'ACGT', 'ACGT!', '>'), fc.string({ maxLength: 8 })), { maxLength: 8 }).map((l) => l.join('\n'));
    const ctx = { isCountry: (c: string) => c === 'GBR', storedStrains: new Set(['B/2']), limits: { maxSequenceLength: 8, maxNameLength: 5 } };
    fc.assert(
      fc.property(fasta, fc.oneof(metadata, fc.string({ maxLength: 200 })), (f, m) => {
        const check = checkSubmission(f, m, ctx);
        for (const e of check.errors) expect(e.path).toMatch(/^(fasta|metadata) line \d+: /);
        if (check.errors.length > 0) expect(check.genomes).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
