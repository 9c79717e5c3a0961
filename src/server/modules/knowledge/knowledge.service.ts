import type { Readable } from 'node:stream';
import { findMeetingSlots, participantZones } from '../../../core/knowledge/meeting-slots';
import type { Role } from '../../../shared/schemas/roles';
import { DOCUMENT_FILE_MAX_BYTES, type DocumentFormat, type DocumentInput, type EditionFile, type KnowledgeDocument, type MeetingSlots } from '../../../shared/schemas/knowledge';
import type { Actor } from '../../auth/actor';
import { Conflict, NotFound, ValidationFailed } from '../../errors';
import type { ServiceContext } from '../../services';
import type { AuditService } from '../audit/audit.service';
import { detectFormat, extractFileText } from './file-content';
import { localFileStore, type FileStore } from './file-store';
import * as repo from './knowledge.repo';

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

export interface KnowledgeDeps extends Pick<ServiceContext, 'db' | 'clock'> {
  audit: AuditService;
  /** Where file contents live; by default a local directory (CONCORD_FILES_DIR, else data/files). */
  files?: FileStore;
}

export function createKnowledgeService(deps: KnowledgeDeps) {
  const { db, clock, audit } = deps;
  const files = deps.files ?? localFileStore(process.env.CONCORD_FILES_DIR ?? 'data/files');
  const now = () => clock().toISOString();

  /** A document the actor may see, with the editions it may see; 404 otherwise (drafts are publishers’). */
  async function visibleDocuments(actor: Actor, ids?: number[]): Promise<KnowledgeDocument[]> {
    const publisher = isPublisher(actor);
    let docs = await repo.listDocuments(db, { publicOnly: !publisher });
    if (ids) docs = docs.filter((d) => ids.includes(d.id));
    const editions = (await repo.editionsOf(db, docs.map((d) => d.id))).filter((e) => publisher || e.published_at !== null);
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
        throw new ValidationFailed(
          'some participants are not countries the slot finder knows',
          unknown.map((i) => ({ path: `body.participants.${i}`, message: `${query.participants[i]} is not a country with a capital time zone` })),
        );
      const slots = findMeetingSlots({ participants: query.participants, durationMinutes: query.durationMinutes, from: Date.parse(query.from), to: Date.parse(query.to) });
      return {
        slots: slots.slice(0, query.limit).map((s) => ({ start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString(), count: s.count, inside: s.inside })),
      };
    },

    documents: (actor: Actor) => visibleDocuments(actor),

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
      if (edition.published_at) throw new Conflict('a published edition is final: add a new edition to change its files');
      const staged = await files.stage(body, DOCUMENT_FILE_MAX_BYTES);
      try {
        const { format, mediaType } = await detectFormat(staged.path);
        const text = await extractFileText(staged.path, format);
        await staged.commit();
        const id = await db.transaction().execute(async (trx) => {
          const row = { edition_id: editionId, language: meta.language, format, media_type: mediaType, file_name: meta.fileName, sha256: staged.sha256, size: staged.size, text, created_at: now() };
          const id = await repo.putFile(trx, row);
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
      if (edition.published_at) throw new Conflict('this edition is already published');
      if ((await repo.filesOf(db, [editionId])).length === 0) throw new Conflict('an edition is published with at least one file');
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
      return { file: toFile(row), stream: files.open(row.sha256) };
    },
  };
}

function toFile(f: Pick<repo.FileRow, 'id' | 'language' | 'format' | 'media_type' | 'file_name' | 'sha256' | 'size'>): EditionFile {
  return { id: f.id, language: f.language, format: f.format as DocumentFormat, mediaType: f.media_type, fileName: f.file_name, sha256: f.sha256, size: Number(f.size) };
}

export type KnowledgeService = ReturnType<typeof createKnowledgeService>;
