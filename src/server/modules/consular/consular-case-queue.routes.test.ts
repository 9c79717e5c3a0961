import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Case, CasePage } from '../../../shared/schemas/consular';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { seedConsularPosts } from './consular.seed';

// The desk's views, paged by the database on the queue keys of migration 078, against what the views were
// before: every case read one by one and filtered in memory by its timers (the filters below are the ones
// consular-cases.service.ts applied until then), ordered most urgent first.
const VIEWS = ['all', 'mine', 'unassigned', 'due', 'breached'] as const;
type View = (typeof VIEWS)[number];
const running = (c: Case) => c.status !== 'resolved' && c.status !== 'closed';
const inMemory = (me: number): Record<View, (c: Case) => boolean> => ({
  all: () => true,
  mine: (c) => c.assignedTo === me,
  unassigned: (c) => c.assignedTo === null && running(c),
  due: (c) => running(c) && !c.resolution.breached && !c.firstResponse.breached,
  breached: (c) => running(c) && (c.firstResponse.breached || c.resolution.breached),
});
const RANK = { life_threatening: 0, urgent: 1, normal: 2 } as const;
/** Queue order: running cases by urgency, then the nearest deadline not met yet; done cases last; then id. */
function queueOrder(a: Case, b: Case): number {
  const rank = (c: Case) => (running(c) ? RANK[c.urgency] : 9);
  const nearest = (c: Case) => [c.firstResponse, c.resolution].filter((t) => t.due !== null && t.metAt === null).map((t) => t.due!).sort()[0] ?? '9999';
  return rank(a) - rank(b) || nearest(a).localeCompare(nearest(b)) || a.id - b.id;
}

describeEachDialect('consular desk views paged by the database', (getDb) => {
  // Monday 2 March 2020, London on UTC. Sessions hold 12 hours from sign-in at 06:00.
  let now = Date.parse('2020-03-02T06:00:00Z');
  let t: TestApp;
  let london: TestClient;
  let head: TestClient;
  let admin: TestClient;
  const ids: number[] = [];
  const call = (urgency: string, n: number, city = 'London') => ({ channel: 'hotline', callerName: `Caller ${n}`, callerPhone: `+44 7700 9001${String(n).padStart(2, '0')}`, hostIso3: 'GBR', city, topic: 'food', urgency, summary: `call ${n}` });

  /** Every page of a view, `limit` at a time, following nextCursor. */
  async function walk(client: TestClient, view: View, limit: number) {
    const seen: Case[] = [];
    let cursor: string | null = null;
    let total = -1;
    for (let pages = 0; pages < 100; pages++) {
      const res = await client.request('GET', `/api/consular/cases?view=${view}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<CasePage>();
      expect(page.cases.length).toBeLessThanOrEqual(limit);
      if (total < 0) total = page.total;
      seen.push(...page.cases);
      cursor = page.nextCursor;
      if (cursor === null) break;
    }
    return { seen, total };
  }

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock: () => new Date(now) });
    await seedConsularPosts(t.services.db, t.services.clock);
    london = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
    head = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
    admin = await t.signIn('admin');
    const open = async (at: string, urgency: string, city?: string) => {
      now = Date.parse(at);
      const res = await london.request('POST', '/api/consular/cases', call(urgency, ids.length, city));
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json<Case>().id);
      return ids[ids.length - 1]!;
    };
    const act = async (at: string, id: number, path: string, body: object, as = london) => {
      now = Date.parse(at);
      expect((await as.request('POST', `/api/consular/cases/${id}/${path}`, body)).statusCode).toBe(200);
    };
    for (let i = 0; i < 12; i++) await open(`2020-03-02T09:${String(i * 4).padStart(2, '0')}:00Z`, ['normal', 'urgent', 'life_threatening'][i % 3]!);
    await open('2020-03-02T10:00:00Z', 'life_threatening', 'Leeds'); // Manchester's: for the admin only
    await act('2020-03-02T10:00:00Z', ids[2]!, 'messages', { kind: 'reply', body: 'late answer' }); // due 09:38: met late
    const fresh = await open('2020-03-02T10:05:00Z', 'life_threatening');
    await act('2020-03-02T10:10:00Z', fresh, 'messages', { kind: 'reply', body: 'in time' });
    await act('2020-03-02T10:15:00Z', ids[0]!, 'status', { status: 'assigned' });
    await act('2020-03-02T10:15:00Z', ids[1]!, 'status', { status: 'assigned', assignedTo: head.userId });
    await act('2020-03-02T10:20:00Z', ids[3]!, 'status', { status: 'resolved' });
    await act('2020-03-02T10:20:00Z', ids[4]!, 'status', { status: 'resolved' });
    await act('2020-03-02T10:21:00Z', ids[4]!, 'status', { status: 'closed' });
    await act('2020-03-02T10:25:00Z', ids[6]!, 'status', { status: 'resolved' });
    await act('2020-03-02T10:26:00Z', ids[6]!, 'status', { status: 'assigned' }); // reopened: resolved_at stays
    await act('2020-03-02T10:30:00Z', ids[7]!, 'escalate', { to: head.userId, reason: 'call the hospital' });
    await act('2020-03-02T10:30:00Z', ids[9]!, 'status', { status: 'assigned' });
    await act('2020-03-02T10:31:00Z', ids[9]!, 'status', { status: 'waiting_on_citizen' });
  });
  afterAll(() => t.close());

  for (const at of ['2020-03-02T10:40:00Z', '2020-03-02T11:30:00Z', '2020-03-02T17:45:00Z']) {
    it(`walks every view a page at a time, each case once, as the in-memory views had them, most urgent first (${at})`, async () => {
      now = Date.parse(at);
      const all = await Promise.all(ids.map(async (id) => (await admin.request('GET', `/api/consular/cases/${id}`)).json<Case>()));
      const ofLondon = all.filter((c) => c.postId === 'EMB-GBR');
      let breached = 0;
      for (const view of VIEWS) {
        const { seen, total } = await walk(london, view, 2);
        const expected = ofLondon.filter(inMemory(london.userId!)[view]).sort(queueOrder);
        expect(new Set(seen.map((c) => c.id)).size, view).toBe(seen.length);
        expect(seen.map((c) => c.id), view).toEqual(expected.map((c) => c.id));
        expect(total, view).toBe(expected.length);
        if (view === 'breached') breached = seen.length;
      }
      // The set has cases in both halves of the desk at every hour tested.
      expect(breached).toBeGreaterThan(0);
      const everyPost = await walk(admin, 'all', 5);
      expect(everyPost.seen.map((c) => c.id)).toEqual([...all].sort(queueOrder).map((c) => c.id));
    });
  }

  it('answers the first page with a cursor, the default and largest pages, and refuses a forged cursor or too large a page', async () => {
    now = Date.parse('2020-03-02T11:00:00Z');
    const first = (await london.request('GET', '/api/consular/cases?view=all&limit=3')).json<CasePage>();
    expect(first.cases).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    expect(first.total).toBe(ids.length - 1);
    expect((await london.request('GET', '/api/consular/cases')).json<CasePage>()).toMatchObject({ nextCursor: null, total: ids.length - 1 });
    expect((await london.request('GET', '/api/consular/cases?limit=200')).statusCode).toBe(200);
    expect((await london.request('GET', '/api/consular/cases?limit=201')).statusCode).toBe(400);
    expect((await london.request('GET', '/api/consular/cases?limit=0')).statusCode).toBe(400);
    const forged = await london.request('GET', `/api/consular/cases?cursor=${Buffer.from('{"rank":0}').toString('base64url')}`);
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.details[0].path).toBe('cursor');
    expect((await london.request('GET', '/api/consular/cases?cursor=not%20base64')).statusCode).toBe(400);
  });
});
