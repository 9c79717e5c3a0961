import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { formatTsvHeader } from '../../core/genome/output/format-tsv';
import { FastaSplitter, type FastaPiece } from '../../core/genome/parse/fasta-splitter';
import { AnalysePool, mapOrdered } from '../../server/workers/genome/analyse-pool';
import { DEFAULT_DATASET_DIR, loadDataset } from '../../server/workers/genome/load-dataset';
import { startProgress } from '../progress';
import { EXIT_BAD_INPUT, InputFileError, unreadableReason } from '../read-input';

interface AnalyseOptions {
  outputTsv: string;
  outputNdjson?: string;
  dataset: string;
  jobs: string;
}

/** Records per message to a worker, and messages in flight per worker: workers never wait, memory stays flat. */
const BATCH = 4;
const BATCHES_IN_FLIGHT_PER_JOB = 2;

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * Batches of raw FASTA records of a plain or gzipped file, cut as the bytes arrive. The main thread only
 * cuts (FastaSplitter); parsing, analysis and formatting happen in the workers (ADR 010).
 */
async function* readBatches(file: ReturnType<typeof createReadStream>, gzip: boolean): AsyncGenerator<FastaPiece[]> {
  const text: Readable = gzip ? file.pipe(createGunzip()) : file;
  if (gzip) file.on('error', (error) => text.destroy(error));
  text.setEncoding('utf8');
  const splitter = new FastaSplitter();
  let batch: FastaPiece[] = [];
  for await (const chunk of text) {
    for (const piece of splitter.push(chunk as string)) {
      batch.push(piece);
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
  }
  batch.push(...splitter.end());
  if (batch.length > 0) yield batch;
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
 * run goes on; the exit code is then 2 (as for a refused import), 0 when every record was analysed.
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
      const started = performance.now();
      // The workers boot (each loads the dataset) while this thread checks the dataset and the files.
      const starting = AnalysePool.start({ datasetDir: opts.dataset, jobs });
      starting.catch(() => {}); // the dataset check below says why, with every problem listed
      let pool: AnalysePool, total: number, gzip: boolean, tsv: WriteStream, ndjson: WriteStream | null;
      try {
        await loadDataset(opts.dataset);
        total = await stat(input).then(
          (info) => info.size,
          (error: unknown) => {
            process.exitCode = EXIT_BAD_INPUT;
            throw new InputFileError(unreadableReason(input, error));
          },
        );
        gzip = await isGzip(input);
        tsv = createWriteStream(opts.outputTsv);
        ndjson = opts.outputNdjson ? createWriteStream(opts.outputNdjson) : null;
        await Promise.all([once(tsv, 'open'), ndjson && once(ndjson, 'open')]); // a bad output path fails here, cleanly
        pool = await starting;
      } catch (error) {
        await starting.then((p) => p.close(), () => undefined);
        throw error;
      }
      const file = createReadStream(input);
      const progress = startProgress('analysing', total);
      let analysed = 0;
      let failed = 0;
      try {
        await write(tsv, formatTsvHeader() + '\n');
        const analyse = (batch: FastaPiece[]) => pool.analyseFasta(batch, { ndjson: ndjson !== null });
        for await (const out of mapOrdered(readBatches(file, gzip), analyse, jobs * BATCHES_IN_FLIGHT_PER_JOB)) {
          analysed += out.genomes;
          failed += out.failed;
          for (const error of out.recordErrors) process.stderr.write(`concord analyse: ${input}: ${error}\n`);
          await write(tsv, out.tsv);
          if (ndjson && out.ndjson) await write(ndjson, out.ndjson);
          progress.update(file.bytesRead);
        }
      } catch (error) {
        // zlib's own words ("unexpected end of file") do not say which file: name it.
        const code = (error as NodeJS.ErrnoException).code;
        if (gzip && typeof code === 'string' && code.startsWith('Z_')) {
          process.exitCode = EXIT_BAD_INPUT;
          throw new InputFileError(`${input} is not a valid gzip file (corrupt or cut short: ${(error as Error).message}); ${analysed} genome(s) were analysed before it`);
        }
        throw error;
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
          (failed > 0 ? `; ${failed} of ${analysed} could not be analysed (see the errors column)` : '') +
          ` -> ${opts.outputTsv}${opts.outputNdjson ? `, ${opts.outputNdjson}` : ''}\n`,
      );
      // As imports do: malformed input is a failure a script must notice, though the good records are written.
      if (failed > 0) process.exitCode = EXIT_BAD_INPUT;
    });
}
