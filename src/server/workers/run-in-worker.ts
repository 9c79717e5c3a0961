import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData, type Transferable } from 'node:worker_threads';

// Heavy work runs in a worker thread, off the request loop. The server runs TypeScript through tsx, and a
// worker does not inherit the parent's loader hooks (a `.ts` entry with `execArgv: ['--import', 'tsx']`
// fails on Node 20), so the worker starts from a small eval'd script that registers tsx and imports the
// module; the module calls `serveInWorker` at its top level, which answers the one request it was given.

interface WorkerInput<Request> {
  module: string;
  request: Request;
}
type WorkerReply<Result> = { ok: true; result: Result } | { ok: false; error: string };

export interface WorkerAnswer<Result> {
  result: Result;
  /** Buffers inside `result` to hand over without copying. */
  transfer?: Transferable[];
}

/** Runs `module`'s handler on `request` in a fresh worker thread; rejects if it fails or `timeoutMs` passes. */
export function runInWorker<Request, Result>(module: string, request: Request, options: { transfer?: Transferable[]; timeoutMs?: number } = {}): Promise<Result> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const input: WorkerInput<Request> = { module, request };
  return new Promise<Result>((resolve, reject) => {
    const worker = startTypeScriptWorker(module, input, options.transfer);
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const name = module.slice(module.lastIndexOf('/') + 1);
    const timer = setTimeout(() => finish(() => reject(new Error(`worker ${name} timed out after ${timeoutMs} ms`))), timeoutMs);
    worker.once('message', (reply: WorkerReply<Result>) => finish(() => (reply.ok ? resolve(reply.result) : reject(new Error(reply.error)))));
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`worker ${name} exited with code ${code} before answering`))));
  });
}

/** In a worker started by runInWorker for `module` (pass import.meta.url): answers its request with `handle`. */
export function serveInWorker<Request, Result>(module: string, handle: (request: Request) => WorkerAnswer<Result> | Promise<WorkerAnswer<Result>>): void {
  if (isMainThread || parentPort === null) return;
  const input = workerData as WorkerInput<Request> | undefined;
  if (input?.module !== module) return;
  const port = parentPort;
  Promise.resolve()
    .then(() => handle(input.request))
    .then(
      ({ result, transfer }) => port.postMessage({ ok: true, result } satisfies WorkerReply<Result>, transfer),
      (error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply<Result>),
    );
}

/** A worker thread running the TypeScript `module` (a file URL) with `workerData`; for long-lived pools too. */
export function startTypeScriptWorker(module: string, workerData: unknown, transferList?: readonly Transferable[]): Worker {
  const boot =
    `import(${JSON.stringify(tsxEsmApi())})` +
    `.then(({ register }) => { register(); return import(${JSON.stringify(module)}); })` +
    `.catch((error) => { throw error; });`;
  return new Worker(boot, { eval: true, workerData, transferList: transferList as Transferable[] | undefined });
}

/** URL of tsx's ESM register API (its CommonJS twin cannot register from an eval'd worker). */
function tsxEsmApi(): string {
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  if (typeof resolve === 'function') return resolve('tsx/esm/api');
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}
