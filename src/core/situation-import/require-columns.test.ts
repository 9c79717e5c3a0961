import { describe, expect, it } from 'vitest';
import { ErrorLog } from './parse-result';
import { requireColumns } from './require-columns';

describe('requireColumns', () => {
  it('finds columns in any order', () => {
    expect(requireColumns(['b', 'x', 'a'], ['a', 'b'], new ErrorLog())).toEqual({ a: 2, b: 0 });
  });

  it('names every missing column on line 1', () => {
    const log = new ErrorLog();
    expect(requireColumns(['x'], ['a', 'b'], log, 'deaths')).toBeNull();
    expect(log.errors).toEqual([
      { file: 'deaths', line: 1, column: null, field: 'a', message: 'the header has no "a" column' },
      { file: 'deaths', line: 1, column: null, field: 'b', message: 'the header has no "b" column' },
    ]);
  });
});
