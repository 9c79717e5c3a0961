import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { VaccineCandidateInputSchema } from '../../../shared/schemas/research-vaccines';
import type { VaccinesService } from './vaccines.service';

// The documented public candidates of 2020 that ship in data/seed/vaccines, each citing the sources it was
// checked against (PROVENANCE.md there); a value no source confirmed stays marked unverified, loaded into an
// empty tracker.

export const VACCINE_SEED_FILE = new URL('../../../../data/seed/vaccines/candidates.json', import.meta.url);

const SeedFileSchema = z.object({ candidates: z.array(VaccineCandidateInputSchema) });

/** The shipped candidates, checked by the same schema as a researcher's proposal. */
export function readVaccineSeed(file: URL = VACCINE_SEED_FILE) {
  return SeedFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).candidates;
}

export async function seedVaccines(vaccines: VaccinesService, file: URL = VACCINE_SEED_FILE) {
  return vaccines.seed(readVaccineSeed(file));
}
