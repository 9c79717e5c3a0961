import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { validateInstance } from '../../core/allocation/validate-instance';
import { solvePlan } from '../../server/workers/solver/solve-in-worker';
import { EXIT_BAD_INPUT, InputFileError, readTextInput } from '../read-input';

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
const INPUT_HELP = `
Input (--input): one JSON object, every quantity in units (docs/decisions/030-allocation-model.md)
  items       [{ id, packSize, available, reserve, value?, packWeightKg? }]
              available: stock + production to the batch date − committed; reserve: kept at home, never sent
  recipients  [{ id, priority }]              priority w in [0, 1]
  demands     [{ recipient, item, quantity }] what each recipient still needs of each item
  freightCapacityKg?  the batch's freight capacity (with packWeightKg)

Example (instance.json):
  {
    "items": [{ "id": "mask", "packSize": 10, "available": 95, "reserve": 20 }],
    "recipients": [{ "id": "KEN", "priority": 1 }, { "id": "PAK", "priority": 0.5 }],
    "demands": [
      { "recipient": "KEN", "item": "mask", "quantity": 40 },
      { "recipient": "PAK", "item": "mask", "quantity": 80 }
    ]
  }

  $ concord plan --input instance.json --output plan.json
  optimal objective=0.625 bound=0.625 gap=0 time=2.1ms method=greedy allocations=2
`;

export function register(program: Command): void {
  program
    .command('plan')
    .description('optimise a batch allocation: instance JSON in, explained plan JSON out')
    .addHelpText('after', INPUT_HELP)
    .requiredOption('--input <file>', 'instance JSON: { items, recipients, demands, freightCapacityKg? }')
    .option('--output <file>', 'where to write the plan JSON (default: stdout, with the summary on stderr)')
    .option('--gap-tolerance <gap>', 'relative gap at which branch-and-bound stops', '1e-7')
    .option('--highs-time-limit <seconds>', 'time limit of the HiGHS fallback', '60')
    .action(async (opts: PlanOptions) => {
      let text: string;
      try {
        text = await readTextInput(opts.input);
      } catch (error) {
        if (error instanceof InputFileError) process.exitCode = EXIT_BAD_INPUT;
        throw error;
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
