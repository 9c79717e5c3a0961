import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Mission, Team } from '../../../shared/schemas/aid-missions';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';

// Technical assistance over HTTP on both databases: a coordinator forms a team of two experts and sends it
// to Kenya for ten days and on a remote consultation with WHO; a member moves the mission on and writes the
// report; another expert reaches nothing of it; the published figures count teams, experts and mission days.
describeEachDialect('aid technical assistance', (getDb) => {
  let t: TestApp;
  let coordinator: TestClient;
  let expertA: TestClient;
  let expertB: TestClient;
  let outsider: TestClient;

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock: () => new Date('2026-12-20T09:00:00Z') });
    coordinator = await t.signIn('coordinator');
    expertA = await t.signIn('expert');
    expertB = await t.signIn('expert');
    outsider = await t.signIn('expert');
  });
  afterAll(() => t.close());

  it('forms a team of users with the expert role only, each with specialty and languages', async () => {
    const notExpert = await coordinator.request('POST', '/api/aid/teams', { name: 'Team A', members: [{ userId: coordinator.userId, specialty: 'x', languages: ['en'] }] });
    expect(notExpert.statusCode).toBe(422);
    expect(notExpert.json().error.details).toEqual([{ path: 'members[0].userId', message: 'not a user with the expert role' }]);
    const badLanguage = await coordinator.request('POST', '/api/aid/teams', { name: 'Team A', members: [{ userId: expertA.userId, specialty: 'x', languages: ['English'] }] });
    expect(badLanguage.statusCode).toBe(400);
    const res = await coordinator.request('POST', '/api/aid/teams', {
      name: 'Team A',
      members: [
        { userId: expertA.userId, specialty: 'epidemiology', languages: ['en', 'fr'] },
        { userId: expertB.userId, specialty: 'intensive care', languages: ['zh', 'en'] },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Team>().members.map((m) => [m.specialty, m.languages])).toEqual([['epidemiology', ['en', 'fr']], ['intensive care', ['zh', 'en']]]);
    expect((await coordinator.request('POST', '/api/aid/teams', { name: 'Team A', members: [{ userId: expertA.userId, specialty: 'x', languages: ['en'] }] })).statusCode).toBe(409);
    expect((await coordinator.request('GET', '/api/aid/experts')).json().experts).toHaveLength(3);
  });

  it('sends the team on missions; its experts move them on and report; another expert reaches nothing; the figures count them', async () => {
    const team = (await coordinator.request('GET', '/api/aid/teams')).json<{ teams: Team[] }>().teams[0]!;
    const backwards = await coordinator.request('POST', '/api/aid/missions', { teamId: team.id, partnerId: 'KEN', kind: 'in-country', objectives: ['clinical'], startDate: '2026-12-10', endDate: '2026-12-01' });
    expect(backwards.statusCode).toBe(400);
    const kenya = await coordinator.request('POST', '/api/aid/missions', {
      teamId: team.id,
      partnerId: 'KEN',
      kind: 'in-country',
      objectives: ['prevention-control', 'clinical'],
      places: 'Nairobi, Mombasa',
      activities: 'ward rounds, training of trainers',
      startDate: '2026-12-01',
      endDate: '2026-12-10',
    });
    expect(kenya.statusCode, kenya.body).toBe(201);
    const mission = kenya.json<Mission>();
    expect(mission).toMatchObject({ status: 'planned', experts: 2, days: 10 });
    const remote = await coordinator.request('POST', '/api/aid/missions', { teamId: team.id, partnerId: 'ORG-WHO', kind: 'remote', objectives: ['community'], startDate: '2026-12-05', endDate: '2026-12-05' });
    expect(remote.statusCode, remote.body).toBe(201);

    expect((await expertA.request('PATCH', `/api/aid/missions/${mission.id}`, { status: 'completed' })).statusCode).toBe(409);
    expect((await expertA.request('PATCH', `/api/aid/missions/${mission.id}`, { status: 'under-way' })).statusCode).toBe(200);
    const done = await expertB.request('PATCH', `/api/aid/missions/${mission.id}`, { status: 'completed', report: 'Triage set up in 4 hospitals.' });
    expect(done.json<Mission>()).toMatchObject({ status: 'completed', report: 'Triage set up in 4 hospitals.' });
    expect((await outsider.request('PATCH', `/api/aid/missions/${mission.id}`, { report: 'x' })).statusCode).toBe(404);
    expect((await outsider.request('GET', '/api/aid/missions')).json().missions).toEqual([]);
    expect((await expertA.request('GET', '/api/aid/missions')).json().missions).toHaveLength(2);

    const ken = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    expect((await ken.request('GET', '/api/aid/partners/KEN/missions')).json().missions).toHaveLength(1);
    expect((await ken.request('GET', '/api/aid/partners/UGA/missions')).statusCode).toBe(404);

    const f = (await coordinator.request('GET', '/api/aid/figures?date=2026-12-31')).json();
    expect(f.technical).toEqual({ teams: 1, experts: 2, missions: 1, missionDays: 10, remoteConsultations: 1, countries: 1, organisations: 1 });
    const audited = await t.services.db.selectFrom('audit_log').select('action').where('entity_type', 'in', ['aid_mission', 'aid_expert_team']).execute();
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['aid.team.create', 'aid.mission.create', 'aid.mission.update']));
  });
});
