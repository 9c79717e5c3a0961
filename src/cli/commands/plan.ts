import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { validateInstance } from '../../core/allocation/validate-instance';
import { solvePlan } from '../../server/workers/solver/solve-in-worker';

interface PlanOptions {
  input: string;
  output?: string;
  gapTolerance?: string;
  highsTimeLimit?: string;
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(10).replace(/\.?0+$/, ''));

/**
 * `concord plan --input instance.json --output plan.json`: the optimised, explained batch plan of an
 * allocation instance (docs/decisions/030-allocation-model.md). Invalid instances are refused with exit
 * code 2 and the path of every bad field. Prints one summary line.
 */
export function register(program: Command): void {
  program
    .command('plan')
    .description('optimise a batch allocation: instance JSON in, explained plan JSON out')
    .requiredOption('--input <file>', 'instance JSON: { items, recipients, demands, freightCapacityKg? }')
    .option('--output <file>', 'where to write the plan JSON (default: stdout, with the summary on stderr)')
    .option('--gap-tolerance <gap>', 'relative gap at which branch-and-bound stops', '1e-7')
    .option('--highs-time-limit <seconds>', 'time limit of the HiGHS fallback', '60')
    .action(async (opts: PlanOptions) => {
      let text: string;
      try {
        text = await readFile(opts.input, 'utf8');
      } catch (error) {
        throw new Error(`cannot read ${opts.input}: ${error instanceof Error ? error.message : String(error)}`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        process.stderr.write(`concord plan: ${opts.input} is not valid JSON: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
        return;
      }
      const check = validateInstance(json);
      if (!check.ok) {
        process.stderr.write(`concord plan: instance refused, ${check.errors.length} error(s):\n`);
        for (const error of check.errors) process.stderr.write(`  ${error.path}: ${error.message}\n`);
        process.exitCode = 2;
        return;
      }
      const gapTolerance = Number(opts.gapTolerance ?? '1e-7');
      const highsTimeLimitSec = Number(opts.highsTimeLimit ?? '60');
      if (!(gapTolerance >= 0) || !(highsTimeLimitSec > 0)) {
        process.stderr.write('concord plan: --gap-tolerance must be ≥ 0 and --highs-time-limit > 0\n');
        process.exitCode = 2;
        return;
      }

      const started = performance.now();
      const plan = await solvePlan(check.instance, { gapTolerance, highsTimeLimitSec });
      const ms = performance.now() - started;
      const planText = `${JSON.stringify(plan, null, 2)}\n`;
      const summary =
        `${plan.status} objective=${fmt(plan.objective)} bound=${fmt(plan.bound)} gap=${plan.gap === 0 ? 0 : plan.gap.toExponential(2)} ` +
        `time=${ms.toFixed(1)}ms method=${plan.method} allocations=${plan.allocations.length}\n`;
      if (opts.output !== undefined) {
        await writeFile(opts.output, planText);
        process.stdout.write(summary);
      } else {
        process.stdout.write(planText);
        process.stderr.write(summary);
      }
    });
}
