import { sql, type Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { seedCountries } from '../../countries/countries.seed';
import { insertGenomes, insertSubmission } from '../research.repo';
import { describeEachDialect } from '../../../db/test-databases.test-support';
import { researchVaccines } from './007-research-vaccines';

// Labels stored before migration 007 get their genome's country and date, so the trends count them.
describeEachDialect('migration 007: vaccine tracker and trend columns', (getDb, dialect) => {
  const now = '2026-03-02T10:00:00.000Z';

  beforeAll(async () => {
    await seedCountries(getDb().db, () => new Date(now));
  });

  it('fills the country and date of labels stored before, and goes down and up again', async () => {
    const { db } = getDb();
    const migrationDb = db as unknown as Kysely<unknown>;
    await researchVaccines(dialect).down(migrationDb);
    const submissionId = await insertSubmission(db, { status: 'done', total: 1, analysed: 1, failed: 0, errors: '[]', submitted_by: null, created_at: now });
    await insertGenomes(db, [
      { submission_id: submissionId, strain: 'KEN/1/2021', collection_date: '2021-01-10', country: 'KEN', host: 'h', originating_lab: 'o', submitting_lab: 's', sequence: '', status: 'analysed', submitted_by: null, created_at: now },
    ]);
    const genome = await db.selectFrom('research_genomes').select('id').where('strain', '=', 'KEN/1/2021').executeTakeFirstOrThrow();
    await sql`insert into research_genome_mutations (genome_id, kind, label) values (${genome.id}, 'aa', 'S:D614G')`.execute(db);

    await researchVaccines(dialect).up(migrationDb);
    const label = await db.selectFrom('research_genome_mutations').selectAll().where('genome_id', '=', genome.id).executeTakeFirstOrThrow();
    expect(label).toMatchObject({ label: 'S:D614G', country: 'KEN', collection_date: '2021-01-10' });
    expect(await db.selectFrom('research_vaccine_candidates').select('id').execute()).toEqual([]);
  });
});
