import type { FastifyBaseLogger } from 'fastify';
import { seedAidDemo } from './modules/aid/aid.seed';
import { seedCountries } from './modules/countries/countries.seed';
import { seedResearch } from './modules/research/research.seed';
import { seedSituation } from './modules/situation/situation.seed';
import type { Services } from './services';

/**
 * First-start seeding from the data that ships in data/: each step fills its tables only when they are
 * empty, so a restart never duplicates or overwrites what users changed.
 */
export async function seedDatabase(services: Services, level: 'full' | 'minimal', log: Pick<FastifyBaseLogger, 'info'>): Promise<void> {
  const countries = await seedCountries(services.db, services.clock);
  if (countries) log.info(countries, 'seeded countries and partner organisations');
  if (level === 'minimal') return;
  const situation = await seedSituation(services.db, services.situation);
  if (situation) log.info(situation, 'seeded the JHU case and death series');
  const aid = await seedAidDemo(services.db, services.clock);
  if (aid) log.info(aid, 'seeded the aid demo (demo data: donor supply, reserve, partner requests and pledges)');
  const research = await seedResearch(services.db, services.research, services.countries);
  if (research) log.info(research, 'seeded the vaccine tracker and the genome repository (genomes analysed in the background)');
}
