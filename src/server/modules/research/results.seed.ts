import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ResultRecordSchema } from '../../../shared/schemas/research-results';
import type { ResultsService } from './results.service';

// Documented public results (RECOVERY, CoDEX, REMAP-CAP, CAPE COVID, ACTT-1, the Hubei remdesivir trial and
// the first genome paper) shipped in data/seed/results, each with its DOI and registry ids. Each was checked
// against its published abstract and registry record (data/seed/results/PROVENANCE.md); a record whose
// note names a figure that could not be confirmed stays unverified, and the app shows the mark. Loaded into
// an empty exchange, published.

export const RESULTS_SEED_FILE = new URL('../../../../data/seed/results/results.json', import.meta.url);

const SeedFileSchema = z.object({ provenance: z.string(), results: z.array(ResultRecordSchema) });

export function readResultsSeed(file: URL = RESULTS_SEED_FILE) {
  return SeedFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).results;
}

export const seedResults = (results: ResultsService, file: URL = RESULTS_SEED_FILE) => results.seed(readResultsSeed(file));
