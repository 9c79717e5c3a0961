import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseGenome } from '../../../core/genome/analyse-genome';
import { formatTsvRow } from '../../../core/genome/output/format-tsv';
import { parseFasta, type FastaSequence } from '../../../core/genome/parse/fasta-parser';
import { FastaSplitter } from '../../../core/genome/parse/fasta-splitter';
import { FIXTURE_DIR } from '../../../core/genome/testing/fixture.test-support';
import { AnalysePool, mapOrdered } from './analyse-pool';
import { DEFAULT_DATASET_DIR, loadDatasetSync } from './load-dataset';

let pool: AnalysePool;
const genomes = parseFasta(readFileSync(new URL('input/sequences.fasta', FIXTURE_DIR), 'utf8')).slice(0, 12) as FastaSequence[];

beforeAll(async () => {
  pool = await AnalysePool.start({ datasetDir: DEFAULT_DATASET_DIR, jobs: 2 });
}, 60_000);
afterAll(() => pool.close());

describe('analysis worker pool', () => {
  it('runs analyseGenome in worker threads, results equal to in-process, in input order', async () => {
    const dataset = loadDatasetSync(DEFAULT_DATASET_DIR);
    const results = [];
    for await (const r of mapOrdered(genomes, (g) => pool.analyse({ name: g.name, sequence: g.sequence }), 4)) results.push(r);
    expect(pool.size).toBe(2);
    expect(results.map((r) => r.seqName)).toEqual(genomes.map((g) => g.name));
    expect(results[3]).toEqual(analyseGenome({ name: genomes[3]!.name, sequence: genomes[3]!.sequence }, dataset));
  });

  it('parses, analyses and formats a batch of raw FASTA records in a worker, malformed ones as error rows', async () => {
    const dataset = loadDatasetSync(DEFAULT_DATASET_DIR);
    const text = genomes.slice(0, 3).map((g) => `>${g.name}\n${g.sequence}\n`).join('') + '>bad\nAC*GT\n';
    const splitter = new FastaSplitter();
    const out = await pool.analyseFasta([...splitter.push(text), ...splitter.end()], { ndjson: true });
    expect(out).toMatchObject({ genomes: 4, failed: 1, recordErrors: ["line 8, column 3: illegal character '*' in sequence"] });
    const rows = out.tsv.trimEnd().split('\n');
    expect(rows[1]).toBe(formatTsvRow(analyseGenome({ name: genomes[1]!.name, sequence: genomes[1]!.sequence }, dataset)));
    expect(rows[3]!.split('\t')[0]).toBe('bad');
    expect(out.ndjson!.trimEnd().split('\n').map((l) => (JSON.parse(l) as { seqName: string }).seqName)).toEqual([...genomes.slice(0, 3).map((g) => g.name), 'bad']);
  });

  it('refuses to start on a broken dataset, saying why', async () => {
    await expect(AnalysePool.start({ datasetDir: '/nonexistent-dataset', jobs: 1 })).rejects.toThrow(/reference.fasta: missing/);
  });
});

describe('mapOrdered', () => {
  it('yields in input order whatever the completion order, with a bounded number in flight', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const delays = [30, 5, 20, 1, 10, 2, 25, 3];
    const out: number[] = [];
    const slow = async (i: number) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((r) => setTimeout(r, delays[i]));
      inFlight--;
      return i;
    };
    for await (const x of mapOrdered(delays.keys(), slow, 3)) out.push(x);
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(maxInFlight).toBeLessThanOrEqual(3);
  });

  it('pulls the source lazily', async () => {
    let pulled = 0;
    function* source() {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield i;
      }
    }
    const it = mapOrdered(source(), async (x) => x, 5);
    await it.next();
    expect(pulled).toBeLessThanOrEqual(6);
    await it.return(undefined);
  });
});
