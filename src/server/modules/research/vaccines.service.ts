import type { Selectable } from 'kysely';
import {
  VACCINE_MODERATORS,
  VACCINE_ROUTES,
  VaccineCandidateInputSchema,
  type VaccineCandidate,
  type VaccineCandidateInput,
  type VaccineProposal,
  type VaccineProposalInput,
  type VaccineProposals,
  type Vaccines,
  type VaccinesQuery,
} from '../../../shared/schemas/research-vaccines';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import { Conflict, NotFound } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { ResearchVaccineCandidatesTable, ResearchVaccineProposalsTable } from './research.tables';
import * as repo from './vaccines.repo';

// The vaccine R&D tracker. Anyone reads the published candidates; a researcher proposes an edit or a
// new candidate, which changes nothing until a moderator publishes it. Every proposal, publication and
// rejection is audited in the transaction that makes it.

const isModerator = (actor: Actor) => actor.role === 'system' || (VACCINE_MODERATORS as readonly string[]).includes(actor.role);
const routeOrder = (route: string) => (VACCINE_ROUTES as readonly string[]).indexOf(route);

/** A stable address-like key from a name: "ChAdOx1 nCoV-19 (AZD1222)" → "chadox1-ncov-19-azd1222". */
export function slugOf(name: string): string {
  return name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'candidate';
}

function toCandidate(row: Selectable<ResearchVaccineCandidatesTable>): VaccineCandidate {
  return { ...VaccineCandidateInputSchema.parse(JSON.parse(row.record)), id: row.id, slug: row.slug, updatedAt: row.updated_at };
}

function toProposal(row: Selectable<ResearchVaccineProposalsTable>): VaccineProposal {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    status: row.status,
    candidate: VaccineCandidateInputSchema.parse(JSON.parse(row.record)),
    comment: row.comment,
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    reviewNote: row.review_note,
  };
}

function matches(c: VaccineCandidate, q: VaccinesQuery): boolean {
  if (q.route && c.route !== q.route) return false;
  if (q.phase && !c.trials.some((t) => t.phase === q.phase)) return false;
  if (q.country) {
    const countries = [...c.developers, ...c.partners].map((o) => o.country).concat(c.trials.flatMap((t) => t.countries));
    if (!countries.includes(q.country)) return false;
  }
  if (q.q) {
    const words = [c.name, c.platform, ...c.developers.map((d) => d.name), ...c.partners.map((p) => p.name), ...c.trials.map((t) => t.registryId)].join('\n').toLowerCase();
    if (!words.includes(q.q.toLowerCase())) return false;
  }
  return true;
}

export function createVaccinesService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  async function requireProposal(actor: Actor, id: number) {
    const row = await repo.findProposal(db, id);
    // A researcher reaches only their own proposals: another's is the same 404 as none.
    if (!row || (!isModerator(actor) && (actor.userId === null || row.proposed_by !== actor.userId))) throw new NotFound('proposal');
    return row;
  }

  return {
    /** Published candidates by route (in the order of VACCINE_ROUTES), then name. */
    async list(q: VaccinesQuery): Promise<Vaccines> {
      const candidates = (await repo.listCandidates(db)).map(toCandidate).filter((c) => matches(c, q));
      candidates.sort((a, b) => routeOrder(a.route) - routeOrder(b.route) || a.name.localeCompare(b.name, 'en'));
      return { candidates };
    },

    async candidate(id: number): Promise<VaccineCandidate> {
      const row = await repo.findCandidate(db, id);
      if (!row) throw new NotFound('vaccine candidate');
      return toCandidate(row);
    },

    async propose(actor: Actor, input: VaccineProposalInput): Promise<VaccineProposal> {
      if (input.candidateId !== undefined && !(await repo.findCandidate(db, input.candidateId))) throw new NotFound('vaccine candidate');
      const id = await db.transaction().execute(async (trx) => {
        const proposalId = await repo.insertProposal(trx, {
          candidate_id: input.candidateId ?? null,
          status: 'pending',
          record: JSON.stringify(input.candidate),
          comment: input.comment,
          proposed_by: actor.userId,
          proposed_at: clock().toISOString(),
        });
        await audit.record(trx, actor, {
          action: 'research.vaccine.propose',
          entityType: 'research_vaccine_proposal',
          entityId: proposalId,
          summary: { candidateId: input.candidateId ?? null, name: input.candidate.name, route: input.candidate.route },
        });
        return proposalId;
      });
      return toProposal((await repo.findProposal(db, id))!);
    },

    /** A researcher's own proposals; a moderator's view is everyone's. Newest first. */
    async proposals(actor: Actor, status?: VaccineProposal['status']): Promise<VaccineProposals> {
      const proposedBy = isModerator(actor) ? undefined : (actor.userId ?? -1);
      return { proposals: (await repo.listProposals(db, { proposedBy, status })).map(toProposal) };
    },

    async proposal(actor: Actor, id: number): Promise<VaccineProposal> {
      return toProposal(await requireProposal(actor, id));
    },

    /** Applies a pending proposal to the tracker (a new candidate or an edit); 409 if it is no longer pending. */
    async publish(actor: Actor, id: number, note: string): Promise<VaccineCandidate> {
      const row = await requireProposal(actor, id);
      if (row.status !== 'pending') throw new Conflict(`this proposal is already ${row.status}`);
      const now = clock().toISOString();
      const candidateId = await db.transaction().execute(async (trx) => {
        const record = JSON.parse(row.record) as VaccineCandidateInput;
        let target = row.candidate_id;
        const previous = target === null ? undefined : await repo.findCandidate(trx, target);
        if (target !== null && !previous) throw new NotFound('vaccine candidate');
        if (target === null) {
          const slug = slugOf(record.name);
          if (await repo.slugTaken(trx, slug)) throw new Conflict(`a candidate named like “${record.name}” is already tracked: propose an edit of it instead`);
          target = await repo.insertCandidate(trx, { slug, name: record.name, route: record.route, record: row.record, updated_at: now, updated_by: actor.userId });
        } else {
          await repo.updateCandidate(trx, target, { name: record.name, route: record.route, record: row.record, updated_at: now, updated_by: actor.userId });
        }
        if (!(await repo.closeProposal(trx, id, { status: 'published', reviewed_by: actor.userId, reviewed_at: now, review_note: note || null, candidate_id: target }))) {
          throw new Conflict('this proposal was reviewed meanwhile');
        }
        await audit.record(trx, actor, {
          action: 'research.vaccine.publish',
          entityType: 'research_vaccine_candidate',
          entityId: target,
          summary: { proposalId: id, proposedBy: row.proposed_by, name: record.name, previous: previous ? (JSON.parse(previous.record) as unknown) : null, note },
        });
        return target;
      });
      return toCandidate((await repo.findCandidate(db, candidateId))!);
    },

    async reject(actor: Actor, id: number, note: string): Promise<VaccineProposal> {
      const row = await requireProposal(actor, id);
      if (row.status !== 'pending') throw new Conflict(`this proposal is already ${row.status}`);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.closeProposal(trx, id, { status: 'rejected', reviewed_by: actor.userId, reviewed_at: clock().toISOString(), review_note: note || null }))) {
          throw new Conflict('this proposal was reviewed meanwhile');
        }
        await audit.record(trx, actor, { action: 'research.vaccine.reject', entityType: 'research_vaccine_proposal', entityId: id, summary: { name: JSON.parse(row.record).name as string, note } });
      });
      return toProposal((await repo.findProposal(db, id))!);
    },

    /** Loads the shipped candidates into an empty tracker; returns how many, or null when it holds some. */
    async seed(candidates: VaccineCandidateInput[]): Promise<{ candidates: number } | null> {
      if ((await repo.countCandidates(db)) > 0) return null;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        for (const c of candidates) await repo.insertCandidate(trx, { slug: slugOf(c.name), name: c.name, route: c.route, record: JSON.stringify(c), updated_at: now, updated_by: null });
      });
      return { candidates: candidates.length };
    },
  };
}

export type VaccinesService = ReturnType<typeof createVaccinesService>;
