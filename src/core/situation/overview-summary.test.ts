import { describe, expect, it } from 'vitest';
import { toSignificant } from './overview-summary';

describe('toSignificant', () => {
  it('keeps three significant digits at every magnitude', () => {
    expect(toSignificant(123456)).toBe(123000);
    expect(toSignificant(12.3456)).toBe(12.3);
    expect(toSignificant(0.98765)).toBe(0.988);
    expect(toSignificant(0.000123456)).toBe(0.000123);
    expect(toSignificant(0)).toBe(0);
  });

  it('turns unknown and infinite values into null', () => {
    expect(toSignificant(null)).toBeNull();
    expect(toSignificant(Number.POSITIVE_INFINITY)).toBeNull();
    expect(toSignificant(Number.NaN)).toBeNull();
  });
});
