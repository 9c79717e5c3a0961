import type { Instance, Plan } from '../../../shared/schemas/plan';
import { OPTIMALITY_GAP, solveAllocation } from '../../../core/allocation/solve';
import { runInWorker, serveInWorker } from '../run-in-worker';
import { solveWithHighs } from './highs-solve';

// Plans run off the request loop, in a worker thread (workers/run-in-worker.ts).

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

interface WorkerRequest {
  instance: Instance;
  options: SolvePlanOptions;
}

/** Solves in a fresh worker thread, off the request loop; rejects if the worker fails or `timeoutMs` passes. */
export function solvePlanInWorker(instance: Instance, options: SolvePlanOptions = {}, timeoutMs = 120_000): Promise<Plan> {
  return runInWorker<WorkerRequest, Plan>(import.meta.url, { instance, options }, { timeoutMs });
}

serveInWorker<WorkerRequest, Plan>(import.meta.url, async ({ instance, options }) => ({ result: await solvePlan(instance, options) }));
