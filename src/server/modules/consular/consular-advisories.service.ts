import type { Selectable } from 'kysely';
import type { Advisory, AdvisoryInput, AdvisoryVersion, PublicAdvisory } from '../../../shared/schemas/consular-advisories';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import { findCitizenOfUser, findPost } from './consular.repo';
import type { ConsularAdvisoriesTable, ConsularAdvisoryVersionsTable } from './consular.tables';
import {
  audienceOf,
  deliveriesOf,
  findAdvisory,
  insertAdvisory,
  insertAdvisoryVersion,
  insertDeliveries,
  listAdvisories,
  listAdvisoryVersions,
  listRecipients,
  markOpened,
  reachCounts,
  updateAdvisory,
} from './consular-advisories.repo';

const toVersion = (v: Selectable<ConsularAdvisoryVersionsTable>): AdvisoryVersion => ({
  version: v.version,
  titleEn: v.title_en,
  titleZh: v.title_zh,
  bodyEn: v.body_en,
  bodyZh: v.body_zh,
  author: v.author_label,
  createdAt: v.created_at,
});

// Advisories: written in English and Chinese as plain text, every edit a new version (none overwritten),
// published to the post's citizens (all, students, or one city). Publishing records one delivery per citizen
// reached; a citizen opening it records when. The published text is public; who it reached is the post's.
export function createConsularAdvisoriesService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  /** Officers write for their own post; admins and coordinators name one. */
  async function postOf(trx: DbExecutor, actor: Actor, requested: string | undefined): Promise<string> {
    const postId = actor.role === 'consular_officer' ? actor.postId : requested;
    if (!postId || !(await findPost(trx, postId))) throw new Unprocessable('name the post this advisory is for', [{ path: 'postId', message: postId ? `no post ${postId}` : 'choose a post' }]);
    return postId;
  }

  async function reachable(trx: DbExecutor, actor: Actor, id: number) {
    const row = await findAdvisory(trx, id);
    if (!row || (actor.role === 'consular_officer' && row.post_id !== actor.postId)) throw new NotFound('advisory');
    return row;
  }

  async function present(trx: DbExecutor, rows: Selectable<ConsularAdvisoriesTable>[]): Promise<Advisory[]> {
    const ids = rows.map((r) => Number(r.id));
    const [versions, counts] = await Promise.all([listAdvisoryVersions(trx, ids), reachCounts(trx, ids)]);
    return rows.map((r) => {
      const count = counts.find((c) => Number(c.advisory_id) === Number(r.id));
      return {
        id: Number(r.id),
        postId: r.post_id,
        audience: r.audience,
        city: r.city,
        currentVersion: r.current_version,
        publishedVersion: r.published_version,
        publishedAt: r.published_at,
        versions: versions.filter((v) => Number(v.advisory_id) === Number(r.id)).map(toVersion),
        reach: { sent: Number(count?.sent ?? 0), opened: Number(count?.opened ?? 0) },
      };
    });
  }

  async function published(trx: DbExecutor, rows: Selectable<ConsularAdvisoriesTable>[]): Promise<PublicAdvisory[]> {
    const versions = await listAdvisoryVersions(trx, rows.map((r) => Number(r.id)));
    return rows.flatMap((r) => {
      const v = versions.find((x) => Number(x.advisory_id) === Number(r.id) && x.version === r.published_version);
      return v && r.published_at ? [{ id: Number(r.id), postId: r.post_id, audience: r.audience, city: r.city, publishedAt: r.published_at, ...toVersion(v) }] : [];
    });
  }

  const versionRow = (advisoryId: number, version: number, actor: Actor, input: AdvisoryInput, at: string) => ({
    advisory_id: advisoryId,
    version,
    title_en: input.titleEn,
    title_zh: input.titleZh,
    body_en: input.bodyEn,
    body_zh: input.bodyZh,
    author_label: actor.label,
    created_at: at,
  });

  return {
    async list(actor: Actor): Promise<Advisory[]> {
      return present(db, await listAdvisories(db, actor.role === 'consular_officer' ? { postId: actor.postId ?? '' } : {}));
    },

    async get(actor: Actor, id: number): Promise<Advisory> {
      return (await present(db, [await reachable(db, actor, id)]))[0]!;
    },

    /** A new advisory: version 1, not yet published. */
    async create(actor: Actor, input: AdvisoryInput): Promise<Advisory> {
      return db.transaction().execute(async (trx) => {
        const postId = await postOf(trx, actor, input.postId);
        const now = clock().toISOString();
        const city = input.audience === 'city' ? input.city : null;
        const id = await insertAdvisory(trx, { post_id: postId, audience: input.audience, city, current_version: 1, published_version: null, published_at: null, created_by: actor.userId, created_at: now, updated_at: now });
        await insertAdvisoryVersion(trx, versionRow(id, 1, actor, input, now));
        await audit.record(trx, actor, { action: 'consular.advisory.create', entityType: 'consular_advisory', entityId: String(id), summary: { postId, audience: input.audience, city, version: 1 } });
        return (await present(trx, [(await findAdvisory(trx, id))!]))[0]!;
      });
    },

    /** An edit is a new version; the published one stays as sent until the new one is published. */
    async revise(actor: Actor, id: number, input: AdvisoryInput): Promise<Advisory> {
      return db.transaction().execute(async (trx) => {
        const row = await reachable(trx, actor, id);
        const now = clock().toISOString();
        const version = row.current_version + 1;
        await insertAdvisoryVersion(trx, versionRow(id, version, actor, input, now));
        await updateAdvisory(trx, id, { current_version: version, audience: input.audience, city: input.audience === 'city' ? input.city : null, updated_at: now });
        await audit.record(trx, actor, { action: 'consular.advisory.revise', entityType: 'consular_advisory', entityId: String(id), summary: { version } });
        return (await present(trx, [(await findAdvisory(trx, id))!]))[0]!;
      });
    },

    /** Publishes the current version and sends it to every registered citizen of its audience. */
    async publish(actor: Actor, id: number): Promise<Advisory> {
      return db.transaction().execute(async (trx) => {
        const row = await reachable(trx, actor, id);
        if (row.published_version === row.current_version) throw new Unprocessable('this version is already published', [{ path: 'version', message: `version ${row.current_version} was published at ${row.published_at}` }]);
        const now = clock().toISOString();
        await updateAdvisory(trx, id, { published_version: row.current_version, published_at: now, updated_at: now });
        const citizens = (await audienceOf(trx, row)).map((c) => Number(c.id));
        await insertDeliveries(trx, id, row.current_version, citizens, now);
        await audit.record(trx, actor, { action: 'consular.advisory.publish', entityType: 'consular_advisory', entityId: String(id), summary: { version: row.current_version, sent: citizens.length } });
        return (await present(trx, [(await findAdvisory(trx, id))!]))[0]!;
      });
    },

    /** Who the advisory reached and who opened it: the post's officers only. */
    async recipients(actor: Actor, id: number) {
      await reachable(db, actor, id);
      const rows = await listRecipients(db, id);
      return { recipients: rows.map((r) => ({ citizenId: Number(r.citizen_id), fullName: r.full_name, version: r.version, sentAt: r.sent_at, openedAt: r.opened_at })) };
    },

    /** Published advisories, for anyone (optionally one post's). */
    async publicList(postId: string | undefined): Promise<PublicAdvisory[]> {
      return published(db, await listAdvisories(db, { ...(postId !== undefined && { postId }), published: true }));
    },

    /** The advisories sent to the signed-in citizen. */
    async mine(actor: Actor) {
      const me = actor.userId === null ? undefined : await findCitizenOfUser(db, actor.userId);
      if (!me) return [];
      const deliveries = await deliveriesOf(db, Number(me.id));
      const list = await published(db, await listAdvisories(db, { ids: [...new Set(deliveries.map((d) => Number(d.advisory_id)))] }));
      return list.map((a) => ({ ...a, openedAt: deliveries.find((d) => Number(d.advisory_id) === a.id)?.opened_at ?? null }));
    },

    /** The citizen opened an advisory sent to them (404 for one that was not). */
    async open(actor: Actor, id: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const me = actor.userId === null ? undefined : await findCitizenOfUser(trx, actor.userId);
        const sent = me ? (await deliveriesOf(trx, Number(me.id))).some((d) => Number(d.advisory_id) === id) : false;
        if (!me || !sent) throw new NotFound('advisory');
        const opened = await markOpened(trx, id, Number(me.id), clock().toISOString());
        if (opened > 0) await audit.record(trx, actor, { action: 'consular.advisory.open', entityType: 'consular_advisory', entityId: String(id), summary: { citizenId: Number(me.id) } });
      });
    },
  };
}

export type ConsularAdvisoriesService = ReturnType<typeof createConsularAdvisoriesService>;
