import { createAuthService } from './auth/auth.service';
import type { Clock } from './clock';
import type { Db, Dialect } from './db/types';
import { createUsersService } from './modules/accounts/users.service';
import { createAuditService } from './modules/audit/audit.service';
import { createCountriesService } from './modules/countries/countries.service';

export interface ServiceContext {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  sessionTtlHours: number;
}

// The one place services are wired together; routes and the CLI get them from here.
export function createServices(ctx: ServiceContext) {
  const audit = createAuditService(ctx.db, ctx.clock);
  const countries = createCountriesService(ctx.db);
  const users = createUsersService({ db: ctx.db, clock: ctx.clock, audit, countries });
  const auth = createAuthService({ db: ctx.db, clock: ctx.clock, audit, sessionTtlHours: ctx.sessionTtlHours });
  return { ...ctx, audit, countries, users, auth };
}

export type Services = ReturnType<typeof createServices>;
