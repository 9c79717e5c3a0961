import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { greedyByPriority } from '../src/core/allocation/greedy-by-priority';
import { randomInstance } from '../src/core/allocation/random-instance';
import { OPTIMALITY_GAP, solveAllocation } from '../src/core/allocation/solve';
import { solveWithHighs } from '../src/server/workers/solver/highs-solve';

// Allocation benchmark (issue 4): our structured solver against HiGHS solving the same MILP directly,
// and against a greedy-by-priority baseline, on seeded random instances of 200 and 5,000 recipients ×
// 50 items, with and without a freight limit. `npx tsx bench/allocation.ts` prints JSON and writes
// bench/results/allocation.json. Figures only: no timed assertions anywhere.

const HIGHS_TIME_LIMIT_SEC = 60;
const RUNS = 7;
const WARM_UPS = 10;

interface Case {
  name: string;
  recipients: number;
  items: number;
  freightShare?: number;
  seed: number;
}

const CASES: Case[] = [
  { name: '200x50', recipients: 200, items: 50, seed: 20200401 },
  { name: '200x50-freight', recipients: 200, items: 50, freightShare: 0.5, seed: 20200401 },
  { name: '5000x50', recipients: 5000, items: 50, seed: 20200402 },
  { name: '5000x50-freight', recipients: 5000, items: 50, freightShare: 0.5, seed: 20200402 },
];

const round = (x: number, digits = 6) => Number(x.toPrecision(digits));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function runCase(c: Case) {
  const instance = randomInstance({ recipients: c.recipients, items: c.items, seed: c.seed, freightShare: c.freightShare });
  for (let k = 0; k < WARM_UPS; k++) solveAllocation(instance); // JIT warm-up
  const times: number[] = [];
  let plan = solveAllocation(instance);
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    plan = solveAllocation(instance);
    times.push((performance.now() - started) / 1000);
  }
  const ours = {
    seconds: round(median(times), 4),
    status: plan.status,
    method: plan.method,
    nodes: plan.nodes,
    objective: round(plan.objective, 10),
    bound: round(plan.bound, 10),
    gap: plan.gap,
    withinProvenGap: plan.gap <= OPTIMALITY_GAP,
  };

  const baseline = greedyByPriority(instance);
  const highs = await solveWithHighs(instance, { timeLimitSec: HIGHS_TIME_LIMIT_SEC, mipRelGap: OPTIMALITY_GAP });
  const highsObjective = highs.plan?.objective ?? null;
  return {
    case: c.name,
    recipients: c.recipients,
    items: c.items,
    demands: instance.demands.length,
    freightCapacityKg: instance.freightCapacityKg ?? null,
    ours,
    highs: {
      seconds: round(highs.seconds, 4),
      status: highs.status,
      hitTimeLimit: highs.hitTimeLimit,
      timeLimitSec: HIGHS_TIME_LIMIT_SEC,
      objective: highsObjective === null ? null : round(highsObjective, 10),
      bound: highs.bound === null ? null : round(highs.bound, 10),
      nodes: highs.nodes,
    },
    timeRatioHighsOverOurs: round(highs.seconds / ours.seconds, 4),
    objectiveRatioOursOverHighs: highsObjective === null || highsObjective === 0 ? null : round(plan.objective / highsObjective, 8),
    baseline: {
      method: 'greedy-by-priority',
      objective: round(baseline.objective, 10),
      objectiveRatioBaselineOverOurs: round(baseline.objective / plan.objective, 6),
    },
  };
}

export async function runAllocationBench(): Promise<object> {
  const cases = [];
  for (const c of CASES) cases.push(await runCase(c));
  const small = cases.filter((c) => c.recipients === 200);
  const large = cases.filter((c) => c.recipients === 5000);
  return {
    bench: 'allocation',
    command: 'npx tsx bench/allocation.ts',
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    runsPerCase: RUNS,
    timing: `ours: median of ${RUNS} runs after ${WARM_UPS} warm-ups, whole solve incl. explanations; HiGHS: one run, LP text build + solve (WASM loaded beforehand)`,
    cases,
    targets: {
      '200x50 under 1 s': small.every((c) => c.ours.seconds < 1),
      '200x50 at least 10x faster than HiGHS': small.every((c) => c.timeRatioHighsOverOurs >= 10),
      '5000x50 under 10 s': large.every((c) => c.ours.seconds < 10),
      'every plan within the proven 1e-4 gap': cases.every((c) => c.ours.withinProvenGap),
    },
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runAllocationBench();
  const text = `${JSON.stringify(result, null, 2)}\n`;
  const out = fileURLToPath(new URL('./results/allocation.json', import.meta.url));
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(out, text);
  process.stdout.write(text);
}
