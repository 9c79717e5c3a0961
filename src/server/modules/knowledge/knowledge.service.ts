import type { Readable } from 'node:stream';
import { findMeetingSlots, participantZones } from '../../../core/knowledge/meeting-slots';
import type { Role } from '../../../shared/schemas/roles';
import {
  DOCUMENT_FILE_MAX_BYTES,
  type DeliveryDashboard,
  type DocumentFormat,
  type DocumentInput,
  type EditionFile,
  type InboxItem,
  type KnowledgeDocument,
  type MeetingSlots,
  type RemindInput,
  type SendInput,
  type SupersededHolder,
} from '../../../shared/schemas/knowledge';
import type { Actor } from '../../auth/actor';
import { Conflict, NotFound, Unprocessable } from '../../errors';
import type { DbExecutor } from '../../db/types';
import type { ServiceContext } from '../../services';
import type { AuditService } from '../audit/audit.service';
import type { UsersService } from '../accounts/users.service';
import type { CountriesService } from '../countries/countries.service';
import { defaultServiceLog } from '../../log';
import { detectFormat, extractFileText } from './file-content';
import { localFileStore, type FileStore } from './file-store';
import * as repo from './knowledge.repo';
import { reminderMail } from './reminder-mail';
import { createMeetings } from './meetings';
import { createQuestions } from './questions';
import { createOutbox, enqueueMail, smtpMailer, type Mailer } from './outbox';

export interface SlotQuery {
  participants: string[];
  durationMinutes: number;
  from: string;
  to: string;
  limit: number;
}

/** Who writes and publishes documents. */
export const PUBLISHERS: readonly Role[] = ['expert', 'coordinator', 'admin'];
const isPublisher = (actor: Actor) => (PUBLISHERS as readonly string[]).includes(actor.role) || actor.role === 'system';

export interface KnowledgeDeps extends Pick<ServiceContext, 'db' | 'dialect' | 'clock' | 'log'> {
  audit: AuditService;
  countries: CountriesService;
  users: UsersService;
  /** How reminders are e-mailed; by default SMTP at SMTP_URL, none without it (the outbox then waits). */
  mailer?: Mailer | null;
  /** Where file contents live; by default a local directory (CONCORD_FILES_DIR, else data/files). */
  files?: FileStore;
  /** The response-time target for expert questions; by default CONCORD_QUESTION_TARGET_HOURS, else 48. */
  questionTargetHours?: number;
}

/** The response-time target for expert questions, from CONCORD_QUESTION_TARGET_HOURS (default 48); a wrong value stops the start. */
export function questionTargetHours(value = process.env.CONCORD_QUESTION_TARGET_HOURS): number {
  if (value === undefined || value === '') return 48;
  const hours = Number(value);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 90) throw new Error(`invalid environment:\n  CONCORD_QUESTION_TARGET_HOURS: expected hours between 0 and 2160, got ${JSON.stringify(value)}`);
  return hours;
}

export function createKnowledgeService(deps: KnowledgeDeps) {
  const { db, dialect, clock, audit, countries } = deps;
  const files = deps.files ?? localFileStore(process.env.CONCORD_FILES_DIR ?? 'data/files');
  const now = () => clock().toISOString();
  const mailer = deps.mailer !== undefined ? deps.mailer : process.env.SMTP_URL ? smtpMailer(process.env.SMTP_URL) : null;
  const outbox = createOutbox({ db, clock, mailer, from: process.env.MAIL_FROM ?? 'Concord <no-reply@concord.invalid>', log: deps.log ?? defaultServiceLog });

  /** In-app reminders to partners about an edition, and an e-mail to each active focal point of theirs; audited. */
  async function remindPartners(actor: Actor, editionId: number, partnerIds: string[], kind: 'acknowledge' | 'superseded'): Promise<{ reminded: number; emails: number }> {
    if (partnerIds.length === 0) return { reminded: 0, emails: 0 };
    // Read before the transaction: the users service reads through the pool, which SQLite's one connection would wait on.
    const wanted = new Set(partnerIds);
    const focalPoints = (await deps.users.list()).filter((u) => u.role === 'partner_focal_point' && !u.disabled && u.partnerId !== null && wanted.has(u.partnerId));
    return db.transaction().execute((trx) => remindIn(trx, actor, editionId, partnerIds, kind, focalPoints.map((u) => u.email)));
  }

  async function remindIn(trx: DbExecutor, actor: Actor, editionId: number, partnerIds: string[], kind: 'acknowledge' | 'superseded', emails: string[]): Promise<{ reminded: number; emails: number }> {
    const at = now();
    await repo.insertReminders(trx, partnerIds.map((partner_id) => ({ edition_id: editionId, partner_id, kind, created_at: at, created_by_label: actor.label })));
    const edition = (await repo.findEdition(trx, editionId))!;
    const doc = (await repo.findDocument(trx, edition.document_id))!;
    const mail = reminderMail(kind, { titleEn: doc.title_en, titleZh: doc.title_zh, number: edition.number, date: edition.edition_date });
    await enqueueMail(trx, emails.map((to) => ({ to, ...mail })), at);
    await audit.record(trx, actor, { action: `knowledge.reminder.${kind}`, entityType: 'knowledge_edition', entityId: editionId, summary: { partners: partnerIds.length, emails: emails.length } });
    return { reminded: partnerIds.length, emails: emails.length };
  }

  /** A document the actor may see, with the editions it may see; 404 otherwise (drafts are publishers’). */
  async function visibleDocuments(actor: Actor, ids?: number[]): Promise<KnowledgeDocument[]> {
    const publisher = isPublisher(actor);
    // A partner also sees what was sent to it, public or not.
    const received = actor.role === 'partner_focal_point' && actor.partnerId ? new Set((await repo.deliveriesOfPartner(db, actor.partnerId)).map((d) => d.edition_id)) : new Set<number>();
    let docs = await repo.listDocuments(db, { publicOnly: !publisher && received.size === 0 });
    if (ids) docs = docs.filter((d) => ids.includes(d.id));
    const isPublic = new Set(docs.filter((d) => d.public === 1).map((d) => d.id));
    const editions = (await repo.editionsOf(db, docs.map((d) => d.id))).filter((e) => publisher || (e.published_at !== null && (isPublic.has(e.document_id) || received.has(e.id))));
    const fileRows = await repo.filesOf(db, editions.map((e) => e.id));
    const result = docs.map((d) => ({
      id: d.id,
      kind: d.kind as KnowledgeDocument['kind'],
      titleEn: d.title_en,
      titleZh: d.title_zh,
      public: d.public === 1,
      editions: editions
        .filter((e) => e.document_id === d.id)
        .map((e) => ({
          id: e.id,
          number: e.number,
          date: e.edition_date,
          summary: e.summary,
          publishedAt: e.published_at,
          files: fileRows.filter((f) => f.edition_id === e.id).map(toFile),
        })),
    }));
    // Someone who is not a publisher sees a document only once an edition of it is out.
    return publisher ? result : result.filter((d) => d.editions.length > 0);
  }

  async function requireEdition(id: number) {
    const edition = await repo.findEdition(db, id);
    if (!edition) throw new NotFound('edition');
    return edition;
  }

  return {
    /** Meeting times ranked by how many participants have them inside working hours (core/knowledge). */
    meetingSlots(query: SlotQuery): MeetingSlots {
      const { unknown } = participantZones(query.participants);
      if (unknown.length > 0)
        throw new Unprocessable(
          'some participants are not countries the slot finder knows',
          unknown.map((i) => ({ path: `body.participants.${i}`, message: `${query.participants[i]} is not a country with a capital time zone` })),
        );
      const slots = findMeetingSlots({ participants: query.participants, durationMinutes: query.durationMinutes, from: Date.parse(query.from), to: Date.parse(query.to) });
      return {
        slots: slots.slice(0, query.limit).map((s) => ({ start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString(), count: s.count, inside: s.inside })),
      };
    },

    /** The documents the actor may see; with `q`, those whose titles or files' text contain it (ignoring case). */
    async documents(actor: Actor, q?: string): Promise<KnowledgeDocument[]> {
      return visibleDocuments(actor, q === undefined ? undefined : await repo.searchDocuments(db, dialect, q));
    },

    async document(actor: Actor, id: number): Promise<KnowledgeDocument> {
      const [doc] = await visibleDocuments(actor, [id]);
      if (!doc) throw new NotFound('document');
      return doc;
    },

    async createDocument(actor: Actor, input: Required<DocumentInput>): Promise<KnowledgeDocument> {
      const id = await db.transaction().execute(async (trx) => {
        const { id } = await repo.insertDocument(trx, {
          kind: input.kind,
          title_en: input.titleEn,
          title_zh: input.titleZh,
          public: input.public ? 1 : 0,
          created_by: actor.userId,
          created_by_label: actor.label,
          created_at: now(),
        });
        await repo.indexText(trx, { document_id: id, file_id: null, body: `${input.titleEn}\n${input.titleZh}` });
        await audit.record(trx, actor, { action: 'knowledge.document.create', entityType: 'knowledge_document', entityId: id, summary: { ...input } });
        return id;
      });
      return this.document(actor, id);
    },

    /** A new draft edition, numbered after the document's last. */
    async addEdition(actor: Actor, documentId: number, input: { date: string; summary: string }): Promise<KnowledgeDocument> {
      if (!(await repo.findDocument(db, documentId))) throw new NotFound('document');
      await db.transaction().execute(async (trx) => {
        const number = (await repo.lastEditionNumber(trx, documentId)) + 1;
        const { id } = await repo.insertEdition(trx, { document_id: documentId, number, edition_date: input.date, summary: input.summary, published_at: null, published_by_label: null, created_at: now() });
        await audit.record(trx, actor, { action: 'knowledge.edition.create', entityType: 'knowledge_edition', entityId: id, summary: { documentId, number, ...input } });
      });
      return this.document(actor, documentId);
    },

    /**
     * Streams a file into a draft edition: staged while hashed and counted, typed from its bytes, its text
     * extracted, then kept by hash. A refused file leaves nothing behind.
     */
    async uploadFile(actor: Actor, editionId: number, meta: { language: string; fileName: string }, body: Readable): Promise<EditionFile> {
      const edition = await requireEdition(editionId);
      if (edition.published_at) throw new Conflict('a published edition is final: add a new edition to change its files', [], { key: 'knowledge.edition-final' });
      const staged = await files.stage(body, DOCUMENT_FILE_MAX_BYTES);
      try {
        const { format, mediaType } = await detectFormat(staged.path);
        const text = await extractFileText(staged.path, format);
        await staged.commit();
        const id = await db.transaction().execute(async (trx) => {
          const row = { edition_id: editionId, language: meta.language, format, media_type: mediaType, file_name: meta.fileName, sha256: staged.sha256, size: staged.size, text, created_at: now() };
          const id = await repo.putFile(trx, row);
          await repo.indexText(trx, { document_id: edition.document_id, file_id: id, body: text });
          await audit.record(trx, actor, { action: 'knowledge.file.upload', entityType: 'knowledge_edition', entityId: editionId, summary: { language: meta.language, format, sha256: staged.sha256, size: staged.size, fileName: meta.fileName } });
          return id;
        });
        return toFile({ id, language: meta.language, format, media_type: mediaType, file_name: meta.fileName, sha256: staged.sha256, size: staged.size });
      } finally {
        await staged.discard();
      }
    },

    async publish(actor: Actor, editionId: number): Promise<KnowledgeDocument> {
      const edition = await requireEdition(editionId);
      if (edition.published_at) throw new Conflict('this edition is already published', [], { key: 'knowledge.already-published' });
      if ((await repo.filesOf(db, [editionId])).length === 0) throw new Conflict('an edition is published with at least one file', [], { key: 'knowledge.no-files' });
      await db.transaction().execute(async (trx) => {
        await repo.publishEdition(trx, editionId, now(), actor.label);
        await audit.record(trx, actor, { action: 'knowledge.edition.publish', entityType: 'knowledge_edition', entityId: editionId, summary: { documentId: edition.document_id, number: edition.number } });
      });
      return this.document(actor, edition.document_id);
    },

    /** A file the actor may see, with a stream of its content; 404 otherwise. */
    async download(actor: Actor, fileId: number): Promise<{ file: EditionFile; stream: Readable }> {
      const row = await repo.findFile(db, fileId);
      const edition = row && (await repo.findEdition(db, row.edition_id));
      const visible = edition && (await visibleDocuments(actor, [edition.document_id]))[0]?.editions.some((e) => e.id === edition.id);
      if (!row || !visible) throw new NotFound('file');
      if (actor.role === 'partner_focal_point' && actor.partnerId) {
        const delivery = await repo.findDelivery(db, edition.id, actor.partnerId);
        if (delivery && !delivery.downloaded_at)
          await db.transaction().execute(async (trx) => {
            await repo.markDelivery(trx, delivery.id, { downloaded_at: now() });
            await audit.record(trx, actor, { action: 'knowledge.delivery.download', entityType: 'knowledge_edition', entityId: edition.id, summary: { partnerId: actor.partnerId, fileId } });
          });
      }
      return { file: toFile(row), stream: files.open(row.sha256) };
    },

    /** Sends a published edition to every partner, a WHO region's countries, or a list; each partner once. */
    async send(actor: Actor, editionId: number, input: SendInput): Promise<{ sent: number; alreadySent: number }> {
      const edition = await requireEdition(editionId);
      if (!edition.published_at) throw new Conflict('publish the edition before sending it', [], { key: 'knowledge.publish-first' });
      const partners = await countries.partners();
      let targets: string[];
      if ('all' in input.to) targets = partners.map((p) => p.id);
      else if ('region' in input.to) {
        const region = input.to.region;
        targets = partners.filter((p) => p.kind === 'country' && p.whoRegion === region).map((p) => p.id);
      } else {
        const known = new Set(partners.map((p) => p.id));
        const listed = input.to.partners;
        const unknown = listed.flatMap((id, i) => (known.has(id) ? [] : [{ path: `body.to.partners.${i}`, message: `${id} is not a partner` }]));
        if (unknown.length > 0) throw new Unprocessable('some recipients are not partners', unknown);
        targets = [...new Set(listed)];
      }
      return db.transaction().execute(async (trx) => {
        const already = new Set(await repo.deliveredPartners(trx, editionId));
        const fresh = targets.filter((id) => !already.has(id));
        await repo.insertDeliveries(trx, editionId, fresh, now(), actor.label);
        await audit.record(trx, actor, { action: 'knowledge.edition.send', entityType: 'knowledge_edition', entityId: editionId, summary: { to: input.to, sent: fresh.length, alreadySent: targets.length - fresh.length } });
        return { sent: fresh.length, alreadySent: targets.length - fresh.length };
      });
    },

    /** What was sent to a partner, newest first (a focal point: its own partner's only, 404 otherwise). */
    async inbox(actor: Actor, partnerId: string): Promise<InboxItem[]> {
      requireOwnPartner(actor, partnerId);
      const deliveries = await repo.deliveriesOfPartner(db, partnerId);
      const editions = await Promise.all(deliveries.map((d) => repo.findEdition(db, d.edition_id)));
      const docs = new Map((await repo.listDocuments(db, { publicOnly: false })).map((d) => [d.id, d]));
      const fileRows = await repo.filesOf(db, deliveries.map((d) => d.edition_id));
      const reminders = new Map<number, { at: string; kind: 'acknowledge' | 'superseded' }>();
      for (const r of await repo.remindersOfPartner(db, partnerId)) if (!reminders.has(r.edition_id)) reminders.set(r.edition_id, { at: r.created_at, kind: r.kind as 'acknowledge' | 'superseded' });
      return deliveries.map((d, i) => {
        const e = editions[i]!;
        const doc = docs.get(e.document_id)!;
        return {
          editionId: e.id,
          documentId: doc.id,
          kind: doc.kind as InboxItem['kind'],
          titleEn: doc.title_en,
          titleZh: doc.title_zh,
          number: e.number,
          date: e.edition_date,
          summary: e.summary,
          files: fileRows.filter((f) => f.edition_id === e.id).map(toFile),
          sentAt: d.sent_at,
          downloadedAt: d.downloaded_at,
          acknowledgedAt: d.acknowledged_at,
          reminder: reminders.get(e.id) ?? null,
        };
      });
    },

    /** The focal point confirms receipt; audited once (acknowledging again changes nothing). */
    async acknowledge(actor: Actor, partnerId: string, editionId: number): Promise<InboxItem> {
      requireOwnPartner(actor, partnerId);
      const delivery = await repo.findDelivery(db, editionId, partnerId);
      if (!delivery) throw new NotFound('delivery');
      if (!delivery.acknowledged_at)
        await db.transaction().execute(async (trx) => {
          await repo.markDelivery(trx, delivery.id, { acknowledged_at: now(), acknowledged_by_label: actor.label });
          await audit.record(trx, actor, { action: 'knowledge.delivery.acknowledge', entityType: 'knowledge_edition', entityId: editionId, summary: { partnerId } });
        });
      return (await this.inbox(actor, partnerId)).find((item) => item.editionId === editionId)!;
    },

    /** Who has an edition, who downloaded and acknowledged it, and who is overdue. */
    async deliveries(editionId: number, overdueAfterDays: number): Promise<DeliveryDashboard> {
      await requireEdition(editionId);
      const partners = new Map((await countries.partners()).map((p) => [p.id, p]));
      const cutoff = clock().getTime() - overdueAfterDays * 86_400_000;
      const deliveries = (await repo.deliveriesOfEdition(db, editionId)).map((d) => {
        const p = partners.get(d.partner_id)!;
        return {
          partnerId: d.partner_id,
          partnerKind: p.kind,
          nameEn: p.nameEn,
          nameZh: p.nameZh,
          sentAt: d.sent_at,
          downloadedAt: d.downloaded_at,
          acknowledgedAt: d.acknowledged_at,
          overdue: d.acknowledged_at === null && Date.parse(d.sent_at) <= cutoff,
        };
      });
      return {
        editionId,
        sent: deliveries.length,
        downloaded: deliveries.filter((d) => d.downloadedAt).length,
        acknowledged: deliveries.filter((d) => d.acknowledgedAt).length,
        overdue: deliveries.filter((d) => d.overdue).length,
        deliveries,
      };
    },

    /** Partners whose newest copy of a document is older than its latest published edition, by document then partner. */
    async superseded(): Promise<SupersededHolder[]> {
      const latest = new Map<number, { id: number; number: number }>();
      for (const e of await repo.publishedEditions(db)) if ((latest.get(e.document_id)?.number ?? 0) < e.number) latest.set(e.document_id, { id: e.id, number: e.number });
      const held = new Map<string, { partnerId: string; documentId: number; editionId: number; number: number }>();
      for (const d of await repo.deliveriesWithEditions(db)) {
        const key = `${d.document_id}\u0000${d.partner_id}`;
        if ((held.get(key)?.number ?? 0) < d.number) held.set(key, { partnerId: d.partner_id, documentId: d.document_id, editionId: d.edition_id, number: d.number });
      }
      const partners = new Map((await countries.partners()).map((p) => [p.id, p]));
      const docs = new Map((await repo.listDocuments(db, { publicOnly: false })).map((d) => [d.id, d]));
      return [...held.values()]
        .filter((h) => (latest.get(h.documentId)?.number ?? 0) > h.number)
        .sort((a, b) => a.documentId - b.documentId || a.partnerId.localeCompare(b.partnerId))
        .map((h) => {
          const p = partners.get(h.partnerId)!;
          const doc = docs.get(h.documentId)!;
          const newest = latest.get(h.documentId)!;
          return {
            partnerId: h.partnerId,
            partnerKind: p.kind,
            nameEn: p.nameEn,
            nameZh: p.nameZh,
            documentId: h.documentId,
            titleEn: doc.title_en,
            titleZh: doc.title_zh,
            heldEditionId: h.editionId,
            heldNumber: h.number,
            latestEditionId: newest.id,
            latestNumber: newest.number,
          };
        });
    },

    /** Reminds the listed partners, or every overdue one, that have not acknowledged an edition. */
    async remind(actor: Actor, editionId: number, input: Required<Pick<RemindInput, 'overdueAfterDays'>> & Pick<RemindInput, 'partners'>): Promise<{ reminded: number; emails: number }> {
      const dashboard = await this.deliveries(editionId, input.overdueAfterDays);
      const listed = input.partners ? new Set(input.partners) : null;
      const targets = dashboard.deliveries.filter((d) => d.acknowledgedAt === null && (listed ? listed.has(d.partnerId) : d.overdue)).map((d) => d.partnerId);
      return remindPartners(actor, editionId, targets, 'acknowledge');
    },

    /** Sends the latest edition to partners holding a superseded one (of a document, or any) and reminds them to replace it. */
    async remindSuperseded(actor: Actor, input: { documentId?: number; partners?: string[] }): Promise<{ sent: number; reminded: number; emails: number }> {
      const listed = input.partners ? new Set(input.partners) : null;
      const holders = (await this.superseded()).filter((h) => (input.documentId === undefined || h.documentId === input.documentId) && (!listed || listed.has(h.partnerId)));
      const byEdition = new Map<number, string[]>();
      for (const h of holders) byEdition.set(h.latestEditionId, [...(byEdition.get(h.latestEditionId) ?? []), h.partnerId]);
      const totals = { sent: 0, reminded: 0, emails: 0 };
      for (const [editionId, partnerIds] of byEdition) {
        const { sent } = await this.send(actor, editionId, { to: { partners: partnerIds } });
        const reminded = await remindPartners(actor, editionId, partnerIds, 'superseded');
        totals.sent += sent;
        totals.reminded += reminded.reminded;
        totals.emails += reminded.emails;
      }
      return totals;
    },

    /** Briefings and exchange meetings (ADR 085). */
    meetings: createMeetings({ db, clock, audit, countries }),

    /** Partners' questions to the experts (ADR 086). */
    questions: createQuestions({ db, clock, audit, users: deps.users, targetHours: deps.questionTargetHours ?? questionTargetHours() }),

    /** The e-mail outbox: its loop (started by `serve`) and its counts. */
    outbox,
    async outboxStatus() {
      return { smtp: mailer !== null, ...(await outbox.status()) };
    },

    /** "Shared with N countries and M organisations": partners that received any edition. */
    async reach(): Promise<{ countries: number; organisations: number }> {
      const kinds = new Map((await countries.partners()).map((p) => [p.id, p.kind]));
      const reached = (await repo.reachedPartners(db)).map((id) => kinds.get(id));
      return { countries: reached.filter((k) => k === 'country').length, organisations: reached.filter((k) => k === 'organisation').length };
    },
  };
}

/** A focal point reaches its own partner only; coordinators and admins every partner (404 otherwise). */
function requireOwnPartner(actor: Actor, partnerId: string): void {
  if (actor.role === 'coordinator' || actor.role === 'admin' || actor.role === 'system') return;
  if (actor.role === 'partner_focal_point' && actor.partnerId === partnerId) return;
  throw new NotFound('inbox');
}

function toFile(f: Pick<repo.FileRow, 'id' | 'language' | 'format' | 'media_type' | 'file_name' | 'sha256' | 'size'>): EditionFile {
  return { id: f.id, language: f.language, format: f.format as DocumentFormat, mediaType: f.media_type, fileName: f.file_name, sha256: f.sha256, size: Number(f.size) };
}

export type KnowledgeService = ReturnType<typeof createKnowledgeService>;
