import type { ExpertAnswerInputSchema, Expert, ExpertQuestion, ExpertQuestionInput, QuestionTopic } from '../../../shared/schemas/knowledge';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { Conflict, NotFound, Unprocessable } from '../../errors';
import type { UsersService } from '../accounts/users.service';
import type { AuditService } from '../audit/audit.service';
import type { KnowledgeQuestionsTable } from './knowledge.tables';
import type { Selectable } from 'kysely';

// Expert questions (ADR 086): a focal point asks on a topic of the fixed list; the question goes to the
// least-loaded active expert who declared the topic (fewest routed questions not yet answered, then the
// lowest user id), or to the unassigned queue when nobody did. An expert answers what was routed to them or
// takes one from the queue by answering it; the answer may name the edition it refers to and, once
// published, every partner reads it. Who sees what: the asking partner its own questions, experts theirs and
// the queue, coordinators and admins all, everyone signed in with a partner or an expert role the published ones.

type Row = Selectable<KnowledgeQuestionsTable>;
type AnswerInput = z.output<typeof ExpertAnswerInputSchema>;
const OVERSEERS = ['coordinator', 'admin', 'system'];
const HOUR_MS = 3_600_000;

export function createQuestions({ db, clock, audit, users, targetHours }: { db: Db; clock: Clock; audit: AuditService; users: UsersService; targetHours: number }) {
  const now = () => clock().toISOString();
  const isOverseer = (actor: Actor) => OVERSEERS.includes(actor.role);
  const isExpert = (actor: Actor) => actor.role === 'expert' && actor.userId !== null;

  async function activeExperts() {
    return (await users.list()).filter((u) => u.role === 'expert' && !u.disabled);
  }

  /** Open (routed, unanswered) questions per expert: the load routing balances. */
  async function openLoad(trx: DbExecutor): Promise<Map<number, number>> {
    const rows = await trx.selectFrom('knowledge_questions').select(['expert_id', (eb) => eb.fn.countAll<number | string>().as('n')]).where('expert_id', 'is not', null).where('answered_at', 'is', null).groupBy('expert_id').execute();
    return new Map(rows.map((r) => [r.expert_id!, Number(r.n)]));
  }

  async function present(rows: Row[]): Promise<ExpertQuestion[]> {
    if (rows.length === 0) return [];
    const names = new Map((await users.list()).map((u) => [u.id, u.displayName]));
    const editionIds = [...new Set(rows.flatMap((r) => (r.edition_id === null ? [] : [r.edition_id])))];
    const editions =
      editionIds.length === 0
        ? []
        : await db
            .selectFrom('knowledge_editions as e')
            .innerJoin('knowledge_documents as d', 'd.id', 'e.document_id')
            .select(['e.id', 'e.document_id', 'e.number', 'd.title_en', 'd.title_zh'])
            .where('e.id', 'in', editionIds)
            .execute();
    const byId = new Map(editions.map((e) => [e.id, { id: e.id, documentId: e.document_id, titleEn: e.title_en, titleZh: e.title_zh, number: e.number }]));
    const at = now();
    return rows.map((r) => ({
      id: r.id,
      partnerId: r.partner_id,
      topic: r.topic as QuestionTopic,
      text: r.text,
      askedAt: r.asked_at,
      dueAt: r.due_at,
      overdue: r.answered_at === null && r.due_at < at,
      status: r.published_at ? 'published' : r.answered_at ? 'answered' : r.expert_id === null ? 'unassigned' : 'assigned',
      expert: r.expert_id === null ? null : { userId: r.expert_id, name: names.get(r.expert_id) ?? '' },
      answer: r.answer,
      answeredAt: r.answered_at,
      edition: r.edition_id === null ? null : (byId.get(r.edition_id) ?? null),
      publishedAt: r.published_at,
    }));
  }

  const select = () => db.selectFrom('knowledge_questions').selectAll().orderBy('id', 'desc');

  /** A question the actor may see; 404 otherwise, whether or not it exists. */
  async function visible(actor: Actor, id: number): Promise<Row> {
    const row = await db.selectFrom('knowledge_questions').selectAll().where('id', '=', id).executeTakeFirst();
    const sees =
      row &&
      (isOverseer(actor) ||
        row.published_at !== null && ['expert', 'partner_focal_point'].includes(actor.role) ||
        (isExpert(actor) && (row.expert_id === null || row.expert_id === actor.userId)) ||
        (actor.role === 'partner_focal_point' && actor.partnerId === row.partner_id));
    if (!sees) throw new NotFound('question');
    return row;
  }

  /** A question the actor may answer or publish: an overseer any, an expert one routed to them or in the queue. */
  async function answerable(actor: Actor, id: number): Promise<Row> {
    const row = await visible(actor, id);
    if (!isOverseer(actor) && !(isExpert(actor) && (row.expert_id === null || row.expert_id === actor.userId))) throw new NotFound('question');
    return row;
  }

  return {
    targetHours,

    async ask(actor: Actor, partnerId: string, input: ExpertQuestionInput): Promise<ExpertQuestion> {
      if (actor.role === 'partner_focal_point' && actor.partnerId !== partnerId) throw new NotFound('partner');
      const declared = new Set((await db.selectFrom('knowledge_expert_topics').select('user_id').where('topic', '=', input.topic).execute()).map((r) => r.user_id));
      const candidates = (await activeExperts()).filter((u) => declared.has(u.id)).map((u) => u.id).sort((a, b) => a - b);
      const id = await db.transaction().execute(async (trx) => {
        const load = await openLoad(trx);
        const expertId = candidates.reduce<number | null>((best, c) => (best === null || (load.get(c) ?? 0) < (load.get(best) ?? 0) ? c : best), null);
        const askedAt = clock();
        const { id } = await trx
          .insertInto('knowledge_questions')
          .values({
            partner_id: partnerId,
            topic: input.topic,
            text: input.text,
            asked_by_label: actor.label,
            asked_at: askedAt.toISOString(),
            due_at: new Date(askedAt.getTime() + targetHours * HOUR_MS).toISOString(),
            expert_id: expertId,
            answer: null,
            answered_at: null,
            answered_by_label: null,
            edition_id: null,
            published_at: null,
            published_by_label: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit.record(trx, actor, { action: 'knowledge.question.ask', entityType: 'knowledge_question', entityId: id, summary: { partnerId, topic: input.topic, expertId } });
        return id;
      });
      return (await present([await visible(actor, id)]))[0]!;
    },

    /** The asking partner's own questions. */
    async ofPartner(actor: Actor, partnerId: string): Promise<ExpertQuestion[]> {
      if (actor.role === 'partner_focal_point' && actor.partnerId !== partnerId) throw new NotFound('partner');
      return present(await select().where('partner_id', '=', partnerId).execute());
    },

    /** The working list: an expert's routed questions and the unassigned queue; every question for overseers. */
    async list(actor: Actor): Promise<ExpertQuestion[]> {
      if (isOverseer(actor)) return present(await select().execute());
      if (!isExpert(actor)) return [];
      return present(await select().where((eb) => eb.or([eb('expert_id', 'is', null), eb('expert_id', '=', actor.userId!)])).execute());
    },

    /** Answers published to every partner. */
    async published(): Promise<ExpertQuestion[]> {
      return present(await db.selectFrom('knowledge_questions').selectAll().where('published_at', 'is not', null).orderBy('published_at', 'desc').orderBy('id', 'desc').execute());
    },

    async get(actor: Actor, id: number): Promise<ExpertQuestion> {
      return (await present([await visible(actor, id)]))[0]!;
    },

    /** Answers (or corrects the answer before it is published); an expert answering from the queue takes the question. */
    async answer(actor: Actor, id: number, input: AnswerInput): Promise<ExpertQuestion> {
      const row = await answerable(actor, id);
      if (row.published_at) throw new Conflict('the answer is published and stays as it was published', [], { key: 'knowledge.answer-published' });
      if (input.editionId !== null) {
        const edition = await db.selectFrom('knowledge_editions').select(['id', 'published_at']).where('id', '=', input.editionId).executeTakeFirst();
        if (!edition?.published_at) throw new Unprocessable('the edition is not a published one', [{ path: 'body.editionId', message: 'name a published edition' }]);
      }
      const expertId = row.expert_id ?? (isExpert(actor) ? actor.userId : null);
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('knowledge_questions').set({ answer: input.answer, answered_at: now(), answered_by_label: actor.label, edition_id: input.editionId, expert_id: expertId }).where('id', '=', id).execute();
        await audit.record(trx, actor, { action: 'knowledge.question.answer', entityType: 'knowledge_question', entityId: id, summary: { editionId: input.editionId, expertId, late: row.answered_at === null && row.due_at < now() } });
      });
      return this.get(actor, id);
    },

    /** Publishes the answer to every partner; once is enough. */
    async publish(actor: Actor, id: number): Promise<ExpertQuestion> {
      const row = await answerable(actor, id);
      if (row.answer === null) throw new Conflict('answer the question before publishing it', [], { key: 'knowledge.answer-first' });
      if (!row.published_at)
        await db.transaction().execute(async (trx) => {
          await trx.updateTable('knowledge_questions').set({ published_at: now(), published_by_label: actor.label }).where('id', '=', id).execute();
          await audit.record(trx, actor, { action: 'knowledge.question.publish', entityType: 'knowledge_question', entityId: id, summary: { partnerId: row.partner_id, editionId: row.edition_id } });
        });
      return this.get(actor, id);
    },

    /** Active experts with their topics and open load. */
    async experts(): Promise<Expert[]> {
      const topics = await db.selectFrom('knowledge_expert_topics').selectAll().orderBy('topic').execute();
      const load = await openLoad(db);
      return (await activeExperts()).map((u) => ({ userId: u.id, name: u.displayName, topics: topics.filter((t) => t.user_id === u.id).map((t) => t.topic as QuestionTopic), open: load.get(u.id) ?? 0 }));
    },

    /** An expert declares the topics they answer (replacing the earlier list). */
    async setTopics(actor: Actor, topics: QuestionTopic[]): Promise<QuestionTopic[]> {
      if (!isExpert(actor)) throw new NotFound('expert');
      const unique = [...new Set(topics)].sort();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('knowledge_expert_topics').where('user_id', '=', actor.userId!).execute();
        if (unique.length > 0) await trx.insertInto('knowledge_expert_topics').values(unique.map((topic) => ({ user_id: actor.userId!, topic }))).execute();
        await audit.record(trx, actor, { action: 'knowledge.expert.topics', entityType: 'user', entityId: actor.userId!, summary: { topics: unique } });
      });
      return unique;
    },

    async topicsOf(actor: Actor): Promise<QuestionTopic[]> {
      if (!isExpert(actor)) return [];
      return (await db.selectFrom('knowledge_expert_topics').select('topic').where('user_id', '=', actor.userId!).orderBy('topic').execute()).map((r) => r.topic as QuestionTopic);
    },
  };
}
