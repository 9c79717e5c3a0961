import type { Db } from '../../db/types';
import type { CountriesService } from '../countries/countries.service';
import { seedGenomes } from './genomes.seed';
import type { ResearchService } from './research.service';
import { seedVaccines } from './vaccines.seed';
import { seedResults } from './results.seed';

/** First-start seeding of the research module: the open genomes and the vaccine candidates, each only into empty tables. */
export async function seedResearch(db: Db, research: ResearchService, countries: CountriesService) {
  const vaccines = await seedVaccines(research.vaccines);
  const results = await seedResults(research.results);
  const genomes = await seedGenomes(db, research, countries);
  if (!vaccines && !genomes && !results) return null;
  return { vaccines: vaccines?.candidates ?? 0, results: results?.results ?? 0, genomes: genomes?.genomes ?? 0, genomesSkipped: genomes?.skipped.length ?? 0 };
}
