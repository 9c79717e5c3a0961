import type { Worker } from 'node:worker_threads';
import { startTypeScriptWorker } from '../run-in-worker';
import type { GenomeQuery } from '../../../core/genome/analyse-genome';
import type { AnalysisResult } from '../../../core/genome/analysis-result';
import type { FastaPiece } from '../../../core/genome/parse/fasta-splitter';
import { ANALYSE_WORKER_FLAG, type AnalyseReply, type AnalyseTask, type AnalyseWorkerData, type FastaBatchResult } from './analyse-worker';

// A fixed pool of worker threads running analyseGenome, so analysis never blocks the calling thread
// and uses several cores. mapOrdered() feeds it from a stream with a bounded number of genomes in
// flight and hands results back in input order: memory stays constant however many genomes come.

type TaskReply = Extract<AnalyseReply, { id: number }>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Pending {
  resolve: (reply: TaskReply) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
  alive: boolean;
}

export interface AnalysePoolOptions {
  datasetDir: string;
  jobs: number;
}

export class AnalysePool {
  private nextId = 0;
  private closing = false;

  private constructor(private readonly workers: PoolWorker[]) {}

  /** Starts the workers and waits until each has loaded the dataset. */
  static async start(options: AnalysePoolOptions): Promise<AnalysePool> {
    const jobs = Math.max(1, Math.floor(options.jobs));
    const data: AnalyseWorkerData = { flag: ANALYSE_WORKER_FLAG, datasetDir: options.datasetDir };
    const workers: PoolWorker[] = [];
    const ready: Promise<void>[] = [];
    for (let i = 0; i < jobs; i++) {
      const entry: PoolWorker = { worker: startWorker(data), pending: new Map(), alive: true };
      workers.push(entry);
      ready.push(
        new Promise<void>((resolve, reject) => {
          entry.worker.once('message', (reply: AnalyseReply) => ('fatal' in reply ? reject(new Error(reply.fatal)) : resolve()));
          entry.worker.once('error', reject);
        }),
      );
    }
    const pool = new AnalysePool(workers);
    try {
      await Promise.all(ready);
    } catch (error) {
      await pool.close();
      throw error;
    }
    for (const w of workers) pool.listen(w);
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  /** One genome's analysis. */
  async analyse(query: GenomeQuery): Promise<AnalysisResult> {
    const reply = await this.send({ kind: 'genome', name: query.name, sequence: query.sequence });
    return (reply as { result: AnalysisResult }).result;
  }

  /** A batch of raw FASTA records (from FastaSplitter), parsed, analysed and formatted in a worker. */
  async analyseFasta(pieces: FastaPiece[], options: { ndjson: boolean }): Promise<FastaBatchResult> {
    const reply = await this.send({ kind: 'fasta', pieces, ndjson: options.ndjson });
    return (reply as { batch: FastaBatchResult }).batch;
  }

  /** To the worker with the fewest tasks waiting. */
  private send(task: DistributiveOmit<AnalyseTask, 'id'>): Promise<TaskReply> {
    const candidates = this.workers.filter((w) => w.alive);
    if (candidates.length === 0) return Promise.reject(new Error('no analysis worker is running'));
    const target = candidates.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise<TaskReply>((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ ...task, id } as AnalyseTask);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private listen(w: PoolWorker): void {
    w.worker.on('message', (reply: AnalyseReply) => {
      if (!('id' in reply)) return;
      const pending = w.pending.get(reply.id);
      w.pending.delete(reply.id);
      pending?.resolve(reply);
    });
    const fail = (error: Error): void => {
      w.alive = false;
      for (const p of w.pending.values()) p.reject(error);
      w.pending.clear();
    };
    w.worker.on('error', fail);
    w.worker.on('exit', (code) => {
      if (!this.closing) fail(new Error(`analysis worker exited with code ${code}`));
    });
  }
}

/**
 * Maps an (async) iterable through `fn` with at most `limit` calls in flight, yielding results in the
 * input's order. The source is pulled only when there is room, so memory is bounded by `limit`.
 */
export async function* mapOrdered<T, R>(source: AsyncIterable<T> | Iterable<T>, fn: (item: T) => Promise<R> | R, limit: number): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  for await (const item of source) {
    const p = Promise.resolve().then(() => fn(item));
    p.catch(() => {}); // observed when its turn comes; avoid an unhandled rejection meanwhile
    queue.push(p);
    if (queue.length >= limit) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}

function startWorker(data: AnalyseWorkerData): Worker {
  return startTypeScriptWorker(new URL('./analyse-worker.ts', import.meta.url).href, data);
}
