import type { Selectable } from 'kysely';
import { atomFeed } from '../../../core/results/atom-feed';
import { compareTrials } from '../../../core/results/compare-trials';
import { doiKey } from '../../../core/results/identifiers';
import { parseDoiList, type ImportProblem } from '../../../core/results/import-entries';
import { resultsCsv } from '../../../core/results/results-csv';
import { toCsl } from '../../../core/results/to-csl';
import {
  RESULT_FACETS,
  RESULT_MODERATORS,
  ResultRecordSchema,
  ResultStubSchema,
  type Comparison,
  type PendingVersions,
  type ResultDetail,
  type ResultExportFormat,
  type ResultImport,
  type ResultImported,
  type ResultRecord,
  type ResultsFilter,
  type ResultsPage,
  type ResultStub,
  type ResultSubmit,
  type ResultSummary,
} from '../../../shared/schemas/research-results';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, Dialect } from '../../db/types';
import { Conflict, NotFound, Unprocessable, ValidationFailed } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { ResearchResultVersionsTable } from './research.tables';
import { formatCitations, readCitationFile } from './results-formats';
import * as repo from './results.repo';
import { indexOf, stubSummary, summaryOf } from './results-records';

// The research-results exchange (ADR 052). A researcher submits a result; nothing is public until a moderator
// publishes it. Unpublished results and pending versions are their author's and the moderators' only: to
// anyone else they do not exist (404). Corrections are new versions, published the same way; withdrawal
// keeps the record with a notice. Every submission, publication, rejection and withdrawal is audited.

const EXPORT_CAP = 10_000;
const FEED_ENTRIES = 50;
const isModerator = (actor: Actor) => actor.role === 'system' || (RESULT_MODERATORS as readonly string[]).includes(actor.role);
const parseRecord = (json: string): ResultRecord => ResultRecordSchema.parse(JSON.parse(json));

export interface ResultLinks {
  /** The site's origin, e.g. https://concord.example.org, for links in exports and the feed. */
  origin: string;
}

export function createResultsService(deps: { db: Db; dialect: Dialect; clock: Clock; audit: AuditService }) {
  const { db, dialect, clock, audit } = deps;
  const pageUrl = (origin: string, id: number) => `${origin}/research/results/${id}`;

  const isOwner = (actor: Actor, submittedBy: number | null) => actor.userId !== null && submittedBy === actor.userId;

  /** A result the caller may see: published ones to anyone, the others to their author and moderators. */
  async function requireVisible(actor: Actor, id: number) {
    const row = await repo.findResult(db, id);
    if (!row || (row.published_version === null && !isOwner(actor, row.submitted_by) && !isModerator(actor))) throw new NotFound('result');
    return row;
  }

  /** A result the caller may change: their own, or any for a moderator. */
  async function requireEditable(actor: Actor, id: number) {
    const row = await repo.findResult(db, id);
    if (!row || (!isOwner(actor, row.submitted_by) && !isModerator(actor))) throw new NotFound('result');
    return row;
  }

  async function checkReferences(record: ResultRecord, exceptId?: number) {
    const known = await repo.existingGenomes(db, record.genomes);
    const missing = record.genomes.map((g, i) => ({ g, i })).filter(({ g }) => !known.has(g));
    if (missing.length > 0) {
      throw new Unprocessable('some linked genomes are not in the repository', missing.map(({ g, i }) => ({ path: `body.record.genomes.${i}`, message: `no genome ${g} in the repository` })));
    }
    if (record.doi) {
      const other = await repo.findByDoi(db, doiKey(record.doi), exceptId);
      if (other) throw new Conflict(`result ${other.id} already has this DOI`, [{ path: 'body.record.doi', message: `result ${other.id} already has this DOI` }]);
    }
  }

  async function detail(actor: Actor, id: number, version?: number): Promise<ResultDetail> {
    const row = await requireVisible(actor, id);
    const privileged = isOwner(actor, row.submitted_by) || isModerator(actor);
    const versions = (await repo.listVersions(db, id)).filter((v) => privileged || v.status === 'published' || v.status === 'superseded');
    const wanted = version ?? row.published_version ?? row.latest_version;
    const shown = versions.find((v) => v.version === wanted);
    if (!shown) throw new NotFound('version');
    const draft = shown.status === 'draft';
    return {
      id,
      status: row.status,
      version: shown.version,
      record: draft ? null : parseRecord(shown.record),
      stub: draft ? ResultStubSchema.parse(JSON.parse(shown.record)) : null,
      versions: versions.map(toVersion),
      submittedBy: row.submitted_by,
      publishedAt: row.published_at,
      withdrawal: row.withdrawn_at ? { notice: row.withdrawal_notice ?? '', at: row.withdrawn_at } : null,
      canEdit: privileged && row.status !== 'withdrawn',
      canModerate: isModerator(actor),
    };
  }

  async function publishedRecords(ids: number[]) {
    const rows = await repo.publishedRows(db, ids);
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [{ id, status: r.status, record: parseRecord(r.record), reviewedAt: r.reviewed_at, publishedAt: r.published_at }] : [];
    });
  }

  return {
    detail,

    async search(q: ResultsFilter & { limit: number; offset: number }): Promise<ResultsPage> {
      const { limit, offset, ...filter } = q;
      const [{ ids, total }, counts] = await Promise.all([repo.searchPage(db, dialect, filter, limit, offset), repo.facetCounts(db, dialect, filter)]);
      const facets = Object.fromEntries(RESULT_FACETS.map((f) => [f, [] as { value: string; count: number }[]])) as ResultsPage['facets'];
      for (const c of counts) facets[c.facet as keyof ResultsPage['facets']]?.push({ value: c.value, count: c.count });
      for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      return { results: (await publishedRecords(ids)).map((r) => summaryOf(r.id, r.status, r.record)), total, facets };
    },

    /** The caller's own results in every state, newest first. */
    async mine(actor: Actor): Promise<{ results: ResultSummary[] }> {
      if (actor.userId === null) return { results: [] };
      const rows = await repo.ownRows(db, actor.userId);
      return { results: rows.map((r) => (r.version_status === 'draft' ? stubSummary(r.id, ResultStubSchema.parse(JSON.parse(r.record))) : summaryOf(r.id, r.status, parseRecord(r.record)))) };
    },

    /** Versions waiting for a moderator (first submissions and corrections), oldest first. */
    async pending(): Promise<PendingVersions> {
      const rows = await repo.pendingVersions(db);
      return {
        pending: rows.map((r) => {
          const record = parseRecord(r.record);
          return { id: r.id, version: r.version, title: record.title, kind: record.kind, changeNote: r.change_note, submittedBy: r.submitted_by, submittedAt: r.submitted_at, correction: r.published_version !== null };
        }),
      };
    },

    async submit(actor: Actor, input: ResultSubmit): Promise<ResultDetail> {
      await checkReferences(input.record);
      const now = clock().toISOString();
      const id = await db.transaction().execute(async (trx) => {
        const resultId = await repo.insertResult(trx, {
          status: 'pending',
          kind: input.record.kind,
          title: input.record.title,
          date: input.record.date,
          doi_key: input.record.doi ? doiKey(input.record.doi) : null,
          latest_version: 1,
          published_version: null,
          submitted_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
        await repo.insertVersion(trx, { result_id: resultId, version: 1, status: 'pending', record: JSON.stringify(input.record), change_note: input.changeNote, submitted_by: actor.userId, submitted_at: now });
        await audit.record(trx, actor, { action: 'research.result.submit', entityType: 'research_result', entityId: resultId, summary: { version: 1, kind: input.record.kind, title: input.record.title } });
        return resultId;
      });
      return detail(actor, id);
    },

    /**
     * A new version from the author or a moderator: completes an imported draft, resubmits a rejected one,
     * or corrects a published one (which stays as it is until the correction is published).
     */
    async revise(actor: Actor, id: number, input: ResultSubmit): Promise<ResultDetail> {
      const row = await requireEditable(actor, id);
      if (row.status === 'withdrawn') throw new Conflict('this result is withdrawn');
      const versions = await repo.listVersions(db, id);
      if (versions.some((v) => v.status === 'pending')) throw new Conflict('a version of this result already awaits a moderator');
      await checkReferences(input.record, id);
      const now = clock().toISOString();
      const latest = versions.at(-1)!;
      await db.transaction().execute(async (trx) => {
        let version = latest.version;
        if (latest.status === 'draft') {
          await repo.updateVersion(trx, id, version, { status: 'pending', record: JSON.stringify(input.record), change_note: input.changeNote, submitted_by: actor.userId, submitted_at: now });
        } else {
          version += 1;
          await repo.insertVersion(trx, { result_id: id, version, status: 'pending', record: JSON.stringify(input.record), change_note: input.changeNote, submitted_by: actor.userId, submitted_at: now });
        }
        const unpublished = row.published_version === null;
        await repo.updateResult(trx, id, {
          latest_version: version,
          updated_at: now,
          ...(unpublished ? { status: 'pending' as const, kind: input.record.kind, title: input.record.title, doi_key: input.record.doi ? doiKey(input.record.doi) : null } : {}),
        });
        await audit.record(trx, actor, { action: unpublished ? 'research.result.submit' : 'research.result.correct', entityType: 'research_result', entityId: id, summary: { version, changeNote: input.changeNote, title: input.record.title } });
      });
      return detail(actor, id);
    },

    async publish(actor: Actor, id: number, version: number, note: string): Promise<ResultDetail> {
      const row = await requireEditable(actor, id);
      const target = (await repo.listVersions(db, id)).find((v) => v.version === version);
      if (!target) throw new NotFound('version');
      if (target.status !== 'pending') throw new Conflict(`this version is ${target.status}`);
      if (row.status === 'withdrawn') throw new Conflict('this result is withdrawn');
      const record = parseRecord(target.record);
      await checkReferences(record, id);
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        if (!(await repo.moveVersion(trx, id, version, 'pending', { status: 'published', reviewed_by: actor.userId, reviewed_at: now, review_note: note || null }))) throw new Conflict('this version was reviewed meanwhile');
        const previous = row.published_version;
        if (previous !== null) await repo.moveVersion(trx, id, previous, 'published', { status: 'superseded' });
        await repo.updateResult(trx, id, {
          status: 'published',
          published_version: version,
          published_at: row.published_at ?? now,
          updated_at: now,
          kind: record.kind,
          title: record.title,
          date: record.date,
          doi_key: record.doi ? doiKey(record.doi) : null,
        });
        const index = indexOf(record);
        await repo.replaceIndex(trx, id, index.facets, index.body);
        await audit.record(trx, actor, { action: 'research.result.publish', entityType: 'research_result', entityId: id, summary: { version, previousVersion: previous, correction: previous !== null, submittedBy: target.submitted_by, note } });
      });
      return detail(actor, id);
    },

    async reject(actor: Actor, id: number, version: number, note: string): Promise<ResultDetail> {
      const row = await requireEditable(actor, id);
      const target = (await repo.listVersions(db, id)).find((v) => v.version === version);
      if (!target) throw new NotFound('version');
      if (target.status !== 'pending') throw new Conflict(`this version is ${target.status}`);
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        if (!(await repo.moveVersion(trx, id, version, 'pending', { status: 'rejected', reviewed_by: actor.userId, reviewed_at: now, review_note: note || null }))) throw new Conflict('this version was reviewed meanwhile');
        if (row.published_version === null) await repo.updateResult(trx, id, { status: 'rejected', updated_at: now });
        await audit.record(trx, actor, { action: 'research.result.reject', entityType: 'research_result', entityId: id, summary: { version, submittedBy: target.submitted_by, note } });
      });
      return detail(actor, id);
    },

    /** Withdrawal keeps the record (and its citations) readable, under the notice; pending versions are closed. */
    async withdraw(actor: Actor, id: number, notice: string): Promise<ResultDetail> {
      const row = await requireEditable(actor, id);
      if (row.status === 'withdrawn') throw new Conflict('this result is already withdrawn');
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        for (const v of await repo.listVersions(trx, id)) {
          if (v.status === 'pending' || v.status === 'draft') await repo.moveVersion(trx, id, v.version, v.status, { status: 'rejected', reviewed_by: actor.userId, reviewed_at: now, review_note: 'withdrawn' });
        }
        await repo.updateResult(trx, id, { status: 'withdrawn', withdrawn_at: now, withdrawal_notice: notice, updated_at: now });
        await audit.record(trx, actor, { action: 'research.result.withdraw', entityType: 'research_result', entityId: id, summary: { notice, byAuthor: isOwner(actor, row.submitted_by), wasPublished: row.published_version !== null } });
      });
      return detail(actor, id);
    },

    async compare(intervention: string, primaryOnly: boolean): Promise<Comparison> {
      const rows = await repo.publishedOfKind(db, 'trial-result');
      return { intervention, outcomes: compareTrials(rows.map((r) => ({ id: Number(r.id), record: parseRecord(r.record) })), intervention, primaryOnly) };
    },

    /** The results found by a filter (at most 10,000), in one open format. */
    async export(filter: ResultsFilter, format: ResultExportFormat, links: ResultLinks): Promise<string> {
      const records = await publishedRecords(await repo.searchIds(db, dialect, filter, EXPORT_CAP));
      if (format === 'csv') return resultsCsv(records.map((r) => ({ id: r.id, record: r.record, url: pageUrl(links.origin, r.id) })));
      return formatCitations(records.map((r) => toCsl(r.record, `concord-result-${r.id}`, pageUrl(links.origin, r.id))), format);
    },

    /** One result (the version shown to the caller) in one format. */
    async cite(actor: Actor, id: number, format: ResultExportFormat, links: ResultLinks): Promise<string> {
      const shown = await detail(actor, id);
      if (!shown.record) throw new Unprocessable('this imported result is not completed yet');
      if (format === 'csv') return resultsCsv([{ id, record: shown.record, url: pageUrl(links.origin, id) }]);
      return formatCitations([toCsl(shown.record, `concord-result-${id}`, pageUrl(links.origin, id))], format);
    },

    async feed(links: ResultLinks): Promise<string> {
      const rows = await repo.recentlyPublished(db, FEED_ENTRIES);
      const host = new URL(links.origin).hostname;
      const entries = rows.map((r) => {
        const record = parseRecord(r.record);
        return {
          id: `tag:${host},2020:research-result/${r.id}/v${r.version}`,
          title: record.title,
          url: pageUrl(links.origin, Number(r.id)),
          published: r.published_at ?? r.reviewed_at ?? '',
          updated: r.reviewed_at ?? r.published_at ?? '',
          authors: record.authors.map((a) => a.name),
          summary: record.trial?.summary || record.abstract,
          categories: [record.kind, ...record.topics, ...record.interventions],
        };
      });
      return atomFeed(
        { id: `tag:${host},2020:research-results`, title: 'Concord: new research results', selfUrl: `${links.origin}/api/research/results/feed.atom`, alternateUrl: `${links.origin}/research/results`, updated: entries[0]?.updated || clock().toISOString() },
        entries,
      );
    },

    /** Imports a DOI list or a RIS/BibTeX file as drafts for the caller to complete; all or nothing. */
    async import(actor: Actor, input: ResultImport): Promise<ResultImported> {
      let stubs: { stub: ResultStub; entry: number }[];
      let problems: ImportProblem[];
      if (input.format === 'doi') {
        const list = parseDoiList(input.text);
        stubs = list.dois.map((d, i) => ({ stub: { doi: d.doi, authors: [], source: 'doi' as const }, entry: i + 1 }));
        problems = list.problems;
      } else ({ stubs, problems } = readCitationFile(input.text, input.format));
      if (problems.length > 0) {
        throw new ValidationFailed(
          `${problems.length} problem(s) in the file; nothing was imported`,
          problems.slice(0, 100).map((p) => ({ path: 'body.text', message: `${p.entry !== undefined ? `entry ${p.entry}, ` : ''}line ${p.line}: ${p.message}` })),
        );
      }
      if (stubs.length > 1000) throw new ValidationFailed('at most 1,000 entries at once', [{ path: 'body.text', message: `${stubs.length} entries; import at most 1,000 at once` }]);
      const skipped: ResultImported['skipped'] = [];
      const now = clock().toISOString();
      const created = await db.transaction().execute(async (trx) => {
        const ids: number[] = [];
        for (const { stub, entry } of stubs) {
          const key = stub.doi ? doiKey(stub.doi) : null;
          const other = key ? await repo.findByDoi(trx, key) : undefined;
          if (other) {
            skipped.push({ entry, reason: `result ${other.id} already has DOI ${stub.doi}` });
            continue;
          }
          const id = await repo.insertResult(trx, { status: 'draft', kind: 'paper', title: stub.title ?? stub.doi ?? 'untitled', date: null, doi_key: key, latest_version: 1, published_version: null, submitted_by: actor.userId, created_at: now, updated_at: now });
          await repo.insertVersion(trx, { result_id: id, version: 1, status: 'draft', record: JSON.stringify(stub), change_note: `imported from ${input.format}`, submitted_by: actor.userId, submitted_at: now });
          ids.push(id);
        }
        await audit.record(trx, actor, { action: 'research.result.import', entityType: 'research_result', entityId: ids[0] ?? 0, summary: { format: input.format, created: ids, skipped: skipped.length } });
        return ids;
      });
      return { created, skipped };
    },

    /** Loads the documented public results into an empty exchange, published by the system; null when it holds some. */
    async seed(records: ResultRecord[]): Promise<{ results: number } | null> {
      if ((await repo.countResults(db)) > 0) return null;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        for (const record of records) {
          const id = await repo.insertResult(trx, {
            status: 'published',
            kind: record.kind,
            title: record.title,
            date: record.date,
            doi_key: record.doi ? doiKey(record.doi) : null,
            latest_version: 1,
            published_version: 1,
            submitted_by: null,
            created_at: now,
            published_at: now,
            updated_at: now,
          });
          await repo.insertVersion(trx, { result_id: id, version: 1, status: 'published', record: JSON.stringify(record), change_note: 'seeded from data/seed/results', submitted_by: null, submitted_at: now, reviewed_by: null, reviewed_at: now });
          const index = indexOf(record);
          await repo.replaceIndex(trx, id, index.facets, index.body);
        }
      });
      return { results: records.length };
    },
  };
}

function toVersion(v: Selectable<ResearchResultVersionsTable>) {
  return { version: v.version, status: v.status, changeNote: v.change_note, submittedBy: v.submitted_by, submittedAt: v.submitted_at, reviewedBy: v.reviewed_by, reviewedAt: v.reviewed_at, reviewNote: v.review_note };
}

export type ResultsService = ReturnType<typeof createResultsService>;
