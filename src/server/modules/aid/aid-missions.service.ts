import { checkMissionStatus, missionDays } from '../../../core/missions/mission-status';
import { technicalFigures, type TechnicalFigures } from '../../../core/aid-report/technical-figures';
import {
  MissionInputSchema,
  MissionUpdateSchema,
  TeamInputSchema,
  type Mission,
  type MissionInput,
  type MissionStatus,
  type MissionUpdate,
  type Team,
  type TeamInput,
} from '../../../shared/schemas/aid-missions';
import type { User } from '../../../shared/schemas/users';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { Conflict, NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { CountriesService } from '../countries/countries.service';
import { requirePartnerScope } from './aid-access';
import { deleteTeamMembers, findTeamByName, insertMission, insertTeam, insertTeamMembers, listMissions, listTeamMembers, listTeams, updateMission, updateTeamName } from './aid-missions.repo';

// Technical assistance (docs/decisions/045): coordinators form expert teams from users with the expert
// role and send them on missions to partners; a team's experts and coordinators move a mission on and
// write its report; a partner's focal point sees the missions to its partner. Audited in each transaction.

type MissionRow = Awaited<ReturnType<typeof listMissions>>[number];
export type ExpertDirectory = { list(): Promise<User[]> };

export function createAidMissionsService(deps: { db: Db; clock: Clock; audit: AuditService; countries: CountriesService; users?: ExpertDirectory }) {
  const { db, clock, audit, countries } = deps;

  async function experts(): Promise<User[]> {
    return ((await deps.users?.list()) ?? []).filter((u) => u.role === 'expert' && !u.disabled);
  }

  async function teams(trx: DbExecutor = db): Promise<Team[]> {
    const [rows, members, people] = await Promise.all([listTeams(trx), listTeamMembers(trx), deps.users?.list() ?? Promise.resolve([])]);
    const name = new Map(people.map((u) => [u.id, u.displayName]));
    return rows.map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: t.created_at,
      members: members
        .filter((m) => m.team_id === t.id)
        .map((m) => ({ userId: m.user_id, name: name.get(m.user_id) ?? `#${m.user_id}`, specialty: m.specialty, languages: JSON.parse(m.languages) as string[] })),
    }));
  }

  async function toMissions(rows: MissionRow[]): Promise<Mission[]> {
    const [teamRows, members] = await Promise.all([listTeams(db), listTeamMembers(db)]);
    return rows.map((m) => ({
      id: m.id,
      teamId: m.team_id,
      teamName: teamRows.find((t) => t.id === m.team_id)?.name ?? '',
      partnerId: m.partner_id,
      kind: m.kind as Mission['kind'],
      objectives: JSON.parse(m.objectives) as Mission['objectives'],
      places: m.places,
      activities: m.activities,
      startDate: m.start_date,
      endDate: m.end_date,
      status: m.status as MissionStatus,
      report: m.report,
      experts: members.filter((x) => x.team_id === m.team_id).length,
      days: missionDays(m.start_date, m.end_date),
    }));
  }

  /** Every member a user with the expert role, none listed twice (422 at the member). */
  async function checkMembers(input: { members: ReadonlyArray<{ userId: number }> }): Promise<void> {
    const allowed = new Set((await experts()).map((u) => u.id));
    const errors = input.members.flatMap((m, k) => (allowed.has(m.userId) ? [] : [{ path: `members[${k}].userId`, message: 'not a user with the expert role' }]));
    const seen = new Set<number>();
    input.members.forEach((m, k) => {
      if (seen.has(m.userId)) errors.push({ path: `members[${k}].userId`, message: 'listed twice' });
      seen.add(m.userId);
    });
    if (errors.length > 0) throw new Unprocessable('the team was refused', errors);
  }

  /** The mission if the actor may reach it: coordinators all; an expert those of teams they belong to; 404 otherwise. */
  async function reach(trx: DbExecutor, actor: Actor, id: number): Promise<MissionRow> {
    const row = (await listMissions(trx, { id }))[0];
    if (!row) throw new NotFound('mission');
    if (actor.role === 'expert') {
      const mine = (await listTeamMembers(trx)).some((m) => m.team_id === row.team_id && m.user_id === actor.userId);
      if (!mine) throw new NotFound('mission');
    } else requirePartnerScope(actor, row.partner_id, 'mission');
    return row;
  }

  return {
    /** Users with the expert role, to form teams from. */
    async experts(): Promise<Array<{ id: number; name: string }>> {
      return (await experts()).map((u) => ({ id: u.id, name: u.displayName }));
    },

    teams: () => teams(),

    async createTeam(actor: Actor, raw: TeamInput): Promise<Team> {
      const input = TeamInputSchema.parse(raw);
      await checkMembers(input);
      const id = await db.transaction().execute(async (trx) => {
        if (await findTeamByName(trx, input.name)) throw new Conflict(`a team named ${input.name} exists`, [{ path: 'name', message: 'taken' }]);
        const teamId = await insertTeam(trx, { name: input.name, created_by: actor.userId, created_at: clock().toISOString() });
        await insertTeamMembers(trx, input.members.map((m) => ({ team_id: teamId, user_id: m.userId, specialty: m.specialty, languages: JSON.stringify(m.languages) })));
        await audit.record(trx, actor, { action: 'aid.team.create', entityType: 'aid_expert_team', entityId: teamId, summary: { name: input.name, members: input.members.map((m) => m.userId) } });
        return teamId;
      });
      return (await teams()).find((t) => t.id === id)!;
    },

    /** Renames a team and replaces its members (specialties and languages with them); the missions it was sent on keep it. */
    async updateTeam(actor: Actor, id: number, raw: TeamInput): Promise<Team> {
      const input = TeamInputSchema.parse(raw);
      await checkMembers(input);
      await db.transaction().execute(async (trx) => {
        if (!(await listTeams(trx)).some((t) => t.id === id)) throw new NotFound('team');
        const other = await findTeamByName(trx, input.name);
        if (other && other.id !== id) throw new Conflict(`a team named ${input.name} exists`, [{ path: 'name', message: 'taken' }]);
        const before = (await listTeamMembers(trx)).filter((m) => m.team_id === id).map((m) => m.user_id);
        await updateTeamName(trx, id, input.name);
        await deleteTeamMembers(trx, id);
        await insertTeamMembers(trx, input.members.map((m) => ({ team_id: id, user_id: m.userId, specialty: m.specialty, languages: JSON.stringify(m.languages) })));
        await audit.record(trx, actor, { action: 'aid.team.update', entityType: 'aid_expert_team', entityId: id, summary: { name: input.name, members: [before, input.members.map((m) => m.userId)] } });
      });
      return (await teams()).find((t) => t.id === id)!;
    },

    /** Missions: all for coordinators, their teams' for an expert, their partner's for a focal point. */
    async list(actor: Actor, filter: { partnerId?: string } = {}): Promise<Mission[]> {
      if (filter.partnerId !== undefined) requirePartnerScope(actor, filter.partnerId, 'partner');
      if (actor.role === 'expert') {
        const mine = (await listTeamMembers(db)).filter((m) => m.user_id === actor.userId).map((m) => m.team_id);
        return toMissions(await listMissions(db, { ...filter, teamIds: mine }));
      }
      return toMissions(await listMissions(db, filter));
    },

    async create(actor: Actor, raw: MissionInput): Promise<Mission> {
      const input = MissionInputSchema.parse(raw);
      if (!(await countries.partnerExists(input.partnerId))) throw new Unprocessable('the mission was refused', [{ path: 'partnerId', message: `no partner ${input.partnerId}` }]);
      const id = await db.transaction().execute(async (trx) => {
        if (!(await listTeams(trx)).some((t) => t.id === input.teamId)) throw new Unprocessable('the mission was refused', [{ path: 'teamId', message: `no team ${input.teamId}` }]);
        const missionId = await insertMission(trx, {
          team_id: input.teamId,
          partner_id: input.partnerId,
          kind: input.kind,
          objectives: JSON.stringify(input.objectives),
          places: input.places,
          activities: input.activities,
          start_date: input.startDate,
          end_date: input.endDate,
          status: 'planned',
          report: null,
          created_by: actor.userId,
          updated_at: clock().toISOString(),
        });
        await audit.record(trx, actor, { action: 'aid.mission.create', entityType: 'aid_mission', entityId: missionId, summary: { ...input } });
        return missionId;
      });
      return (await toMissions(await listMissions(db, { id })))[0]!;
    },

    /** The next status (409 out of order), the report, or a corrected plan; by a coordinator or one of the team's experts. */
    async update(actor: Actor, id: number, raw: MissionUpdate): Promise<Mission> {
      const input = MissionUpdateSchema.parse(raw);
      await db.transaction().execute(async (trx) => {
        const row = await reach(trx, actor, id);
        if (input.status !== undefined) {
          const check = checkMissionStatus(row.status as MissionStatus, input.status);
          if (!check.ok) throw new Conflict(check.message, [{ path: 'status', message: check.message }]);
        }
        const startDate = input.startDate ?? row.start_date;
        const endDate = input.endDate ?? row.end_date;
        if (endDate < startDate) throw new Unprocessable('the mission was refused', [{ path: input.endDate !== undefined ? 'endDate' : 'startDate', message: 'the mission ends on or after its start' }]);
        const plan = {
          ...(input.objectives !== undefined && { objectives: JSON.stringify(input.objectives) }),
          ...(input.places !== undefined && { places: input.places }),
          ...(input.activities !== undefined && { activities: input.activities }),
          ...(input.startDate !== undefined && { start_date: input.startDate }),
          ...(input.endDate !== undefined && { end_date: input.endDate }),
        };
        await updateMission(trx, id, { ...plan, ...(input.status !== undefined && { status: input.status }), ...(input.report !== undefined && { report: input.report }), updated_at: clock().toISOString() });
        await audit.record(trx, actor, {
          action: 'aid.mission.update',
          entityType: 'aid_mission',
          entityId: id,
          summary: { status: input.status ? [row.status, input.status] : undefined, report: input.report !== undefined, changed: Object.keys(plan) },
        });
      });
      return (await toMissions(await listMissions(db, { id })))[0]!;
    },

    /** The technical part of the published figures as of a date. */
    async figures(date: string): Promise<TechnicalFigures> {
      const [missions, members, partners] = await Promise.all([listMissions(db), listTeamMembers(db), countries.partners()]);
      const kind = new Map(partners.map((p) => [p.id, p.kind]));
      const byTeam = new Map<number, number[]>();
      for (const m of members) byTeam.set(m.team_id, [...(byTeam.get(m.team_id) ?? []), m.user_id]);
      return technicalFigures(
        date,
        missions.map((m) => ({ teamId: m.team_id, partnerId: m.partner_id, partnerKind: kind.get(m.partner_id) ?? 'country', kind: m.kind as 'in-country' | 'remote', status: m.status as MissionStatus, startDate: m.start_date, endDate: m.end_date })),
        byTeam,
      );
    },
  };
}

export type AidMissionsService = ReturnType<typeof createAidMissionsService>;
