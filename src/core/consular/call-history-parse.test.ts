import { describe, expect, it } from 'vitest';
import { parseCallHistory } from './call-history-parse';

const refusePost = (id: string) => (id === 'EMB-GBR' ? null : `"${id}" is not a post`);
const parse = (text: string) => parseCallHistory(text, { refusePost });
const errorsOf = (text: string) => {
  const result = parse(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map(({ line, column, field }) => ({ line, column, field }));
};

describe('parseCallHistory', () => {
  it('reads the central hotline without a post column, and posts beside it with one', () => {
    expect(parse('date,calls\r\n2019-03-01,1200\r\n2019-03-02,0\r\n')).toEqual({
      ok: true,
      warnings: [],
      value: [
        { date: '2019-03-01', postId: '', calls: 1200, line: 2 },
        { date: '2019-03-02', postId: '', calls: 0, line: 3 },
      ],
    });
    const withPosts = parse('post,date,calls\n,2019-03-01,10\nEMB-GBR,2019-03-01,4');
    expect(withPosts.ok && withPosts.value.map((r) => [r.postId, r.calls])).toEqual([['', 10], ['EMB-GBR', 4]]);
  });

  it('gives rows with no post to the default line (an officer imports for their own post)', () => {
    const result = parseCallHistory('date,calls\n2019-03-01,9', { refusePost, defaultPostId: 'EMB-GBR' });
    expect(result.ok && result.value[0].postId).toBe('EMB-GBR');
  });

  it.each([
    ['a date that does not exist', '2019-02-30,5', 1, 'date'],
    ['a negative count', '2019-03-02,-1', 2, 'calls'],
    ['a decimal count', '2019-03-02,1.5', 2, 'calls'],
    ['an absurd count', '2019-03-02,1000001', 2, 'calls'],
    ['a day twice', '2019-03-01,7', 1, 'date'],
  ])('refuses %s at its line and column', (_what, bad, column, field) => {
    expect(errorsOf(`date,calls\n2019-03-01,5\n${bad}`)).toEqual([{ line: 3, column, field }]);
  });

  it('refuses an unknown post, a missing column and a header alone', () => {
    expect(errorsOf('date,calls,post\n2019-03-01,5,EMB-XXX')).toEqual([{ line: 2, column: 3, field: 'post' }]);
    expect(errorsOf('day,calls\n2019-03-01,5')).toEqual([{ line: 1, column: null, field: 'date' }]);
    expect(errorsOf('date,calls')).toEqual([{ line: 2, column: null, field: null }]);
  });
});
