import type { Command } from 'commander';
import { RoleSchema } from '../../shared/schemas/roles';
import { CreateUserSchema } from '../../shared/schemas/users';
import { readSecret } from '../read-secret';

export function register(program: Command): void {
  const user = program.command('user').description('manage accounts');
  user
    .command('add')
    .description('create an account; the password is read from stdin, never from the command line')
    .requiredOption('--email <email>', 'the sign-in email')
    .requiredOption('--role <role>', `one of ${RoleSchema.options.join(', ')}`)
    .option('--name <name>', 'display name (default: the part of the email before @)')
    .option('--partner <id>', 'partner id, for a partner_focal_point (ISO3 or ORG-...)')
    .option('--post <id>', 'embassy or consulate id, for a consular_officer')
    .action(async (opts: { email: string; role: string; name?: string; partner?: string; post?: string }) => {
      const password = await readSecret('password: ');
      if (password === '') {
        process.exitCode = 2;
        throw new Error('no password was given: type it at the prompt, or pipe it on stdin (echo "$PASSWORD" | concord user add ...)');
      }
      const parsed = CreateUserSchema.safeParse({
        email: opts.email,
        role: opts.role,
        displayName: opts.name ?? opts.email.split('@')[0],
        password,
        partnerId: opts.partner ?? null,
        postId: opts.post ?? null,
      });
      if (!parsed.success) {
        process.exitCode = 2;
        throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
      }
      const [{ systemActor }, { parseEnv }, { openRuntime, seedIfEmpty }] = await Promise.all([
        import('../../server/auth/actor'),
        import('../../server/config/env'),
        import('../../server/runtime'),
      ]);
      const env = parseEnv();
      const runtime = await openRuntime(env);
      try {
        await seedIfEmpty({ ...env, CONCORD_SEED: 'minimal' }, runtime, { info: () => {} });
        const created = await runtime.services.users.create(systemActor('cli'), parsed.data);
        process.stdout.write(`created ${created.role} ${created.email} (id ${created.id})\n`);
      } finally {
        await runtime.close();
      }
    });
}
