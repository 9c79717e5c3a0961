import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KitOverview } from '../../../shared/schemas/consular-kits';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { seedConsularPosts } from './consular.seed';
import { londonStudent } from './consular.test-support';

process.env.CONCORD_SECRET_KEY = '22'.repeat(32);

describeEachDialect('consular health kits', (getDb) => {
  let t: TestApp;
  let london: TestClient;
  let manchester: TestClient;
  let student: number;
  let worker: number;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedConsularPosts(t.services.db, t.services.clock);
    london = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
    manchester = await t.signIn('consular_officer', { postId: 'CG-GBR-MAN' });
    student = (await london.request('POST', '/api/consular/citizens', londonStudent)).json<{ id: number }>().id;
    worker = (await london.request('POST', '/api/consular/citizens', { ...londonStudent, status: 'worker', passportNumber: 'E00000001', phone: '+44 7700 900777' })).json<{ id: number }>().id;
  });
  afterAll(() => t.close());

  it('takes stock in, opens a students’ round, allocates one kit per person and confirms the pick-up', async () => {
    await london.request('POST', '/api/consular/kits/stock', { kitTypeId: 'student-health', received: 2 });
    const opened = (await london.request('POST', '/api/consular/kits/rounds', { kitTypeId: 'student-health', name: 'March round' })).json<KitOverview>();
    const round = opened.rounds[0]!;
    expect(round).toMatchObject({ postId: 'EMB-GBR', studentsOnly: true });

    const given = await london.request('POST', `/api/consular/kits/rounds/${round.id}/allocations`, { citizenId: student });
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json<KitOverview>().stock).toEqual([{ postId: 'EMB-GBR', kitTypeId: 'student-health', quantity: 1 }]);
    const again = await london.request('POST', `/api/consular/kits/rounds/${round.id}/allocations`, { citizenId: student });
    expect(again.statusCode).toBe(409);
    expect((await london.request('POST', `/api/consular/kits/rounds/${round.id}/allocations`, { citizenId: worker })).statusCode).toBe(422);

    const allocation = given.json<KitOverview>().rounds[0]!.allocations[0]!;
    const handed = await london.request('POST', `/api/consular/kits/rounds/${round.id}/allocations/${allocation.id}/handover`, { status: 'picked_up' });
    expect(handed.json<KitOverview>().rounds[0]!.allocations[0]).toMatchObject({ status: 'picked_up', fullName: 'Li Wei' });
    expect((await london.request('GET', '/api/consular/kits')).json<KitOverview>().stock[0]!.quantity).toBe(1);

    expect((await manchester.request('POST', `/api/consular/kits/rounds/${round.id}/allocations`, { citizenId: student })).statusCode).toBe(404);
    expect((await manchester.request('GET', '/api/consular/kits')).json<KitOverview>()).toMatchObject({ stock: [], rounds: [] });
  });
});
