import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { failedAnalysis } from '../../core/genome/analyse-genome';
import type { AnalysisResult } from '../../core/genome/analysis-result';
import { formatNdjsonRecord } from '../../core/genome/output/format-ndjson';
import { formatTsvHeader, formatTsvRow } from '../../core/genome/output/format-tsv';
import { FastaParser, type FastaRecord } from '../../core/genome/parse/fasta-parser';
import { AnalysePool, mapOrdered } from '../../server/modules/research/genome/analyse-pool';
import { DEFAULT_DATASET_DIR, loadDataset } from '../../server/modules/research/genome/load-dataset';
import { startProgress } from '../progress';

interface AnalyseOptions {
  outputTsv: string;
  outputNdjson?: string;
  dataset: string;
  jobs: string;
}

/** Genomes in flight per worker: enough to keep workers busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_JOB = 4;

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** FASTA records of a plain or gzipped file, parsed as the bytes arrive. */
async function* readRecords(file: ReturnType<typeof createReadStream>, gzip: boolean): AsyncGenerator<FastaRecord> {
  const text: Readable = gzip ? file.pipe(createGunzip()) : file;
  if (gzip) file.on('error', (error) => text.destroy(error));
  text.setEncoding('utf8');
  const parser = new FastaParser();
  for await (const chunk of text) yield* parser.push(chunk as string);
  yield* parser.end();
}

async function write(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

async function closeStream(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/**
 * `concord analyse INPUT.fasta[.gz] --output-tsv OUT.tsv [--output-ndjson OUT.ndjson] [--dataset DIR]
 * [--jobs N]`: aligns every genome to the dataset's reference and writes Nextclade-style results, in
 * input order, as they finish. A malformed record gets an error row (and a line on stderr) and the
 * run goes on; the exit code is 0 unless the run itself fails.
 */
export function register(program: Command): void {
  program
    .command('analyse')
    .description('analyse genomes: alignment, mutations, amino-acid changes, clade and QC (Nextclade columns)')
    .argument('<input>', 'FASTA file, plain or gzipped')
    .requiredOption('--output-tsv <file>', 'where to write the TSV results')
    .option('--output-ndjson <file>', 'also write one JSON record per genome')
    .option('--dataset <dir>', 'pathogen dataset folder', DEFAULT_DATASET_DIR)
    .option('--jobs <n>', 'worker threads', String(availableParallelism()))
    .action(async (input: string, opts: AnalyseOptions) => {
      const jobs = Number(opts.jobs);
      if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a positive integer, not '${opts.jobs}'`);
      await loadDataset(opts.dataset); // fail fast, with every problem listed, before starting workers
      const total = (await stat(input)).size;
      const gzip = await isGzip(input);
      const started = performance.now();

      const tsv = createWriteStream(opts.outputTsv);
      const ndjson = opts.outputNdjson ? createWriteStream(opts.outputNdjson) : null;
      await Promise.all([once(tsv, 'open'), ndjson && once(ndjson, 'open')]); // a bad output path fails here, cleanly
      const pool = await AnalysePool.start({ datasetDir: opts.dataset, jobs });
      const file = createReadStream(input);
      const progress = startProgress('analysing', total);
      let analysed = 0;
      let failed = 0;
      try {
        await write(tsv, formatTsvHeader() + '\n');
        let recordNumber = 0;
        const analyse = (record: FastaRecord): Promise<AnalysisResult> | AnalysisResult => {
          recordNumber++;
          if (record.error === null) return pool.analyse({ name: record.name, sequence: record.sequence });
          const name = record.name || `record ${recordNumber} (line ${record.line})`;
          process.stderr.write(`concord analyse: ${input}: ${record.error}\n`);
          return failedAnalysis(name, [record.error]);
        };
        for await (const result of mapOrdered(readRecords(file, gzip), analyse, jobs * IN_FLIGHT_PER_JOB)) {
          analysed++;
          if (result.errors.length > 0) failed++;
          await write(tsv, formatTsvRow(result) + '\n');
          if (ndjson) await write(ndjson, formatNdjsonRecord(result) + '\n');
          progress.update(file.bytesRead);
        }
      } finally {
        progress.stop();
        await pool.close();
        file.destroy();
        await closeStream(tsv);
        if (ndjson) await closeStream(ndjson);
      }
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(
        `analysed ${analysed} genome(s) in ${seconds.toFixed(1)} s with ${jobs} worker(s)` +
          (failed > 0 ? `; ${failed} could not be analysed (see the errors column)` : '') +
          ` -> ${opts.outputTsv}${opts.outputNdjson ? `, ${opts.outputNdjson}` : ''}\n`,
      );
    });
}
