import loadHighs from 'highs';
import type { Instance, Plan } from '../../../shared/schemas/plan';
import { buildHighsModel } from '../../../core/allocation/highs-model';
import { buildPlan } from '../../../core/allocation/solve';

// HiGHS (WASM) solving the allocation MILP directly: the fallback of the structured solver and the
// yardstick of the benchmark. `solve` is synchronous and blocks its thread: call it from a worker
// (solve-in-worker.ts), never on the request loop. Always bounded by a time limit and a gap.

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highsPromise: Promise<Highs> | null = null;

/** Loads the WASM module once per thread. */
export function loadHighsOnce(): Promise<Highs> {
  highsPromise ??= loadHighs();
  return highsPromise;
}

export interface HighsSolveOptions {
  /** Wall-clock limit in seconds (HiGHS's time_limit). */
  timeLimitSec: number;
  /** Relative gap at which HiGHS may stop (mip_rel_gap). */
  mipRelGap: number;
  /** λ to quote in the explanations (from the Lagrangian), when known. */
  lambda?: number;
}

export interface HighsSolveResult {
  /** HiGHS model status, e.g. 'optimal', 'timeLimit'. */
  status: string;
  hitTimeLimit: boolean;
  /** HiGHS's incumbent and proven dual bound (null when it has none). */
  objective: number | null;
  bound: number | null;
  seconds: number;
  nodes: number;
  /** The incumbent as a plan (objective recomputed exactly), or null without a feasible solution. */
  plan: Plan | null;
}

export async function solveWithHighs(instance: Instance, options: HighsSolveOptions): Promise<HighsSolveResult> {
  const highs = await loadHighsOnce();
  const started = performance.now();
  const { lp, packColumns, prep } = buildHighsModel(instance);
  const statusName = new Map(Object.entries(highs.constants.modelStatus).map(([name, code]) => [code as number, name]));
  return highs.withModel({ format: 'lp', data: lp }, (model) => {
    model.options.set({
      output_flag: false,
      time_limit: options.timeLimitSec,
      mip_rel_gap: options.mipRelGap,
    });
    model.run();
    const code = model.getModelStatus();
    const status = statusName.get(code) ?? String(code);
    const info = (name: string): number | null => {
      try {
        const value = Number(model.info.get(name));
        return Number.isFinite(value) && Math.abs(value) < 1e30 ? value : null;
      } catch {
        return null;
      }
    };
    const primalStatus = info('primal_solution_status');
    const hasSolution = primalStatus === 2 || code === highs.constants.modelStatus.optimal;
    let plan: Plan | null = null;
    const bound = info('mip_dual_bound') ?? (code === highs.constants.modelStatus.optimal ? model.getObjectiveValue() : null);
    if (hasSolution && packColumns.length > 0) {
      const values = model.getSolution().colValue;
      const packs = new Float64Array(packColumns.length);
      packColumns.forEach((name, k) => (packs[k] = Math.max(0, Math.round(values[model.getColByName(name)]))));
      plan = buildPlan(prep, packs, {
        bound: bound ?? Number.MAX_VALUE,
        lambda: options.lambda ?? 0,
        method: 'highs',
        nodes: Math.max(0, Number(info('mip_node_count') ?? 0)),
      });
    } else if (hasSolution) {
      plan = buildPlan(prep, new Float64Array(0), { bound: null, lambda: 0, method: 'highs', nodes: 0 });
    }
    return {
      status,
      hitTimeLimit: code === highs.constants.modelStatus.timeLimit,
      objective: hasSolution ? model.getObjectiveValue() : null,
      bound,
      seconds: (performance.now() - started) / 1000,
      nodes: Math.max(0, Number(info('mip_node_count') ?? 0)),
      plan,
    };
  });
}
