import { createAuthService } from './auth/auth.service';
import type { Clock } from './clock';
import type { ChangeSignal } from './db/change-signal';
import type { Db, Dialect } from './db/types';
import { createUsersService } from './modules/accounts/users.service';
import { createAidService } from './modules/aid/aid.service';
import { createAuditService } from './modules/audit/audit.service';
import { createCountriesService } from './modules/countries/countries.service';
import { createResearchService } from './modules/research/research.service';
import { createSituationService } from './modules/situation/situation.service';

export interface ServiceContext {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  sessionTtlHours: number;
  /** How this process hears of other processes' changes (PostgreSQL NOTIFY); none by default. */
  signal?: ChangeSignal;
  /** IP-to-country database file (IP_COUNTRY_DB); the shipped one when absent. */
  ipCountryDb?: string;
}

// The one place services are wired together; routes and the CLI get them from here.
export function createServices(ctx: ServiceContext) {
  const audit = createAuditService(ctx.db, ctx.clock);
  const countries = createCountriesService(ctx.db);
  const users = createUsersService({ db: ctx.db, clock: ctx.clock, audit, countries });
  const auth = createAuthService({ db: ctx.db, clock: ctx.clock, audit, sessionTtlHours: ctx.sessionTtlHours });
  const situation = createSituationService({ db: ctx.db, dialect: ctx.dialect, clock: ctx.clock, audit, countries, signal: ctx.signal });
  const aid = createAidService({ db: ctx.db, clock: ctx.clock, audit, countries, situation });
  const research = createResearchService({ db: ctx.db, clock: ctx.clock, audit, countries, ipCountryDb: ctx.ipCountryDb });
  return { ...ctx, audit, countries, users, auth, research, aid, situation };
}

export type Services = ReturnType<typeof createServices>;
