import { z } from 'zod';

// Parsed once at boot: a wrong setting stops the process with a message that names it.
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  CONCORD_DB: z.string().min(1).default('./data/concord.db'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 90).default(12),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(10),
  TRUST_PROXY: z.string().optional().describe('addresses or CIDRs of a reverse proxy whose X-Forwarded-For is trusted'),
  WEB_DIST: z.string().default('./dist/web'),
  CONCORD_SEED: z.enum(['full', 'minimal', 'none']).default('full'),
  CONCORD_IN_PROCESS_WORKER: z
    .stringbool()
    .default(true)
    .describe('on PostgreSQL, whether the web server also takes background jobs from the queue; false when `concord worker` processes run them'),
  CONCORD_IMPORT_JOBS_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(36_500)
    .default(30)
    .describe('after how many days an ended import job (its outcome) is deleted; queued and running jobs are kept'),
  CONCORD_DOWNLOAD_MAX_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(30)
    .describe('how long one genome download may read (hold its database snapshot) before it is cut short (ADR 061)'),
  IP_COUNTRY_DB: z.string().min(1).optional().describe('a MaxMind-format (.mmdb) IP-to-country database to use instead of the one that ships'),
});

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
