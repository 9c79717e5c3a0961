import type { FastifyBaseLogger } from 'fastify';
import { seedCountries } from './modules/countries/countries.seed';
import type { Services } from './services';

/**
 * First-start seeding from the data that ships in data/: each step fills its tables only when they are
 * empty, so a restart never duplicates or overwrites what users changed.
 */
export async function seedDatabase(services: Services, level: 'full' | 'minimal', log: Pick<FastifyBaseLogger, 'info'>): Promise<void> {
  const countries = await seedCountries(services.db, services.clock);
  if (countries) log.info(countries, 'seeded countries and partner organisations');
  if (level === 'minimal') return;
}
