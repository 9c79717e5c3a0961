import { get as httpGet, type ClientRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { insertGenomes, insertSubmission } from './research.repo';
import { fixtureGenomes, toFasta, toMetadata } from './research.test-support';

describeEachDialect('research API', (getDb) => {
  let t: TestApp;
  let researcher: TestClient;
  const genomes = fixtureGenomes(2);

  beforeAll(async () => {
    t = await createTestApp(getDb(), { env: { TRUST_PROXY: '127.0.0.1' } });
    researcher = await t.signIn('researcher');
  });
  afterAll(() => t.close());

  it('lets a researcher submit, follow the job and find the genomes; the submission is audited', async () => {
    const res = await researcher.request('POST', '/api/research/submissions', { fasta: toFasta(genomes), metadata: toMetadata(genomes, 'KEN') });
    expect(res.statusCode).toBe(202);
    const job = res.json();
    await t.services.research.idle();
    const status = await researcher.request('GET', `/api/research/submissions/${job.id}`);
    expect(status.json()).toMatchObject({ status: 'done', total: 2, analysed: 2 });
    const mine = await researcher.request('GET', '/api/research/submissions');
    expect(mine.json()).toMatchObject({ total: 1, submissions: [{ id: job.id, status: 'done', pending: 0, strains: genomes.map((g) => g.name) }] });
    const retry = await researcher.request('POST', `/api/research/submissions/${job.id}/retry`, {});
    expect(retry.statusCode).toBe(409); // every genome is analysed
    const log = await t.services.audit.list({ entityType: 'research_submission', entityId: String(job.id), limit: 10, offset: 0 });
    expect(log.entries.map((e) => e.action).sort()).toEqual(['research.analysis.finish', 'research.submission.create']);

    const search = await t.anonymous.request('GET', '/api/research/genomes?mutation=C241T&country=KEN');
    expect(search.statusCode).toBe(200);
    expect(search.json().genomes.map((g: { strain: string }) => g.strain)).toEqual(genomes.map((g) => g.name));
    const byDeletion = await t.anonymous.request('GET', '/api/research/genomes?mutation=11288-11296');
    expect(byDeletion.json().total).toBe(2); // both carry the ORF1a deletion 11288-11296
    const detail = await t.anonymous.request('GET', `/api/research/genomes/${search.json().genomes[0].id}`);
    expect(detail.json()).toMatchObject({ strain: genomes[0]!.name, country: 'KEN', status: 'analysed' });
  });

  it('refuses submissions from other roles and anonymous callers', async () => {
    const body = { fasta: '>x\nACGT\n', metadata: 'strain' };
    expect((await t.anonymous.request('POST', '/api/research/submissions', body)).statusCode).toBe(401);
    const citizen = await t.signIn('citizen');
    expect((await citizen.request('POST', '/api/research/submissions', body)).statusCode).toBe(403);
  });

  it('answers 422 with every metadata problem, and 400 for a malformed query', async () => {
    const res = await researcher.request('POST', '/api/research/submissions', { fasta: toFasta(genomes), metadata: toMetadata(genomes, 'ZZZ') });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(['metadata line 2: strain', 'metadata line 2: country', 'metadata line 3: strain', 'metadata line 3: country']);
    const bad = await t.anonymous.request('GET', '/api/research/genomes?mutation=D614G&country=kenya');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path).sort()).toEqual(['querystring.country', 'querystring.mutation']);
    expect((await t.anonymous.request('GET', '/api/research/genomes/999999')).statusCode).toBe(404);
    const reversed = await t.anonymous.request('GET', '/api/research/genomes?mutation=del:300-200');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details).toEqual([{ path: 'querystring.mutation', message: 'a deletion range starts at or before its end: del:200-300', code: 'custom' }]);
    const garbled = await t.anonymous.request('GET', `/api/research/genomes/download?format=tsv&mutation=${encodeURIComponent('11288..11296')}`);
    expect(garbled.statusCode).toBe(400);
    expect(garbled.json().error.details[0].message).toMatch(/deletion \(del:11288-11296, 11288-11296 or 28271\), an insertion \(22205:CGGCAGGCT\)/);
  });

  it('streams downloads with a file name, and counts visits and downloads by visitor', async () => {
    // 127.0.0.1 (every other request here) has its visit of today counted before the figures are read.
    await t.services.research.logAccess({ kind: 'visit', ip: '127.0.0.1', path: '/api/research/stats' });
    await new Promise((r) => setTimeout(r, 100));
    const before = (await t.anonymous.request('GET', '/api/research/stats')).json();
    const res = await t.app.inject({ method: 'GET', url: '/api/research/genomes/download?format=tsv&country=KEN', headers: { 'x-forwarded-for': '193.0.6.139' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/tab-separated-values/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="concord-genomes-.*\.tsv"/);
    expect(res.body.trimEnd().split('\n')).toHaveLength(3);
    const fasta = await t.anonymous.request('GET', '/api/research/genomes/download?format=fasta&mutation=S:D614G');
    expect(fasta.body).toContain(`>${genomes[1]!.name}\n`);
    const after = (await t.anonymous.request('GET', '/api/research/stats')).json();
    expect(after.downloads - before.downloads).toBe(2);
    expect(after.visits - before.visits).toBe(0); // 127.0.0.1 counts once a day
    expect(after.visitors - before.visitors).toBe(1); // 193.0.6.139 through the trusted proxy is a new visitor
    const nld = after.byCountry.find((c: { country: string }) => c.country === 'NLD');
    expect(nld).toMatchObject({ isoNumeric: '528', visitors: 1, downloads: 1 }); // RIPE NCC, Amsterdam
  });

  it('gives its download slot back when a download ends, and holds at most two per address at once', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({ method: 'GET', url: '/api/research/genomes/download?format=fasta', headers: { 'x-forwarded-for': '198.51.100.30' } });
      expect(res.statusCode).toBe(200);
    }
    // Enough genomes (about 12 MB of FASTA) that a download whose body is not read stays open.
    const { db } = getDb();
    const [sample] = genomes;
    const submissionId = await insertSubmission(db, { status: 'done', total: 400, analysed: 0, failed: 0, errors: '[]', submitted_by: null, created_at: '2026-01-01T00:00:00Z' });
    const copies = Array.from({ length: 400 }, (_, i) => ({ submission_id: submissionId, strain: `copy/${i}`, collection_date: '2021-01-01', country: 'FRA', host: 'h', originating_lab: 'l', submitting_lab: 'l', sequence: sample!.sequence, status: 'pending', submitted_by: null, created_at: '2026-01-01T00:00:00Z' }));
    await insertGenomes(db, copies);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as { port: number };
    // Three downloads held open (their bodies unread) from one address: the third is refused.
    const opened: ClientRequest[] = [];
    const open = () =>
      new Promise<IncomingMessage>((resolve) => {
        const req = httpGet({ host: '127.0.0.1', port, path: '/api/research/genomes/download?format=fasta', agent: false, headers: { 'x-forwarded-for': '198.51.100.31' } }, resolve);
        opened.push(req);
      });
    const [first, second] = [await open(), await open()];
    const third = await open();
    expect([first.statusCode, second.statusCode, third.statusCode]).toEqual([200, 200, 429]);
    for (const req of opened) req.destroy();
    // Once the first two are cut off, their slots are free again.
    await new Promise((r) => setTimeout(r, 100));
    const again = await t.app.inject({ method: 'GET', url: '/api/research/genomes/download?format=ndjson&country=KEN', headers: { 'x-forwarded-for': '198.51.100.31' } });
    expect(again.statusCode).toBe(200);
  });

  it('ignores X-Forwarded-For when no trusted proxy is configured: the connection is the visitor', async () => {
    const direct = await createTestApp(getDb()); // TRUST_PROXY unset
    try {
      const countries = async () => (await direct.services.research.stats({})).byCountry.find((c) => c.country === 'JPN')?.downloads ?? 0;
      const before = await countries();
      const res = await direct.app.inject({ method: 'GET', url: '/api/research/genomes/download?format=ndjson&country=KEN', headers: { 'x-forwarded-for': '133.11.0.1' } });
      expect(res.statusCode).toBe(200);
      expect(await countries()).toBe(before); // not counted in Japan: the address is the loopback connection's
      await t.app.inject({ method: 'GET', url: '/api/research/genomes/download?format=ndjson&country=KEN', headers: { 'x-forwarded-for': '133.11.0.1' } });
      expect(await countries()).toBe(before + 1); // behind the trusted proxy it is
    } finally {
      await direct.close();
    }
  });

  it('counts a visit of a page that reads nothing from the API, and only research pages', async () => {
    // Read through the service: a read over HTTP would count itself, after its response, racing this test.
    await new Promise((r) => setTimeout(r, 100)); // let earlier requests' visit records land
    const visits = async () => (await t.services.research.stats({})).visits;
    const before = await visits();
    const visit = (from: string, path: string) => t.app.inject({ method: 'POST', url: '/api/research/visits', headers: { 'x-forwarded-for': from }, payload: { path } });
    expect((await visit('203.0.113.7', '/research/analyse')).statusCode).toBe(200);
    expect((await visit('203.0.113.8', '/research/submit')).statusCode).toBe(200);
    expect((await visit('203.0.113.8', '/admin/users')).statusCode).toBe(400);
    expect((await visits()) - before).toBe(2);
  });

  it('counts a visitor once a day however often it posts, and throttles the posts of one address', async () => {
    const visits = async () => (await t.services.research.stats({})).visits;
    const before = await visits();
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/research/visits', headers: { 'x-forwarded-for': '198.51.100.20' }, payload: { path: '/research' } });
      statuses.push(res.statusCode);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(60);
    expect(statuses.at(-1)).toBe(429);
    expect((await visits()) - before).toBe(1);
    // Another address is not throttled by the first.
    expect((await t.app.inject({ method: 'POST', url: '/api/research/visits', headers: { 'x-forwarded-for': '198.51.100.21' }, payload: { path: '/research' } })).statusCode).toBe(200);
  });

  it('serves the dataset genes and files publicly', async () => {
    const genes = await t.anonymous.request('GET', '/api/research/dataset');
    expect(genes.json().genes.map((g: { name: string }) => g.name)).toContain('ORF1a');
    const file = await t.anonymous.request('GET', '/api/research/dataset/files/reference.fasta');
    expect(file.body.startsWith('>')).toBe(true);
    expect((await t.anonymous.request('GET', '/api/research/dataset/files/tree.json')).json().nodes[0]).toEqual([-1, '19A', '']);
    expect((await t.anonymous.request('GET', '/api/research/dataset/files/secret.txt')).statusCode).toBe(400);
  });
});
