import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../auth/actor';
import { GenomeSearchSchema } from '../../../shared/schemas/research';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { Conflict, NotFound, Unprocessable } from '../../errors';
import { createUsersService } from '../accounts/users.service';
import { createAuditService } from '../audit/audit.service';
import { createCountriesService } from '../countries/countries.service';
import { seedCountries } from '../countries/countries.seed';
import { insertGenomes, insertSubmission } from './research.repo';
import { createResearchService, type ResearchService } from './research.service';
import { fixtureGenomes, toFasta, toMetadata } from './research.test-support';

const clock = () => new Date('2026-03-02T10:00:00Z');
const actor = systemActor('test');

async function readAll(body: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of body) text += chunk;
  return text;
}

describeEachDialect('research service', (getDb) => {
  let research: ResearchService;
  const genomes = fixtureGenomes(2);

  beforeAll(async () => {
    const { db } = getDb();
    await seedCountries(db, clock);
    const audit = createAuditService(db, clock);
    research = createResearchService({ db, clock, audit, countries: createCountriesService(db) });
  });
  afterAll(() => research.close());

  it('stores a submission, analyses it in the background and makes it searchable by nucleotide and amino-acid change', async () => {
    const job = await research.submit(actor, { fasta: toFasta(genomes), metadata: toMetadata(genomes) });
    expect(job).toMatchObject({ status: 'queued', total: 2 });
    await research.idle();
    expect(await research.job(actor, job.id)).toMatchObject({ status: 'done', analysed: 2, failed: 0 });

    for (const mutation of ['C241T', 'S:D614G', 'S:H69-']) {
      const page = await research.search({ mutation, limit: 50, offset: 0 });
      expect(page.total, mutation).toBe(2);
    }
    const page = await research.search({ mutation: 'C241T', country: 'GBR', from: '2021-01-11', to: '2021-12-31', limit: 50, offset: 0 });
    expect(page.genomes.map((g) => g.strain)).toEqual([genomes[1]!.name]);
    expect(page.genomes[0]).toMatchObject({ clade: expect.stringMatching(/^20I/), 'qc.overallStatus': expect.any(String), status: 'analysed', totalSubstitutions: 26 });
    expect((await research.search({ mutation: 'G1T', limit: 50, offset: 0 })).total).toBe(0);
    const qc = page.genomes[0]!['qc.overallStatus']!;
    expect((await research.search({ qc, clade: page.genomes[0]!.clade!, limit: 50, offset: 0 })).genomes.map((g) => g.strain)).toContain(genomes[1]!.name);
    expect((await research.search({ qc: qc === 'bad' ? 'good' : 'bad', mutation: 'C241T', country: 'GBR', from: '2021-01-11', limit: 50, offset: 0 })).total).toBe(0);

    const detail = await research.genome(page.genomes[0]!.id);
    expect(detail.substitutions).toContain('A23403G');
    expect(detail.aaSubstitutions).toContain('S:D614G');
    expect(detail.deletions).toContain('11288-11296');
  });

  it('lists every metadata problem and stores nothing', async () => {
    const more = fixtureGenomes(2, 2);
    const metadata = toMetadata(more).replace('\tGBR\t', '\tGB\t').replace('2021-01-11', '11/01/2021');
    const error = await research.submit(actor, { fasta: toFasta([...more, genomes[0]!]), metadata: `${metadata}\n${genomes[0]!.name}\t2021-01-01\tGBR\th\tl\tl` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unprocessable);
    expect((error as Unprocessable).details.map((d) => d.path)).toEqual(['metadata line 2: country', 'metadata line 3: date', 'metadata line 4: strain']);
    expect((await research.search({ limit: 50, offset: 0 })).total).toBe(2);
  });

  it('downloads the genomes of a search as FASTA, TSV and NDJSON', async () => {
    const fasta = await research.download({ format: 'fasta', mutation: 'S:D614G' });
    expect(fasta.count).toBe(2);
    const text = await readAll(fasta.body);
    expect(text.split('\n').filter((l) => l.startsWith('>'))).toEqual(genomes.map((g) => `>${g.name}`));
    expect(text).toContain(genomes[0]!.sequence);

    const tsv = (await readAll((await research.download({ format: 'tsv', country: 'GBR' })).body)).trimEnd().split('\n');
    expect(tsv[0]!.split('\t').slice(0, 9)).toEqual(['strain', 'date', 'country', 'host', 'originating_lab', 'submitting_lab', 'seqName', 'clade', 'qc.overallScore']);
    expect(tsv).toHaveLength(3);
    expect(tsv[1]).toContain('C241T');

    const ndjson = (await readAll((await research.download({ format: 'ndjson' })).body)).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(ndjson[0]).toMatchObject({ strain: genomes[0]!.name, country: 'GBR', analysis: { seqName: genomes[0]!.name, totalSubstitutions: 38 } });
  });

  it('finds genomes by nucleotide deletion and insertion, written as Nextclade writes them', async () => {
    const [inserted] = fixtureGenomes(1, 11); // the fixture's USA/JW1285/2021
    await research.submit(actor, { fasta: toFasta([inserted!]), metadata: toMetadata([inserted!], 'USA') });
    await research.idle();
    // The query as the route reads it: the schema turns what was typed into a label once.
    const found = async (mutation: string) => (await research.search(GenomeSearchSchema.parse({ mutation }))).genomes.map((g) => g.strain).sort();
    // Expected: the genomes whose own analysis lists that deletion or insertion.
    const stored = await Promise.all((await research.search({ limit: 50, offset: 0 })).genomes.map((g) => research.genome(g.id)));
    const listing = (list: 'deletions' | 'insertions', value: string) => stored.filter((g) => g[list].includes(value)).map((g) => g.strain).sort();

    const range = listing('deletions', '11288-11296');
    expect(range).toEqual(genomes.map((g) => g.name).sort());
    for (const query of ['del:11288-11296', '11288-11296', ' DEL:11288-11296 ']) expect(await found(query), query).toEqual(range);
    expect(await found('11288-11295')).toEqual([]); // a range is matched whole, not by overlap
    const single = listing('deletions', '28271');
    expect(single.length).toBeGreaterThan(0);
    for (const query of ['28271', 'del:28271', '28271-28271']) expect(await found(query), query).toEqual(single);

    const insertion = stored.find((g) => g.strain === inserted!.name)!.insertions[0]!;
    expect(insertion).toMatch(/^\d+:[ACGT]+$/);
    expect(await found(insertion)).toEqual([inserted!.name]);
    expect(await found(`ins:${insertion.toLowerCase()}`)).toEqual([inserted!.name]);
    expect(await found(insertion.slice(0, -1))).toEqual([]);
  });

  it('turns down a malformed mutation with what was expected, and finds an amino-acid change typed in lower case', async () => {
    for (const query of ['D614G', 'del:300-200', '0', 'ins:22205:', '22205:XYZ']) {
      const parsed = GenomeSearchSchema.safeParse({ mutation: query });
      expect(parsed.success, query).toBe(false);
      expect(parsed.error?.issues.map((i) => i.path), query).toEqual([['mutation']]);
    }
    const error = await research.search(GenomeSearchSchema.parse({ mutation: 'spike:D614G' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, details: [{ path: 'querystring.mutation', message: expect.stringContaining('no gene spike') }] });
    const lower = await research.search(GenomeSearchSchema.parse({ mutation: 's:d614g' }));
    expect(lower.total).toBe((await research.search(GenomeSearchSchema.parse({ mutation: 'S:D614G' }))).total);
    expect(lower.total).toBeGreaterThan(0);
  });

  it('refuses a genome over twice the reference length and a strain name over 300 characters, storing nothing', async () => {
    const [genome] = fixtureGenomes(1, 40);
    const giant = { name: 'giant/1', sequence: genome!.sequence.repeat(3) };
    const named = { name: `n${'x'.repeat(400)}`, sequence: genome!.sequence };
    const error = await research.submit(actor, { fasta: toFasta([giant, named]), metadata: toMetadata([giant, named]) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unprocessable);
    const details = (error as Unprocessable).details;
    expect(details.map((d) => d.path)).toEqual(['fasta line 1: sequence', expect.stringMatching(/^fasta line \d+: name$/), 'metadata line 2: strain', 'metadata line 3: strain']);
    expect(details[0]!.message).toMatch(/at most 59,806 are accepted/);
    expect(details[1]!.message).toBe('the strain name has 401 characters; at most 300 are accepted');
    expect((await research.search({ limit: 50, offset: 0 })).genomes.some((g) => g.strain === 'giant/1')).toBe(false);
  });

  it('leaves genomes whose analysis failed out of downloads unless asked for', async () => {
    const { db } = getDb();
    const [genome] = fixtureGenomes(1, 41);
    const submissionId = await insertSubmission(db, { status: 'done', total: 1, analysed: 0, failed: 1, errors: '[]', submitted_by: null, created_at: '2026-03-01T00:00:00Z' });
    await insertGenomes(db, [{ submission_id: submissionId, strain: 'failed/1', collection_date: '2021-01-01', country: 'PER', host: 'h', originating_lab: 'l', submitting_lab: 'l', sequence: genome!.sequence, status: 'failed', submitted_by: null, created_at: '2026-03-01T00:00:00Z' }]);
    const byDefault = await research.download({ format: 'fasta', country: 'PER' });
    expect(byDefault.count).toBe(0);
    expect(await readAll(byDefault.body)).toBe('');
    const asked = await research.download({ format: 'ndjson', country: 'PER', includeFailed: true });
    expect(asked.count).toBe(1);
    expect(JSON.parse(await readAll(asked.body))).toMatchObject({ strain: 'failed/1', status: 'failed', analysis: null });
  });

  it('counts visitors, the real countries they come from (by the shipped IP database) and downloads', async () => {
    await research.logAccess({ kind: 'visit', ip: '41.89.0.1', path: '/api/research/genomes' }); // KENET, Kenya
    await research.logAccess({ kind: 'visit', ip: '41.89.0.1', path: '/api/research/genomes/1' }); // the same visitor's day: one visit
    await research.logAccess({ kind: 'visit', ip: '166.111.4.100', path: '/api/research/genomes' }); // Tsinghua University, China
    await research.logAccess({ kind: 'download', ip: '166.111.4.100', path: '/api/research/genomes/download', format: 'fasta', count: 2 });
    await research.logAccess({ kind: 'visit', ip: '::ffff:166.111.9.9', path: '/api/research/genomes' }); // another visitor, same country
    await research.logAccess({ kind: 'visit', ip: '127.0.0.1', path: '/api/research/stats' }); // a visitor without a country
    const stats = await research.stats({});
    expect(stats).toMatchObject({ visitors: 4, visits: 4, countries: 2, downloads: 1, genomesDownloaded: 2 });
    expect(stats.series).toEqual([{ date: '2026-03-02', visitors: 4, visits: 4, downloads: 1 }]);
    expect(stats.byCountry[0]).toEqual({ country: 'CHN', isoNumeric: '156', visitors: 2, visits: 2, downloads: 1 });
    expect(stats.byCountry).toContainEqual({ country: 'KEN', isoNumeric: '404', visitors: 1, visits: 1, downloads: 0 });
    expect(stats.byCountry).toContainEqual({ country: null, isoNumeric: null, visitors: 1, visits: 1, downloads: 0 });
    expect((await research.stats({ from: '2026-03-03' })).visitors).toBe(0);
    expect((await research.stats({ to: '2026-03-02' })).visitors).toBe(4);
  });


  it('counts a visit without a country, with a warning, when the IP-to-country database cannot be read', async () => {
    const { db } = getDb();
    const warnings: string[] = [];
    const log = { info: () => {}, warn: (_obj: object, message: string) => warnings.push(message), error: () => {} };
    const misconfigured = createResearchService({ db, clock, log, audit: createAuditService(db, clock), countries: createCountriesService(db), ipCountryDb: '/nonexistent/countries.mmdb' });
    try {
      const before = await research.stats({});
      await misconfigured.logAccess({ kind: 'visit', ip: '193.0.6.139', path: '/api/research/genomes' });
      const after = await research.stats({});
      expect(after.visits - before.visits).toBe(1);
      expect(after.byCountry.find((c) => c.country === null)!.visits - before.byCountry.find((c) => c.country === null)!.visits).toBe(1);
      expect(warnings).toEqual([expect.stringMatching(/cannot read the IP-to-country database/)]);
    } finally {
      await misconfigured.close();
    }
  });
  it('shows researchers their own submissions, admins all, and retries what a failed job left, audited', async () => {
    const { db } = getDb();
    const audit = createAuditService(db, clock);
    const users = createUsersService({ db, clock, audit, countries: createCountriesService(db) });
    const signedIn = async (email: string, role: 'researcher' | 'admin'): Promise<Actor> => {
      const user = await users.create(actor, { email, displayName: email, role, password: 'correct horse battery staple', partnerId: null, postId: null });
      return { userId: user.id, label: email, role, partnerId: null, postId: null, requestId: null };
    };
    const [ada, bob, admin] = [await signedIn('ada@example.org', 'researcher'), await signedIn('bob@example.org', 'researcher'), await signedIn('root@example.org', 'admin')];

    // A job that fails for real: this server's dataset folder is missing. Its genomes stay pending.
    const broken = createResearchService({ db, clock, audit, countries: createCountriesService(db), datasetDir: '/nonexistent/concord-dataset', onAnalysisError: () => {} });
    const mine = fixtureGenomes(2, 30);
    const job = await broken.submit(ada, { fasta: toFasta(mine), metadata: toMetadata(mine, 'BRA') });
    await broken.idle();
    await broken.close();
    const failed = await research.job(ada, job.id);
    expect(failed).toMatchObject({ status: 'failed', analysed: 0, failed: 0, pending: 2, strains: mine.map((g) => g.name) });
    expect(failed.errors[0]).toMatch(/cannot load the dataset/);

    expect((await research.submissions(ada, { limit: 50, offset: 0 })).submissions.map((s) => s.id)).toEqual([job.id]);
    expect(await research.submissions(bob, { limit: 50, offset: 0 })).toEqual({ submissions: [], total: 0 });
    await expect(research.job(bob, job.id)).rejects.toBeInstanceOf(NotFound);
    await expect(research.retry(bob, job.id)).rejects.toBeInstanceOf(NotFound);
    const everyone = await research.submissions(admin, { limit: 50, offset: 0 });
    expect(everyone.submissions[0]!.id).toBe(job.id); // newest first
    expect(everyone.total).toBeGreaterThan(1); // the other submissions of this file too

    const [first, second] = await Promise.allSettled([research.retry(ada, job.id), research.retry(ada, job.id)]); // a double click
    const retried = [first, second].find((r) => r.status === 'fulfilled')!.value;
    expect(retried).toMatchObject({ status: 'queued', errors: [] });
    expect([first, second].filter((r) => r.status === 'rejected').map((r) => r.reason)).toEqual([expect.any(Conflict)]);
    await research.idle();
    expect(await research.job(ada, job.id)).toMatchObject({ status: 'done', analysed: 2, failed: 0, pending: 0, errors: [] });
    expect((await research.search({ country: 'BRA', limit: 50, offset: 0 })).genomes.map((g) => g.status)).toEqual(['analysed', 'analysed']);
    await expect(research.retry(ada, job.id)).rejects.toBeInstanceOf(Conflict); // nothing left

    const log = await audit.list({ entityType: 'research_submission', entityId: String(job.id), limit: 10, offset: 0 });
    expect(log.entries.map((e) => e.action).sort()).toEqual(['research.analysis.fail', 'research.analysis.finish', 'research.submission.create', 'research.submission.retry']);
    expect(log.entries.find((e) => e.action === 'research.submission.retry')).toMatchObject({ actorId: ada.userId });
  });

  it('resumes an analysis a stopped server left unfinished', async () => {
    const { db } = getDb();
    const deps = { db, clock, audit: createAuditService(db, clock), countries: createCountriesService(db) };
    const stopped = createResearchService(deps);
    const pending = fixtureGenomes(1, 4);
    const closing = stopped.close(); // stops before the job starts, as a shutdown would
    const job = await stopped.submit(actor, { fasta: toFasta(pending), metadata: toMetadata(pending, 'FRA') });
    await closing;
    await stopped.idle();
    expect((await research.job(actor, job.id)).status).toBe('queued');
    await research.resume();
    await research.idle();
    expect(await research.job(actor, job.id)).toMatchObject({ status: 'done', analysed: 1 });
    expect((await research.search({ country: 'FRA', limit: 50, offset: 0 })).genomes[0]).toMatchObject({ strain: pending[0]!.name, status: 'analysed' });
  });

  it('streams a download of many pages whole, genomes not yet analysed included', async () => {
    const { db } = getDb();
    const now = clock().toISOString();
    const submissionId = await insertSubmission(db, { status: 'done', total: 450, analysed: 0, failed: 0, errors: '[]', submitted_by: null, created_at: now });
    await insertGenomes(
      db,
      Array.from({ length: 450 }, (_, i) => ({
        submission_id: submissionId, strain: `bulk/${i}`, collection_date: '2020-06-01', country: 'KEN', host: 'h', originating_lab: 'o', submitting_lab: 's',
        sequence: 'ACGT', status: 'pending', submitted_by: null, created_at: now,
      })),
    );
    const fasta = await research.download({ format: 'fasta', country: 'KEN', to: '2020-12-31' });
    expect(fasta.count).toBe(450);
    const names = (await readAll(fasta.body)).split('\n').filter((l) => l.startsWith('>'));
    expect(names).toHaveLength(450);
    expect(new Set(names).size).toBe(450);
    const tsv = (await readAll((await research.download({ format: 'tsv', country: 'KEN', to: '2020-12-31' })).body)).trimEnd().split('\n');
    expect(tsv).toHaveLength(451);
    expect(tsv[1]!.split('\t').slice(0, 8)).toEqual(['bulk/0', '2020-06-01', 'KEN', 'h', 'o', 's', 'bulk/0', '']);
  });

  it('answers the dataset genes, 1-based', async () => {
    const d = await research.datasetGenes();
    expect(d.referenceLength).toBe(29_903);
    expect(d.genes.find((g) => g.name === 'S')).toEqual({ name: 'S', start: 21_563, end: 25_384, strand: '+' });
  });
});
