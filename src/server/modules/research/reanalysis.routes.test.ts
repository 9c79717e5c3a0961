import { afterAll, beforeAll, expect, it } from 'vitest';
import { ANALYSER_VERSION } from '../../../core/genome/analyser-version';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { fixtureGenomes, toFasta, toMetadata } from './research.test-support';

describeEachDialect('research re-analysis (ADR 014)', (getDb) => {
  let t: TestApp;
  let admin: TestClient;
  const genomes = fixtureGenomes(2);

  beforeAll(async () => {
    t = await createTestApp(getDb());
    admin = await t.signIn('admin');
    const researcher = await t.signIn('researcher');
    expect((await researcher.request('POST', '/api/research/submissions', { fasta: toFasta(genomes), metadata: toMetadata(genomes, 'KEN') })).statusCode).toBe(202);
    await t.services.research.idle();
  });
  afterAll(() => t.close());

  it('stores each analysis under the analyser’s version and the dataset’s digest; nothing is stale then', async () => {
    const status = await admin.request('GET', '/api/research/reanalysis');
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ stale: 0, total: 2 });
    expect(status.json().version).toMatch(new RegExp(`^${ANALYSER_VERSION.replace(/\./g, '\\.')}\\+[0-9a-f]{12}$`));
    const stored = await getDb().db.selectFrom('research_genomes').select('analysis_version').execute();
    expect(stored.map((g) => g.analysis_version)).toEqual([status.json().version, status.json().version]);
    const none = await admin.request('POST', '/api/research/reanalysis', {});
    expect(none.statusCode).toBe(409);
    expect(none.json().error.key).toBe('research.nothing-to-reanalyse');
  });

  it('analyses again the genomes stored under an older analyser, keeping them found meanwhile; admins only; audited', async () => {
    const db = getDb().db;
    const before = await db.selectFrom('research_genomes').select(['id', 'clade', 'qc_status']).orderBy('id').execute();
    // As an older analyser left them: no version, another clade and QC.
    await db.updateTable('research_genomes').set({ analysis_version: null, clade: '19A', qc_status: 'bad' }).execute();
    expect((await admin.request('GET', '/api/research/reanalysis')).json()).toMatchObject({ stale: 2, total: 2 });
    expect((await (await t.signIn('researcher')).request('POST', '/api/research/reanalysis', {})).statusCode).toBe(403);
    expect((await t.anonymous.request('GET', '/api/research/reanalysis')).statusCode).toBe(401);

    const started = await admin.request('POST', '/api/research/reanalysis', {});
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ stale: 2, total: 2 });
    await t.services.research.idle();

    expect((await admin.request('GET', '/api/research/reanalysis')).json()).toMatchObject({ stale: 0, total: 2 });
    expect(await db.selectFrom('research_genomes').select(['id', 'clade', 'qc_status']).orderBy('id').execute()).toEqual(before);
    // Still found by a mutation, and counted once in the trends.
    expect((await t.anonymous.request('GET', '/api/research/genomes?mutation=C241T&country=KEN')).json().total).toBe(2);
    expect((await t.anonymous.request('GET', '/api/research/trends/countries')).json().countries).toMatchObject([{ country: 'KEN', genomes: 2 }]);
    const log = await t.services.audit.list({ entityType: 'research_analysis_version', limit: 10, offset: 0 });
    expect(log.entries.map((e) => [e.action, e.summary])).toEqual([
      ['research.reanalysis.finish', expect.objectContaining({ reanalysed: 2, stale: 0 })],
      ['research.reanalysis.start', { stale: 2, total: 2 }],
    ]);
  });
});
