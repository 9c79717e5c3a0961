import { get as httpGet, type ClientRequest, type IncomingMessage } from 'node:http';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../db/test-databases.test-support';
import type { Db, Dialect } from '../../db/types';
import { createTestApp, type TestApp } from '../../test-support/test-app.test-support';
import { insertGenomes, insertSubmission } from './research.repo';
import { fixtureGenomes } from './research.test-support';

// Downloads on a snapshot of their own (ADR 061), on both databases, SQLite in a file (a second connection
// cannot open an in-memory one): what a download holds is what was there when it started, and its connection
// is given back when its client goes away or stalls past the time bound.

/** The time bound of a download in these tests. */
const MAX_MS = 1_500;

async function addGenomes(db: Db, country: string, strains: string[], sequence: string): Promise<void> {
  const now = '2026-01-01T00:00:00Z';
  const submissionId = await insertSubmission(db, { status: 'done', total: strains.length, analysed: 0, failed: 0, errors: '[]', submitted_by: null, created_at: now });
  await insertGenomes(
    db,
    strains.map((strain) => ({ submission_id: submissionId, strain, collection_date: '2021-01-01', country, host: 'h', originating_lab: 'l', submitting_lab: 'l', sequence, status: 'pending', submitted_by: null, created_at: now })),
  );
}

async function readAll(body: AsyncIterable<string | Buffer>): Promise<string> {
  let text = '';
  for await (const chunk of body) text += chunk.toString();
  return text;
}

const strainsOf = (fasta: string) => fasta.split('\n').filter((l) => l.startsWith('>')).map((l) => l.slice(1));

async function until(condition: () => boolean, ms: number): Promise<void> {
  for (const deadline = Date.now() + ms; !condition(); ) {
    if (Date.now() > deadline) throw new Error(`not so after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Snapshots that hold back what the database would otherwise reclaim: on PostgreSQL the download transactions
 * with an xmin (what holds back vacuum); on SQLite whether a reader stops a checkpoint from taking in the
 * whole log after a write (what lets the WAL grow).
 */
async function snapshotsHoldingBack(db: Db, dialect: Dialect): Promise<number> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ n: number }>`select count(*) as n from pg_stat_activity where datname = current_database() and application_name = 'concord snapshot reads' and backend_xmin is not null`.execute(db);
    return Number(rows[0]!.n);
  }
  await sql`update research_genomes set host = host where id = (select min(id) from research_genomes)`.execute(db);
  const { rows } = await sql<{ busy: number; log: number; checkpointed: number }>`pragma wal_checkpoint(PASSIVE)`.execute(db);
  return rows[0]!.checkpointed < rows[0]!.log ? 1 : 0;
}

describeEachDialect(
  'genome downloads on a snapshot',
  (getDb, dialect) => {
    let t: TestApp;
    let port: number;
    const held = () => t.services.research.downloadsHeld();

    beforeAll(async () => {
      t = await createTestApp(getDb(), { env: { TRUST_PROXY: '127.0.0.1' }, downloadMaxMs: MAX_MS });
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      port = (t.app.server.address() as { port: number }).port;
      // About 18 MB of FASTA: more than a client's and the server's socket buffers, so a download whose body is not read stays open.
      const [sample] = fixtureGenomes(1);
      await addGenomes(getDb().db, 'CHL', Array.from({ length: 600 }, (_, i) => `big/${i}`), sample!.sequence);
    });
    afterAll(() => t.close());

    const open = (address: string) =>
      new Promise<{ req: ClientRequest; res: IncomingMessage }>((resolve, reject) => {
        const req = httpGet({ host: '127.0.0.1', port, path: '/api/research/genomes/download?format=fasta&country=CHL', agent: false, headers: { 'x-forwarded-for': address } }, (res) => resolve({ req, res }));
        req.once('error', reject);
      });

    it('holds the genomes present when it started, each once, whatever is written while it runs', async () => {
      const { db } = getDb();
      // More genomes than two reads of the cursor (and than five keyset pages).
      const present = Array.from({ length: 250 }, (_, i) => `present/${i}`);
      await addGenomes(db, 'PER', present, 'ACGT');
      const download = await t.services.research.download({ format: 'fasta', country: 'PER' });
      const body = download.body[Symbol.asyncIterator]();
      let text = String((await body.next()).value);
      // Meanwhile a genome is added and the last one there at the start is removed.
      await addGenomes(db, 'PER', ['added/0'], 'ACGT');
      await db.deleteFrom('research_genomes').where('strain', '=', 'present/249').execute();
      for (let next = await body.next(); !next.done; next = await body.next()) text += String(next.value);
      const strains = strainsOf(text);
      expect(download.count).toBe(250);
      expect(strains).toHaveLength(250);
      expect(new Set(strains)).toEqual(new Set(present));
      // The next download is of the database as it is now.
      const next = await t.services.research.download({ format: 'fasta', country: 'PER' });
      const now = strainsOf(await readAll(next.body));
      expect(next.count).toBe(250);
      expect(now).toContain('added/0');
      expect(now).not.toContain('present/249');
      await until(() => held() === 0, 2_000);
    });

    it('gives its snapshot and connection back when its client goes away mid-download', async () => {
      const { db } = getDb();
      const { req, res } = await open('198.51.100.40');
      expect(res.statusCode).toBe(200);
      await new Promise((resolve) => res.once('data', resolve));
      expect(held()).toBe(1);
      expect(await snapshotsHoldingBack(db, dialect)).toBe(1);
      req.destroy();
      await until(() => held() === 0, 5_000);
      expect(await snapshotsHoldingBack(db, dialect)).toBe(0);
    });

    it('cuts a stalled download short at its time bound, which its client sees, and gives its connection back', async () => {
      const { db } = getDb();
      const { res } = await open('198.51.100.41');
      expect(res.statusCode).toBe(200);
      res.pause(); // the client stalls: it reads nothing more
      await until(() => held() === 1, 1_000);
      await until(() => held() === 0, MAX_MS + 5_000);
      expect(await snapshotsHoldingBack(db, dialect)).toBe(0);
      // What was sent ends without the end of its chunked transfer: an error for the client, not a shorter file.
      await expect(readAll(res)).rejects.toThrow(/aborted/);
    });
  },
  { onFile: true },
);
