import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Mission, Team } from '../../../shared/schemas/aid-missions';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';

// Editing technical assistance over HTTP on both databases: a coordinator renames a team and changes its
// members (a non-expert refused at the member, a taken name 409); a mission's plan is corrected (dates
// checked together with the stored ones, at the field) and its days follow; each edit is audited.
describeEachDialect('aid technical assistance edits', (getDb) => {
  let t: TestApp;
  let coordinator: TestClient;
  let expertA: TestClient;
  let expertB: TestClient;
  let team: Team;
  let mission: Mission;

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock: () => new Date('2026-12-20T09:00:00Z') });
    coordinator = await t.signIn('coordinator');
    expertA = await t.signIn('expert');
    expertB = await t.signIn('expert');
    const member = (userId: number | undefined, specialty: string) => ({ userId, specialty, languages: ['en'] });
    team = (await coordinator.request('POST', '/api/aid/teams', { name: 'Team A', members: [member(expertA.userId, 'epidemiology')] })).json<Team>();
    expect((await coordinator.request('POST', '/api/aid/teams', { name: 'Team B', members: [member(expertB.userId, 'nursing')] })).statusCode).toBe(201);
    const res = await coordinator.request('POST', '/api/aid/missions', { teamId: team.id, partnerId: 'KEN', kind: 'in-country', objectives: ['clinical'], startDate: '2026-12-01', endDate: '2026-12-10' });
    expect(res.statusCode, res.body).toBe(201);
    mission = res.json<Mission>();
  });
  afterAll(() => t.close());

  it('renames a team and replaces its members, refusing a non-expert at the member and a taken name', async () => {
    const notExpert = await coordinator.request('PUT', `/api/aid/teams/${team.id}`, { name: 'Team A', members: [{ userId: coordinator.userId, specialty: 'x', languages: ['en'] }] });
    expect(notExpert.statusCode).toBe(422);
    expect(notExpert.json().error.details).toEqual([{ path: 'members[0].userId', message: 'not a user with the expert role' }]);
    const taken = await coordinator.request('PUT', `/api/aid/teams/${team.id}`, { name: 'Team B', members: [{ userId: expertA.userId, specialty: 'x', languages: ['en'] }] });
    expect(taken.statusCode).toBe(409);
    expect((await coordinator.request('PUT', '/api/aid/teams/999999', { name: 'Team Z', members: [{ userId: expertA.userId, specialty: 'x', languages: ['en'] }] })).statusCode).toBe(404);
    const res = await coordinator.request('PUT', `/api/aid/teams/${team.id}`, {
      name: 'Team A (Kenya)',
      members: [
        { userId: expertA.userId, specialty: 'infection control', languages: ['en', 'sw'] },
        { userId: expertB.userId, specialty: 'intensive care', languages: ['zh'] },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Team>()).toMatchObject({ name: 'Team A (Kenya)', members: [{ specialty: 'infection control', languages: ['en', 'sw'] }, { specialty: 'intensive care' }] });
    // The mission counts the team's experts as they are now, and the new member reaches it.
    expect((await expertB.request('GET', '/api/aid/missions')).json<{ missions: Mission[] }>().missions.map((m) => [m.id, m.teamName, m.experts])).toContainEqual([mission.id, 'Team A (Kenya)', 2]);
    expect((await expertA.request('PUT', `/api/aid/teams/${team.id}`, { name: 'x', members: [] })).statusCode).toBe(403);
  });

  it('corrects a mission’s plan, checking its dates against the stored ones at the field', async () => {
    const backwards = await coordinator.request('PATCH', `/api/aid/missions/${mission.id}`, { startDate: '2026-12-11' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.details).toEqual([{ path: 'startDate', message: 'the mission ends on or after its start' }]);
    const res = await expertA.request('PATCH', `/api/aid/missions/${mission.id}`, { objectives: ['prevention-control', 'community'], places: 'Kisumu', activities: 'contact tracing drills', endDate: '2026-12-14' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Mission>()).toMatchObject({ objectives: ['prevention-control', 'community'], places: 'Kisumu', activities: 'contact tracing drills', startDate: '2026-12-01', endDate: '2026-12-14', days: 14, status: 'planned' });
    const audited = await t.services.db.selectFrom('audit_log').select('action').where('entity_type', 'in', ['aid_mission', 'aid_expert_team']).execute();
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['aid.team.update', 'aid.mission.update']));
  });
});
