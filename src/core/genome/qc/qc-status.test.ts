import { describe, expect, it } from 'vitest';
import { qcStatus } from './qc-status';

describe('QC status', () => {
  it('is good below 30, mediocre below 100, bad from 100', () => {
    expect([0, 29.99, 30, 99.9, 100, 1000].map(qcStatus)).toEqual(['good', 'good', 'mediocre', 'mediocre', 'bad', 'bad']);
  });
});
