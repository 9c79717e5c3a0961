import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp } from '../../test-support/test-app.test-support';
import { GENOME_SEED_DIR, seedGenomes } from './genomes.seed';

// The shipped seed files, cut to a few records (analysing all 329 is the first start's job, not a test's),
// plus two records the seed must leave out.
function smallSeed(): URL {
  const dir = mkdtempSync(join(tmpdir(), 'concord-genome-seed-'));
  const [header, ...rows] = readFileSync(new URL('metadata.tsv', GENOME_SEED_DIR), 'utf8').trimEnd().split('\n');
  const picked = rows.filter((r) => /^(Australia\/VIC1000\/2020|Australia\/VIC1008\/2020|Wuhan\/WH01\/2019)\t/.test(r));
  const noCountry = picked[0]!.replace(/^Australia\/VIC1000\/2020/, 'Atlantis/1/2020').replace('\tAustralia\t', '\tAtlantis\t');
  const byMonth = picked[1]!.replace(/^Australia\/VIC1008\/2020/, 'Australia/month/2020').replace('\t2020-03-31\t', '\t2020-03\t');
  writeFileSync(join(dir, 'metadata.tsv'), [header, ...picked, noCountry, byMonth].join('\n'));
  const fasta = gunzipSync(readFileSync(new URL('sequences.fasta.gz', GENOME_SEED_DIR))).toString('utf8');
  const wanted = new Set(['Australia/VIC1000/2020', 'Australia/VIC1008/2020', 'Wuhan/WH01/2019']);
  const records = fasta.split(/(?=^>)/m).filter((r) => wanted.has(r.slice(1, r.indexOf('\n')).trim()));
  const renamed = records.map((r) => r.replace('>Australia/VIC1000/2020', '>Atlantis/1/2020').replace('>Australia/VIC1008/2020', '>Australia/month/2020'));
  writeFileSync(join(dir, 'sequences.fasta.gz'), gzipSync([...records, ...renamed].join('')));
  return pathToFileURL(`${dir}/`);
}

describeEachDialect('genome seed', (getDb) => {
  let t: TestApp;
  let dir: URL;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    dir = smallSeed();
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('submits the shipped genomes to an empty repository, where they are analysed and show in the trends', async () => {
    const outcome = await seedGenomes(t.services.db, t.services.research, t.services.countries, dir);
    expect(outcome).toMatchObject({ genomes: 3, skipped: ['Atlantis/1/2020', 'Australia/month/2020'] });
    await t.services.research.idle();
    const job = await t.services.research.job(systemActor('test'), outcome!.submissionId);
    expect(job).toMatchObject({ status: 'done', analysed: 3, failed: 0 });
    const aus = await t.services.research.trends.clades({ country: 'AUS', period: 'month' });
    expect(aus.periods).toMatchObject([{ period: '2020-03', total: 2 }]);
    const chn = await t.services.research.trends.clades({ country: 'CHN', period: 'month' });
    expect(chn.periods).toMatchObject([{ period: '2019-12', total: 1, clades: [{ clade: '19A', count: 1 }] }]);
    const log = await t.services.audit.list({ entityType: 'research_submission', entityId: String(outcome!.submissionId), limit: 10, offset: 0 });
    expect(log.entries.map((e) => e.action)).toContain('research.submission.create');
  });

  it('leaves a repository that holds genomes alone', async () => {
    expect(await seedGenomes(t.services.db, t.services.research, t.services.countries, dir)).toBeNull();
  });
});
