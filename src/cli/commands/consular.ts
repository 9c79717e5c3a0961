import type { Command } from 'commander';

// `concord consular anonymise [--days N]` and `concord consular reencrypt-passports` (ADR 071).
async function withRuntime(work: (services: import('../../server/services').Services, actor: import('../../server/auth/actor').Actor) => Promise<void>): Promise<void> {
  const [{ systemActor }, { parseEnv }, { openRuntime }] = await Promise.all([import('../../server/auth/actor'), import('../../server/config/env'), import('../../server/runtime')]);
  const runtime = await openRuntime(parseEnv());
  try {
    await work(runtime.services, systemActor('cli'));
  } finally {
    await runtime.close();
  }
}

/** The retention in days: the option, else CONCORD_CONSULAR_RETENTION_DAYS, else two years. */
const retentionDays = (option: string | undefined) => {
  const days = Number(option ?? process.env.CONCORD_CONSULAR_RETENTION_DAYS ?? 730);
  if (!Number.isInteger(days) || days < 30 || days > 36_500) throw new Error('the retention is a whole number of days from 30 to 36500');
  return days;
};

export function register(program: Command): void {
  const command = program.command('consular').description('consular records: retention and passport keys');
  command
    .command('anonymise')
    .description('anonymise closed cases and citizens untouched for longer than the retention (names, passports, phones removed; figures kept)')
    .option('--days <n>', 'retention in days (default CONCORD_CONSULAR_RETENTION_DAYS, else 730)')
    .action(async (opts: { days?: string }) => {
      const days = retentionDays(opts.days);
      await withRuntime(async (services, actor) => {
        const r = await services.consular.maintenance.anonymise(actor, days);
        process.stdout.write(`anonymised ${r.cases} closed case(s) and ${r.citizens} citizen(s) last changed before ${r.before}\n`);
      });
    });
  command
    .command('reencrypt-passports')
    .description('re-encrypt every passport under the newest key (CONCORD_SECRET_KEY_V2); resumable, run again after a stop')
    .action(async () =>
      withRuntime(async (services, actor) => {
        const r = await services.consular.maintenance.reencryptPassports(actor);
        process.stdout.write(`re-encrypted ${r.reencrypted} passport(s) under ${r.key}; ${r.remaining} left\n`);
      }),
    );
}
