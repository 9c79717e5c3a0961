import { describe, expect, it } from 'vitest';
import { failedAnalysis } from '../analyse-genome';
import { formatNdjsonRecord } from './format-ndjson';

describe('NDJSON output', () => {
  it('is one line of camelCase JSON per genome', () => {
    const line = formatNdjsonRecord(failedAnalysis('x', ['too short']));
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toMatchObject({ seqName: 'x', errors: ['too short'], totalSubstitutions: 0, alignmentStart: null });
  });
});
