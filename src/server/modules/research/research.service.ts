import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '../../../core/genome/dataset';
import type {
  DatasetGenes,
  DATASET_FILE_NAMES,
  DownloadQuery,
  GenomeDetail,
  GenomeFilters,
  GenomePage,
  GenomeSearch,
  JobStatus,
  ReanalysisStatus,
  Submission,
  SubmissionPage,
} from '../../../shared/schemas/research';
import { SUBMISSION_STRAINS_SHOWN } from '../../../shared/schemas/research';
import { inDatasetGenes } from '../../../core/genome/mutation-label';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { SnapshotReadsFactory } from '../../db/snapshot-reads';
import type { Db, Dialect } from '../../db/types';
import { ValidationFailed, Conflict, NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { CountriesService } from '../countries/countries.service';
import { createAnalysisJobs } from './analysis-jobs';
import { createGenomeDownloads } from './genome-downloads';
import { createInProcessQueue, workerName, type JobQueue } from '../../workers/queue/job-queue';
import { DEFAULT_DATASET_DIR, loadDataset } from '../../workers/genome/load-dataset';
import { DOWNLOAD, toGenomeDetail, toGenomeSummary } from './genome-views';
import type { IpCountryLookup } from './ip-country';
import { createResearchAccessService } from './research-access.service';
import * as repo from './research.repo';
import { checkSubmission, metadataStrains, type SubmissionLimits } from '../../../core/genome/submission/validate-submission';
import { datasetSettings } from '../../config/dataset-settings';
import { createTrendsService } from './trends.service';
import { createVaccinesService } from './vaccines.service';
import { createResultsService } from './results.service';
import { defaultServiceLog, type ServiceLog } from '../../log';

export interface ResearchDeps {
  db: Db;
  /** For search, which each database does its own way (ADR 052); SQLite unless said. */
  dialect?: Dialect;
  clock: Clock;
  /** Where a failed analysis job and an unreadable IP database are logged (default: warnings to stdout). */
  log?: ServiceLog;
  audit: AuditService;
  countries: CountriesService;
  datasetDir?: string;
  /** Worker threads for analysis. */
  jobs?: number;
  /** Where analysis jobs go (ADR 007); by default this process runs them, one submission at a time. */
  queue?: JobQueue;
  /** Visitor countries; by default the MaxMind-format database at `ipCountryDb`. */
  ipCountry?: IpCountryLookup;
  ipCountryDb?: string;
  /** What to do with an analysis job's failure, beyond recording it on the submission (default: warn). */
  onAnalysisError?: (error: unknown) => void;
  /** Days the raw access log is kept before it is folded into daily aggregates (default 90). */
  accessRetentionDays?: number;
  /** Where downloads read, each on a snapshot of its own (ADR 061); keyset pages on `db` without. */
  snapshots?: SnapshotReadsFactory | undefined;
  /** How long one download may hold its snapshot (default 30 minutes, CONCORD_DOWNLOAD_MAX_MINUTES). */
  downloadMaxMs?: number | undefined;
}


export interface Download {
  filename: string;
  contentType: string;
  count: number;
  /** Pulled by the response; destroyed, it gives the download's snapshot back. */
  body: Readable;
}

/** Admins (and the system itself) see every submission; a researcher sees their own. */
const seesEverySubmission = (actor: Actor) => actor.role === 'admin' || actor.role === 'system';

/** Filters whose mutation label (read by the schema) names its gene as the dataset does (s:D614G → S:D614G). */
function labelled<F extends GenomeFilters>(filters: F, genes: readonly string[]): F {
  if (!filters.mutation) return filters;
  const resolved = inDatasetGenes(filters.mutation, genes);
  if (!resolved.ok) throw new ValidationFailed(resolved.error, [{ path: 'querystring.mutation', message: resolved.error }]);
  return { ...filters, mutation: resolved.label };
}

export function createResearchService(deps: ResearchDeps) {
  const { db, clock, audit, countries } = deps;
  const log = deps.log ?? defaultServiceLog;
  const datasetDir = deps.datasetDir ?? DEFAULT_DATASET_DIR;
  const access = createResearchAccessService({ db, clock, log, countries, ipCountry: deps.ipCountry, ipCountryDb: deps.ipCountryDb, retentionDays: deps.accessRetentionDays });
  const onAnalysisError = deps.onAnalysisError ?? ((err: unknown) => log.error({ err }, 'research: an analysis job failed; its submission records the failure'));
  const queue = deps.queue ?? createInProcessQueue({ worker: workerName(hostname(), process.pid), onError: onAnalysisError });
  const downloads = createGenomeDownloads({ db, log, snapshots: deps.snapshots, maxMs: deps.downloadMaxMs });
  const jobs = createAnalysisJobs({ db, clock, audit, queue, datasetDir, jobs: deps.jobs ?? 1, onError: onAnalysisError });
  /** Queues a submission's analysis; if the queue cannot be reached, the submission stays queued and the next start's resume sends it. */
  const schedule = (id: number) => jobs.schedule(id).catch((err: unknown) => log.error({ err, submission: id }, 'research: could not queue an analysis; the next start queues it'));
  let dataset: Promise<Dataset> | null = null;
  const loadedDataset = () => (dataset ??= loadDataset(datasetDir));
  const geneNames = async () => (await loadedDataset()).genes.map((g) => g.name);
  let countryCodes: Promise<Set<string>> | null = null;
  let limits: Promise<SubmissionLimits> | null = null;

  const limitsOf = async (load: () => Promise<Dataset>, dir: string): Promise<SubmissionLimits> => {
    const [d, settings] = [await load(), datasetSettings(dir)];
    return { maxSequenceLength: Math.floor(settings.maxSequenceLengthFactor * d.reference.sequence.length), maxNameLength: settings.maxStrainNameLength };
  };
  /** The dataset's limits; the shipped dataset's while this one cannot be read (its jobs fail then), never none. */
  const submissionLimits = () =>
    (limits ??= limitsOf(loadedDataset, datasetDir).catch(() => {
      limits = null;
      return limitsOf(() => loadDataset(DEFAULT_DATASET_DIR), DEFAULT_DATASET_DIR);
    }));

  type SubmissionRow = NonNullable<Awaited<ReturnType<typeof repo.findSubmission>>>;

  async function toJobStatuses(rows: SubmissionRow[]): Promise<JobStatus[]> {
    const strains = await repo.submissionStrains(db, rows.map((r) => r.id), SUBMISSION_STRAINS_SHOWN);
    return rows.map((row) => ({
      id: row.id,
      status: row.status as JobStatus['status'],
      total: row.total,
      analysed: row.analysed,
      failed: row.failed,
      pending: Math.max(0, row.total - row.analysed - row.failed),
      errors: JSON.parse(row.errors) as string[],
      strains: strains.get(row.id) ?? [],
      submittedBy: row.submitted_by,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
    }));
  }

  /** A submission its submitter or an admin may see; anyone else gets the same 404 as for none. */
  async function requireSubmission(actor: Actor, id: number): Promise<SubmissionRow> {
    const row = await repo.findSubmission(db, id);
    if (!row || (!seesEverySubmission(actor) && (actor.userId === null || row.submitted_by !== actor.userId))) throw new NotFound('submission');
    return row;
  }

  async function jobStatus(actor: Actor, id: number): Promise<JobStatus> {
    return (await toJobStatuses([await requireSubmission(actor, id)]))[0]!;
  }

  return {
    async submit(actor: Actor, input: Submission): Promise<JobStatus> {
      countryCodes ??= countries.countries().then((list) => new Set(list.map((c) => c.iso3)));
      const known = await countryCodes;
      const storedStrains = await repo.existingStrains(db, metadataStrains(input.metadata));
      const check = checkSubmission(input.fasta, input.metadata, { isCountry: (c) => known.has(c), storedStrains, limits: await submissionLimits() });
      if (check.errors.length > 0) {
        throw new Unprocessable(`the submission has ${check.errors.length} problem${check.errors.length === 1 ? '' : 's'}; nothing was stored`, check.errors, {
          key: 'research.submission-refused',
          params: { problems: check.errors.length },
        });
      }
      const now = clock().toISOString();
      const id = await db.transaction().execute(async (trx) => {
        const submissionId = await repo.insertSubmission(trx, { status: 'queued', total: check.genomes.length, analysed: 0, failed: 0, errors: '[]', submitted_by: actor.userId, created_at: now });
        await repo.insertGenomes(
          trx,
          check.genomes.map((g) => ({
            submission_id: submissionId,
            strain: g.strain,
            collection_date: g.date,
            country: g.country,
            host: g.host,
            originating_lab: g.originating_lab,
            submitting_lab: g.submitting_lab,
            sequence: g.sequence,
            status: 'pending',
            submitted_by: actor.userId,
            created_at: now,
          })),
        );
        await audit.record(trx, actor, {
          action: 'research.submission.create',
          entityType: 'research_submission',
          entityId: submissionId,
          summary: { genomes: check.genomes.length, strains: check.genomes.slice(0, 20).map((g) => g.strain) },
        });
        return submissionId;
      });
      // The status as queued, read before the job can start.
      const queued = await jobStatus(actor, id);
      await schedule(id);
      return queued;
    },

    /** The analysis job of a submission: its submitter's, or any for an admin. */
    job: jobStatus,

    /** A researcher's own submissions with their job status, newest first; an admin sees everyone's. */
    async submissions(actor: Actor, page: { limit: number; offset: number }): Promise<SubmissionPage> {
      const own = seesEverySubmission(actor) ? undefined : (actor.userId ?? -1);
      const { rows, total } = await repo.listSubmissions(db, own, page.limit, page.offset);
      return { submissions: await toJobStatuses(rows), total };
    },

    /**
     * Analyses again the genomes a submission left pending or failed (after a failed job, for one);
     * audited. 409 while its job is queued or running, or when every genome is analysed.
     */
    async retry(actor: Actor, id: number): Promise<JobStatus> {
      const row = await requireSubmission(actor, id);
      if (row.status === 'queued' || row.status === 'running') throw new Conflict('this submission is still being analysed', [], { key: 'research.still-analysing' });
      const counts = await repo.countGenomesOfSubmission(db, id);
      const genomes = (counts.pending ?? 0) + (counts.failed ?? 0);
      if (genomes === 0) throw new Conflict('every genome of this submission is analysed: there is nothing to retry', [], { key: 'research.nothing-to-retry' });
      await db.transaction().execute(async (trx) => {
        // Only from a stopped job, so two retries at once queue it once.
        if (!(await repo.requeueSubmission(trx, id))) throw new Conflict('this submission is still being analysed', [], { key: 'research.still-analysing' });
        await repo.requeueFailedGenomes(trx, id);
        await audit.record(trx, actor, { action: 'research.submission.retry', entityType: 'research_submission', entityId: id, summary: { genomes, previousStatus: row.status, previousErrors: JSON.parse(row.errors) as string[] } });
      });
      // The status as queued, read before the job can start.
      const queued = await jobStatus(actor, id);
      await schedule(id);
      return queued;
    },

    /**
     * Parses the pathogen dataset now (about a second on a loaded machine), so that no request pays for it; a
     * dataset that cannot be read is logged here and refused to the requests that need it, as before.
     */
    async warm(): Promise<void> {
      await submissionLimits();
      await loadedDataset().catch((err: unknown) => {
        dataset = null;
        log.error({ err }, 'research: the pathogen dataset cannot be read; analyses and mutation maps will fail until it is mended');
      });
    },

    /** How many stored analyses were made under another analyser or dataset than today's (ADR 014). */
    async reanalysisStatus(): Promise<ReanalysisStatus> {
      return jobs.analyses();
    },

    /**
     * Queues the re-analysis of every stored genome analysed under another version (ADR 014); audited. 409 when
     * none is stale. Genomes keep their old analysis until the new one is stored.
     */
    async reanalyse(actor: Actor): Promise<ReanalysisStatus> {
      const status = await jobs.analyses();
      if (status.stale === 0) throw new Conflict('every stored genome is analysed with the current analyser and dataset: there is nothing to re-analyse', [], { key: 'research.nothing-to-reanalyse' });
      await db.transaction().execute((trx) => audit.record(trx, actor, { action: 'research.reanalysis.start', entityType: 'research_analysis_version', entityId: status.version, summary: { stale: status.stale, total: status.total } }));
      await jobs.scheduleReanalysis();
      return status;
    },

    /** Resumes the analyses a previous run left unfinished. */
    async resume(): Promise<void> {
      for (const { id } of await repo.unfinishedSubmissions(db)) await schedule(id);
    },

    async search(q: GenomeSearch): Promise<GenomePage> {
      const { limit, offset, after, ...filters } = q;
      const { rows, total } = await repo.searchGenomes(db, labelled(filters, await geneNames()), limit, offset, after);
      return { genomes: rows.map(toGenomeSummary), total };
    },

    async genome(id: number): Promise<GenomeDetail> {
      const row = await repo.findGenome(db, id);
      if (!row) throw new NotFound('genome');
      return toGenomeDetail(row);
    },

    /**
     * The genomes of a search as a stream of text, read through a cursor on a snapshot of their own (ADR 061):
     * the count and every row are of one moment, whatever is written while the download runs.
     */
    async download(q: DownloadQuery): Promise<Download> {
      const { format, includeFailed, ...query } = q;
      const filters = labelled(query, await geneNames());
      const spec = DOWNLOAD[format];
      const { count, body } = await downloads.open(format, filters, { includeFailed: includeFailed ?? false });
      const stamp = clock().toISOString().slice(0, 10);
      return { filename: `concord-genomes-${stamp}.${spec.extension}`, contentType: spec.contentType, count, body };
    },
    /** Downloads holding a snapshot, and so a connection, now. */
    downloadsHeld: () => downloads.held,

    ...access,

    async datasetGenes(): Promise<DatasetGenes> {
      const d = await loadedDataset();
      return {
        name: d.name,
        referenceName: d.reference.name,
        referenceLength: d.reference.sequence.length,
        genes: d.genes.map((g) => ({ name: g.name, start: g.start + 1, end: g.end, strand: g.strand })),
      };
    },

    async datasetFile(file: (typeof DATASET_FILE_NAMES)[number]): Promise<string> {
      return readFile(join(datasetDir, file), 'utf8').catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFound('dataset file');
        throw error;
      });
    },

    /** Variant trends over the analysed genomes. */
    trends: createTrendsService({ db, countries, geneNames }),
    /** The vaccine R&D tracker. */
    vaccines: createVaccinesService({ db, clock, audit }),
    /** The research-results exchange. */
    results: createResultsService({ db, dialect: deps.dialect ?? 'sqlite', clock, audit }),

    idle: () => jobs.idle(),
    close: async () => {
      await jobs.close();
      await downloads.close();
    },
  };
}

export type ResearchService = ReturnType<typeof createResearchService>;
