import { serverModules } from './modules';
import type { SeedLog } from './modules/module';
import type { Services } from './services';

/**
 * First-start seeding from the data that ships in data/: each module's seed fills its tables only when they are
 * empty, so a restart never duplicates or overwrites what users changed. 'minimal' runs only the minimal seeds.
 */
export async function seedDatabase(services: Services, level: 'full' | 'minimal', log: SeedLog): Promise<void> {
  for (const module of serverModules) {
    if (!module.seed || (level === 'minimal' && module.seed.level === 'full')) continue;
    const seeded = await module.seed.run(services);
    if (seeded) log.info(seeded, module.seed.message);
  }
}
