import { describe, expect, it } from 'vitest';
import { ErrorLog } from './parse-result';

describe('ErrorLog', () => {
  it('keeps errors up to its limit and says when it is full', () => {
    const log = new ErrorLog(2);
    expect(log.empty).toBe(true);
    for (let line = 1; line <= 5; line++) log.add({ line, column: null, field: null, message: 'bad' });
    expect(log.errors.map((e) => e.line)).toEqual([1, 2]);
    expect(log.full).toBe(true);
    expect(log.empty).toBe(false);
  });

  it('defaults to 100 errors', () => {
    const log = new ErrorLog();
    for (let line = 1; line <= 150; line++) log.add({ line, column: null, field: null, message: 'bad' });
    expect(log.errors.length).toBe(100);
  });
});
