import type { Db } from '../../db/types';
import type { CountriesService } from '../countries/countries.service';
import { seedGenomes } from './genomes.seed';
import type { ResearchService } from './research.service';
import { seedVaccines } from './vaccines.seed';

/** First-start seeding of the research module: the open genomes and the vaccine candidates, each only into empty tables. */
export async function seedResearch(db: Db, research: ResearchService, countries: CountriesService) {
  const vaccines = await seedVaccines(research.vaccines);
  const genomes = await seedGenomes(db, research, countries);
  if (!vaccines && !genomes) return null;
  return { vaccines: vaccines?.candidates ?? 0, genomes: genomes?.genomes ?? 0, genomesSkipped: genomes?.skipped.length ?? 0 };
}
