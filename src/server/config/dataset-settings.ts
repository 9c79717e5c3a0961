import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// The settings of a pathogen dataset that are not the genome engine's (settings.json beside the reference):
// the outbreak's first date, which bounds the dates an import may hold, where it began, and the limits of a
// submitted genome.
// Read once per process; a wrong file stops the start with a message naming the key.

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const DatasetSettingsSchema = z.object({
  outbreakStart: IsoDate,
  maxSequenceLengthFactor: z.number().min(1).max(10),
  maxStrainNameLength: z.number().int().min(10).max(1000),
  /** Where the outbreak began: the country the spread view and the arrival check start from, and its airport. */
  outbreakOrigin: z
    .object({ iso3: z.string().regex(/^[A-Z]{3}$/), airport: z.string().regex(/^[A-Z]{3}$/) })
    .optional(),
});

export type DatasetSettings = z.infer<typeof DatasetSettingsSchema>;

/** data/datasets/sars-cov-2 in the repository: the dataset Concord ships. */
const SHIPPED_DIR = resolve(fileURLToPath(new URL('../../../data/datasets/sars-cov-2', import.meta.url)));

const loaded = new Map<string, DatasetSettings>();

export function datasetSettings(dir: string = SHIPPED_DIR): DatasetSettings {
  const key = resolve(dir);
  const cached = loaded.get(key);
  if (cached !== undefined) return cached;
  const file = join(key, 'settings.json');
  const result = DatasetSettingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  loaded.set(key, result.data);
  return result.data;
}
