import { readFileSync } from 'node:fs';
import { systemActor } from '../../auth/actor';
import type { Db } from '../../db/types';
import { countSeries } from './situation.repo';
import type { SituationService } from './situation.service';

export const JHU_SEED_DIR = new URL('../../../../data/seed/jhu/', import.meta.url);

/**
 * Imports the shipped JHU series when no series is stored yet (returns the import's summary, else null), then
 * computes the indicators once so that the first visitor does not wait for them.
 */
export async function seedSituation(db: Db, situation: SituationService, dir: URL = JHU_SEED_DIR) {
  const seeded = (await countSeries(db)) > 0 ? null : await importShipped(situation, dir);
  await situation.overview();
  return seeded;
}

async function importShipped(situation: SituationService, dir: URL) {
  const files = {
    confirmed: readFileSync(new URL('time_series_covid19_confirmed_global.csv', dir), 'utf8'),
    deaths: readFileSync(new URL('time_series_covid19_deaths_global.csv', dir), 'utf8'),
  };
  const summary = await situation.importFiles(systemActor('seed'), { source: 'jhu', files });
  return { source: summary.source, countries: summary.countries, days: summary.days, rows: summary.rows, warnings: summary.warningCount };
}
