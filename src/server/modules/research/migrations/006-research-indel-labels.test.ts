import type { Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { analyseGenome } from '../../../../core/genome/analyse-genome';
import { seedCountries } from '../../countries/countries.seed';
import { DEFAULT_DATASET_DIR, loadDataset } from '../../../workers/genome/load-dataset';
import { insertGenomes, insertSubmission } from '../research.repo';
import { fixtureGenomes } from '../research.test-support';
import { describeEachDialect } from '../../../db/test-databases.test-support';
import { researchIndelLabels } from './006-research-indel-labels';

// A genome analysed before deletions and insertions were labels becomes searchable by them.
describeEachDialect('migration 006: deletion and insertion labels', (getDb) => {
  const now = '2026-03-02T10:00:00.000Z';

  beforeAll(async () => {
    await seedCountries(getDb().db, () => new Date(now));
  });

  it('labels the deletions and insertions of genomes analysed before, once, and removes them on the way down', async () => {
    const { db } = getDb();
    const migrationDb = db as unknown as Kysely<unknown>; // what the migrator hands a migration
    const [genome] = fixtureGenomes(1, 11); // USA/JW1285/2021: one deletion, one insertion in the fixture's output
    const analysis = analyseGenome({ name: genome!.name, sequence: genome!.sequence }, await loadDataset(DEFAULT_DATASET_DIR));
    const submissionId = await insertSubmission(db, { status: 'done', total: 1, analysed: 1, failed: 0, errors: '[]', submitted_by: null, created_at: now });
    await insertGenomes(db, [
      {
        submission_id: submissionId, strain: genome!.name, collection_date: '2021-01-10', country: 'USA', host: 'h', originating_lab: 'o', submitting_lab: 's',
        sequence: genome!.sequence, status: 'analysed', analysis: JSON.stringify(analysis), submitted_by: null, created_at: now,
      },
    ]);
    const labels = async () =>
      (await db.selectFrom('research_genome_mutations').select('label').where((eb) => eb.or([eb('label', 'like', 'del:%'), eb('label', 'like', 'ins:%')])).orderBy('label').execute()).map((r) => r.label);
    expect(await labels()).toEqual([]);

    await researchIndelLabels().up(migrationDb);
    await researchIndelLabels().up(migrationDb); // a second run changes nothing
    const expected = [...analysis.deletions.map((d) => `del:${d.begin === d.end ? d.begin : `${d.begin}-${d.end}`}`), ...analysis.insertions.map((i) => `ins:${i.pos}:${i.ins}`)].sort();
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(await labels()).toEqual(expected);

    await researchIndelLabels().down(migrationDb);
    expect(await labels()).toEqual([]);
  });
});
