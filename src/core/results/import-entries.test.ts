import { describe, expect, it } from 'vitest';
import { parseDoiList, splitBibtex, splitRis } from './import-entries';

describe('parseDoiList', () => {
  it('reads one DOI a line and names each bad line', () => {
    const { dois, problems } = parseDoiList('# my list\n10.1056/NEJMoa2021436\n\nhttps://doi.org/10.1001/jama.2020.17021\nnot-a-doi\n10.1056/nejmoa2021436\n');
    expect(dois).toEqual([
      { doi: '10.1056/NEJMoa2021436', line: 2 },
      { doi: '10.1001/jama.2020.17021', line: 4 },
    ]);
    expect(problems.map((p) => [p.line, p.message.slice(0, 10)])).toEqual([
      [5, 'not a DOI:'],
      [6, '10.1056/ne'],
    ]);
  });
});

describe('splitBibtex', () => {
  it('gives each entry its first line and drops @comment', () => {
    const text = '% exported\n@comment{x}\n@article{a,\n  title={A}\n}\n\n@misc{b, title={B}}\n';
    const { entries, problems } = splitBibtex(text);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.entry, e.line])).toEqual([
      [1, 3],
      [2, 7],
    ]);
  });

  it('reports stray text before the first entry at its line', () => {
    expect(splitBibtex('hello\n@misc{b, title={B}}').problems).toEqual([{ line: 1, message: 'text before the first @entry{' }]);
  });
});

describe('splitRis', () => {
  it('splits records from TY to ER, continuation lines included', () => {
    const text = 'TY  - JOUR\nTI  - One\n  more title\nER  - \n\nTY  - DATA\nTI  - Two\nER  - \n';
    const { entries, problems } = splitRis(text);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.entry, e.line])).toEqual([
      [1, 1],
      [2, 6],
    ]);
    expect(entries[0]!.text).toContain('more title');
  });

  it('reports a record left open and a tag out of any record, with their lines', () => {
    const { problems } = splitRis('TI  - stray\nTY  - JOUR\nTI  - open\nTY  - JOUR\nTI  - closed\nER  - \nTY  - JOUR\n');
    expect(problems).toEqual([
      { line: 1, message: 'TI outside a record (each record starts with “TY  -”)' },
      { entry: 1, line: 2, message: 'record not closed by “ER  -” before the next “TY  -”' },
      { entry: 2, line: 7, message: 'record not closed by “ER  -”' },
    ]);
  });
});
