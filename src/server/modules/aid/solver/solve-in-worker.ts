import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Instance, Plan } from '../../../../shared/schemas/plan';
import { OPTIMALITY_GAP, solveAllocation } from '../../../../core/allocation/solve';
import { solveWithHighs } from './highs-solve';

// Plans run off the request loop, in a worker thread. The worker boots through tsx (the server runs
// TypeScript through tsx, and a worker does not inherit the parent's loader hooks: a `.ts` entry with
// `execArgv: ['--import', 'tsx']` fails on Node 20), so it is started from a small eval'd script that
// registers tsx and then imports this very file, which sees its flag in workerData and solves.

export interface SolvePlanOptions {
  /** Branch-and-bound target gap (default 1e-7). */
  gapTolerance?: number;
  /** Branch-and-bound node limit (default 20,000); past it, HiGHS takes over. */
  nodeLimit?: number;
  /** Time limit for the HiGHS fallback, in seconds (default 60). */
  highsTimeLimitSec?: number;
}

/**
 * The structured solver first; HiGHS only if it could not prove a gap within 1e-4. The plan returned
 * is the better of the two, with the lower of the two proven bounds (both are valid upper bounds).
 */
export async function solvePlan(instance: Instance, options: SolvePlanOptions = {}): Promise<Plan> {
  const plan = solveAllocation(instance, { gapTolerance: options.gapTolerance, nodeLimit: options.nodeLimit });
  if (plan.gap <= OPTIMALITY_GAP) return plan;
  const lambda = plan.freight?.valuePerKg ?? 0;
  const highs = await solveWithHighs(instance, { timeLimitSec: options.highsTimeLimitSec ?? 60, mipRelGap: OPTIMALITY_GAP, lambda });
  const best = highs.plan !== null && highs.plan.objective > plan.objective ? highs.plan : plan;
  const bound = Math.max(best.objective, Math.min(plan.bound, highs.bound ?? Number.POSITIVE_INFINITY));
  const gap = bound > 0 ? (bound - best.objective) / bound : 0;
  // method 'highs': HiGHS took part, whether its incumbent or its bound (or both) carried the proof.
  return { ...best, bound, gap, method: 'highs', status: gap <= OPTIMALITY_GAP ? 'optimal' : 'feasible' };
}

const WORKER_FLAG = 'concord:solve-plan';

interface WorkerRequest {
  flag: typeof WORKER_FLAG;
  instance: Instance;
  options: SolvePlanOptions;
}
type WorkerReply = { ok: true; plan: Plan } | { ok: false; error: string };

/** Solves in a fresh worker thread; rejects if the worker fails or `timeoutMs` passes. */
export function solvePlanInWorker(instance: Instance, options: SolvePlanOptions = {}, timeoutMs = 120_000): Promise<Plan> {
  const self = import.meta.url;
  const boot =
    `import(${JSON.stringify(tsxEsmApi())})` +
    `.then(({ register }) => { register(); return import(${JSON.stringify(self)}); })` +
    `.catch((error) => { throw error; });`;
  const request: WorkerRequest = { flag: WORKER_FLAG, instance, options };
  return new Promise<Plan>((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: request });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`plan worker timed out after ${timeoutMs} ms`))), timeoutMs);
    worker.once('message', (reply: WorkerReply) => finish(() => (reply.ok ? resolve(reply.plan) : reject(new Error(reply.error)))));
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`plan worker exited with code ${code} before answering`))));
  });
}

/** URL of tsx's ESM register API (its CommonJS twin cannot register from an eval'd worker). */
function tsxEsmApi(): string {
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  if (typeof resolve === 'function') return resolve('tsx/esm/api');
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}

function isRequest(data: unknown): data is WorkerRequest {
  return typeof data === 'object' && data !== null && (data as { flag?: unknown }).flag === WORKER_FLAG;
}

if (!isMainThread && parentPort !== null && isRequest(workerData)) {
  const port = parentPort;
  const { instance, options } = workerData;
  solvePlan(instance, options).then(
    (plan) => port.postMessage({ ok: true, plan } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
}
