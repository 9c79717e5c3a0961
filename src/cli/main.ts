import { Command } from 'commander';
import { commands } from './commands/index';

const program = new Command('concord')
  .description('Concord: international cooperation against an epidemic')
  .showHelpAfterError();

for (const register of commands) register(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`concord: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = process.exitCode || 1;
});
