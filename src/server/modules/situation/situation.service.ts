import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { importDateBounds } from '../../../core/situation-import/date-bounds';
import type { ParseOptions } from '../../../core/situation-import/parse-result';
import { isoDateToDay } from '../../../core/epi/iso-day';
import { firstCaseDate, unpackIndicators } from '../../../core/epi/packed-indicators';
import { DEFAULT_SEVERITY_WEIGHTS } from '../../../core/epi/severity';
import {
  SeriesSourceSchema,
  type CountrySeries,
  type ImportRequest,
  type ImportSummary,
  type Overview,
  type SeriesSource,
  type SeverityWeights,
  type SeverityWeightsResponse,
  type SourceList,
} from '../../../shared/schemas/situation';
import { muchSmallerBy } from '../../../core/situation-import/import-size';
import type { CountryBacktestScore, Forecast } from '../../../shared/schemas/situation-forecast';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import { datasetSettings } from '../../config/dataset-settings';
import { noChangeSignal, type ChangeSignal } from '../../db/change-signal';
import type { Db, DbExecutor, Dialect } from '../../db/types';
import { Conflict, NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { CountriesService } from '../countries/countries.service';
import { buildOverview, computePicture, toSeriesPoint, worldInput, type CountryFacts, type SourcePicture } from '../../../core/situation/picture';
import { summariseOverview } from '../../../core/situation/overview-summary';
import { computeAllInWorker } from '../../workers/indicators/indicators.worker';
import { computeWorldInWorker } from '../../workers/world-series/world-series.worker';
import { createForecasts, type CaseForecastForNeeds, type RunBacktest } from './situation.forecast';
import { backtestVersion, createBacktestJobs, type BacktestSends } from './situation.backtest';
import { errorDetails } from './situation.parse';
import { parseSeries, parseSeriesInWorker } from '../../workers/imports/series-import.worker';
import { createSpreadService, type FirstCaseDates } from './spread.service';
import {
  chosenSource,
  insertImport,
  latestImportId,
  latestImportPerSource,
  latestImportSource,
  listImports,
  listSeries,
  listSeverityWeights,
  replaceSeries,
  replaceSeverityWeights,
  seriesCoverage,
  setChosenSource,
} from './situation.repo';
import { prepare, type PreparedBody } from '../../http/prepared-body';
import { defaultServiceLog, type ServiceLog } from '../../log';
import { createImportJobs, type ImportJobs, type ImportJobView, type PreparedImport } from '../../workers/queue/import-jobs';
import { createInProcessQueue, workerName, type JobQueue } from '../../workers/queue/job-queue';

/** Overviews kept serialised per date and representation; the date player asks for many dates. */
const OVERVIEW_CACHE_SIZE = 128;
const MAX_WARNINGS_RETURNED = 200;

/** The picture of the data shown, with the data version it was read at (situation.backtest.ts). */
interface LoadedPicture {
  picture: SourcePicture;
  dataVersion: string | null;
}

interface Snapshot {
  version: number;
  picture: SourcePicture;
  dataVersion: string | null;
  weights: SeverityWeightsResponse;
  /** Keyed by `<representation>:<date or latest>`. */
  overviews: Map<string, PreparedBody>;
  /** Computing or computed once per data version; concurrent requests share it. */
  world: Promise<PreparedBody> | null;
}

let instances = 0;


/** The kind of the series imports on the job queue (ADR 063). */
export const SERIES_IMPORT = 'situation-series';

/** Other processes on the same database hear of an import or a weight change here (ADR 022). */
export const SITUATION_CHANNEL = 'concord_situation';
type ChangeScope = 'data' | 'weights' | 'backtest';

export interface SituationDeps {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  audit: AuditService;
  countries: CountriesService;
  signal?: ChangeSignal;
  /** The first date an import may hold; the shipped pathogen dataset's setting by default. */
  outbreakStart?: string;
  /** Where the outbreak began; the shipped pathogen dataset's setting by default. */
  outbreakOrigin?: { iso3: string; airport: string } | null;
  /** Where a request's import runs (ADR 063); this process's own queue when absent. */
  imports?: ImportJobs;
  /** Where the forecast backtest runs (ADR 042, ADR 063); this process's own queue when absent. */
  queue?: JobQueue;
  /** When this process sends backtest jobs (situation.backtest.ts); on first need when absent. */
  sendsBacktests?: BacktestSends;
  /** Where the backtest computes: a worker thread (forecast.worker.ts) unless a test gives another. */
  runBacktest?: RunBacktest;
  log?: ServiceLog;
}

export function createSituationService(deps: SituationDeps) {
  const { db, dialect, clock, audit, countries } = deps;
  const outbreakStart = deps.outbreakStart ?? datasetSettings().outbreakStart;
  const signal = deps.signal ?? noChangeSignal;
  const origin = randomUUID();
  // Indicators are computed once per data version and kept until an import replaces the data; a weight change
  // keeps them and only drops the severity-dependent overviews. Other processes on the same PostgreSQL hear of
  // either through `signal`.
  let version = 0;
  const instance = ++instances;
  let picture: Promise<LoadedPicture> | null = null;
  let snapshot: Promise<Snapshot> | null = null;
  // Forecasts belong to a picture (a data version), so a weight change keeps them.
  const forecasts = createForecasts();

  async function countryFacts(): Promise<Map<string, CountryFacts>> {
    return new Map((await countries.countries()).map((c) => [c.iso3, c]));
  }

  async function loadWeights(): Promise<SeverityWeightsResponse> {
    const rows = await listSeverityWeights(db);
    const weights = { ...DEFAULT_SEVERITY_WEIGHTS } as SeverityWeights;
    for (const row of rows) if (row.factor in weights) weights[row.factor as keyof SeverityWeights] = Number(row.weight);
    const latest = rows.reduce<(typeof rows)[number] | null>((a, r) => (a === null || r.updated_at > a.updated_at ? r : a), null);
    return { weights, defaults: rows.length === 0, updatedAt: latest?.updated_at ?? null, updatedBy: latest?.updated_by ?? null };
  }

  async function loadPicture(): Promise<LoadedPicture> {
    // The version read before and after the rows: an import between them (one transaction) is read again.
    for (let tries = 1; ; tries++) {
      const before = await dataVersion(db);
      const source = before === null ? null : SeriesSourceSchema.parse(before.source);
      const [rows, facts] = await Promise.all([source === null ? [] : listSeries(db, source), countryFacts()]);
      const after = await dataVersion(db);
      if (after?.version === before?.version || tries === 3) return { picture: await computePicture(source, rows, facts, computeAllInWorker), dataVersion: before?.version ?? null };
    }
  }

  async function build(forVersion: number, computed: Promise<LoadedPicture>): Promise<Snapshot> {
    const [loaded, weights] = await Promise.all([computed, loadWeights()]);
    return { version: forVersion, ...loaded, weights, overviews: new Map(), world: null };
  }

  function current(): Promise<Snapshot> {
    if (snapshot === null) {
      if (picture === null) {
        const loading = loadPicture();
        picture = loading;
        loading.catch(() => {
          if (picture === loading) picture = null;
        });
      }
      const building = build(version, picture);
      snapshot = building;
      // A failed build is not cached: the next request tries again.
      building.catch(() => {
        if (snapshot === building) snapshot = null;
      });
    }
    return snapshot;
  }

  /** After an import ('data') everything is recomputed; after a weight change only the severities; after stored scores only those. */
  function invalidate(scope: ChangeScope = 'data'): void {
    backtests.invalidate();
    if (scope === 'backtest') return;
    version++;
    snapshot = null;
    if (scope === 'data') picture = null;
  }

  const announce = (trx: Db, scope: ChangeScope) => signal.notify(trx, SITUATION_CHANNEL, JSON.stringify({ origin, scope }));

  // Where imports and the backtest run when no queue is given: this process, one job at a time per queue.
  const log = deps.log ?? defaultServiceLog;
  const queue = deps.queue ?? createInProcessQueue({ worker: workerName(hostname(), process.pid), onError: (err, name) => log.error({ err, queue: name }, 'situation: a job failed') });
  // The forecast backtest of each data version: a job, stored once, read by every process (ADR 042, ADR 063).
  const backtests = createBacktestJobs({
    db,
    clock,
    queue,
    audit,
    log,
    sends: deps.sendsBacktests ?? 'on-first-need',
    run: deps.runBacktest,
    currentVersion: async () => (await dataVersion(db))?.version ?? null,
    async pictureOf(wanted) {
      let snap = await current();
      // This process may not have heard of the import yet: read the data again.
      if (snap.dataVersion !== wanted) {
        invalidate('data');
        snap = await current();
      }
      return snap.dataVersion === wanted ? snap.picture : null;
    },
    announce: (trx) => announce(trx, 'backtest'),
  });
  const listening = signal.listen(SITUATION_CHANNEL, (payload) => {
    const change = parseChange(payload);
    // This process dropped its own cache when it wrote; an unreadable message drops everything, to be safe.
    if (change?.origin !== origin) invalidate(change?.scope ?? 'data');
  });

  async function overviewData(date?: string): Promise<Overview> {
    const snap = await current();
    return buildOverview(snap.picture, snap.weights.weights, date);
  }

  async function preparedOverview(representation: string, date: string | undefined, shape: (overview: Overview) => unknown): Promise<PreparedBody> {
    const snap = await current();
    const key = `${representation}:${date ?? 'latest'}`;
    const cached = snap.overviews.get(key);
    if (cached !== undefined) return cached;
    const body = prepare(shape(buildOverview(snap.picture, snap.weights.weights, date)), `overview-${instance}-${snap.version}-${key}`);
    if (snap.overviews.size >= OVERVIEW_CACHE_SIZE) {
      const oldest = [...snap.overviews.keys()].find((k) => !k.endsWith(':latest'));
      if (oldest !== undefined) snap.overviews.delete(oldest);
    }
    snap.overviews.set(key, body);
    return body;
  }

  /** Each country's first reported case in the data shown now (the arrival check, ADR 040). */
  async function firstCases(): Promise<FirstCaseDates> {
    const { picture } = await current();
    const byIso3 = new Map<string, string | null>();
    for (const [iso3, computed] of picture.byIso3) byIso3.set(iso3, firstCaseDate(computed.packed));
    return { source: picture.source, seriesFirstDate: picture.firstDate, byIso3 };
  }

  /**
   * Parses and checks an import, and returns its writes (for one transaction, with its audit entry) and the
   * cache drop after the commit. A malformed file throws Unprocessable listing line and column; an import much
   * smaller than the data shown, unconfirmed, throws Conflict (ADR 066).
   */
  async function prepareImport(actor: Actor, request: ImportRequest, options: Omit<ParseOptions, 'dates'> = {}): Promise<PreparedImport<ImportSummary> & { committed(): void }> {
    const alpha2ToIso3 = (await countries.countries()).map((c): [string, string] => [c.iso2, c.iso3]);
    const dates = importDateBounds(outbreakStart, clock().toISOString().slice(0, 10));
    // In a worker thread (issue 12): seconds on a large file. The CLI's progress bar reads the parse as it
    // goes, which a worker could not call back, and its process has no request to keep answering.
    const { onProgress, ...parseOptions } = options;
    const input = { request: { source: request.source, files: request.files }, alpha2ToIso3, dates, maxErrors: parseOptions.maxErrors };
    const parsed = onProgress === undefined ? await parseSeriesInWorker(input) : parseSeries(input, onProgress);
    if (!parsed.ok) throw new Unprocessable(`the ${request.source} file was refused: ${parsed.errors.length} problem(s), nothing was imported`, errorDetails(parsed.errors), {
        key: 'situation.file-refused',
        params: { source: request.source, problems: parsed.errors.length },
      });
    const { rows, summary } = parsed;
    // An import becomes the source shown: one whose rows were all skipped would empty every page that reads it.
    if (rows.count === 0)
      throw new Unprocessable(
        `the ${request.source} file gives no country series (${summary.inputRows} row(s) read, none kept): nothing was imported, the data shown are unchanged`,
        parsed.warnings.slice(0, 20).map((w) => ({ path: `${w.file ? `${w.file}:` : ''}${w.line ?? ''}`, message: w.message })),
        { key: 'situation.no-series', params: { source: request.source, inputRows: summary.inputRows } },
      );
    // The import becomes the source shown: one much smaller than what is shown now needs a confirmation.
    const shown = await shownSource(db);
    const shownCoverage = shown === null ? undefined : (await seriesCoverage(db, shown))[0];
    const smallerBy = muchSmallerBy(summary, shownCoverage ?? null);
    if (smallerBy.length > 0 && request.confirm !== true && shownCoverage !== undefined) {
      const params = { shownSource: shownCoverage.source, shownCountries: shownCoverage.countries, shownRows: shownCoverage.rows, newSource: request.source, newCountries: summary.countries, newRows: summary.rows };
      throw new Conflict(
        `this ${request.source} import covers ${summary.countries} countries and ${summary.rows} country-days, under half of the ${shownCoverage.source} data shown (${shownCoverage.countries} countries, ${shownCoverage.rows} country-days): nothing was imported; send it again with "confirm": true to import it and show it`,
        smallerBy.map((measure) => ({ path: measure, message: `${measure === 'countries' ? summary.countries : summary.rows} < half of ${measure === 'countries' ? shownCoverage.countries : shownCoverage.rows}` })),
        { key: 'situation.import-much-smaller', params },
      );
    }
    const files = Object.keys(request.files);
    const warnings = parsed.warnings.map((w) => ({ file: w.file ?? null, line: w.line, code: w.code, message: w.message }));
    const stored = { ...summary, warningCount: warnings.length, warnings: warnings.slice(0, MAX_WARNINGS_RETURNED) };
    return {
      async write(trx) {
        const importedAt = clock().toISOString();
        await replaceSeries(trx, dialect, request.source, rows);
        const importId = await insertImport(trx, { source: request.source, files: JSON.stringify(files), summary: JSON.stringify(stored), actor_label: actor.label, imported_at: importedAt });
        await setChosenSource(trx, request.source, actor.label, importedAt);
        await announce(trx, 'data');
        await audit.record(trx, actor, {
          action: 'situation.import',
          entityType: 'situation_import',
          entityId: importId,
          summary: { source: request.source, files, ...summary, warnings: warnings.length, shownBefore: shown, ...(smallerBy.length > 0 ? { confirmedMuchSmaller: smallerBy } : {}) },
        });
        return { id: importId, source: request.source, importedAt, actor: actor.label, files, ...stored };
      },
      committed: () => {
        invalidate();
        // A new data version: its backtest is a job (the process that imported sends it).
        void backtests.requestCurrent();
      },
    };
  }

  // Imports sent by a request run as jobs (ADR 063): here on SQLite, in any process that takes jobs on PostgreSQL.
  const imports = deps.imports ?? createImportJobs({ db, clock, queue, log });
  imports.define<ImportRequest, ImportSummary>(SERIES_IMPORT, (request, actor) => prepareImport(actor, request));

  async function sources(): Promise<SourceList> {
    const [coverage, latest, shown, chosen] = await Promise.all([
      seriesCoverage(db),
      latestImportPerSource(db),
      shownSource(db),
      chosenSource(db),
    ]);
    const bySource = new Map(latest.map((row) => [row.source, row]));
    return {
      shown: shown === null ? null : SeriesSourceSchema.parse(shown),
      chosenBy: chosen?.chosen_by ?? null,
      chosenAt: chosen?.chosen_at ?? null,
      sources: coverage.map((c) => {
        const last = bySource.get(c.source);
        return {
          source: SeriesSourceSchema.parse(c.source),
          countries: c.countries,
          rows: c.rows,
          firstDate: c.firstDate,
          lastDate: c.lastDate,
          shown: c.source === shown,
          importedAt: last?.imported_at ?? null,
          importedBy: last?.actor_label ?? null,
          files: last === undefined ? [] : (JSON.parse(last.files) as string[]),
        };
      }),
    };
  }

  return {
    /** The overview on a date (default: latest) in columns, rounded (ADR 022): what the map and the ranking show. */
    async overviewSummary(date?: string): Promise<PreparedBody> {
      return preparedOverview('summary', date, (overview) => summariseOverview(overview));
    },

    /** Every indicator of every country on a date at full precision, with the severity breakdown. */
    async overview(date?: string): Promise<PreparedBody> {
      return preparedOverview('details', date, (overview) => overview);
    },

    /** The overview as data, for other modules (the aid module's priorities): no JSON round trip. */
    overviewData,

    /** Effective distances, importation risk and the arrival check over the air network (ADR 040). */
    spread: createSpreadService({ countries, overviewData, firstCases, outbreakOrigin: deps.outbreakOrigin ?? datasetSettings().outbreakOrigin ?? null }),

    async countrySeries(iso3: string, range: { from?: string; to?: string } = {}): Promise<CountrySeries> {
      const snap = await current();
      const facts = (await countryFacts()).get(iso3);
      if (facts === undefined) throw new NotFound('country');
      const computed = snap.picture.byIso3.get(iso3);
      const index = (date: string | undefined, fallback: number) => (date === undefined || computed === undefined ? fallback : (isoDateToDay(date) as number) - computed.packed.firstDay);
      const points = computed === undefined ? [] : unpackIndicators(computed.packed, index(range.from, 0), index(range.to, computed.packed.length - 1) + 1);
      return {
        iso3,
        name: facts.nameEn,
        nameZh: facts.nameZh,
        population: facts.population,
        hospitalBedsPerThousand: facts.hospitalBedsPerThousand,
        source: snap.picture.source,
        points: points.map(toSeriesPoint),
      };
    },

    /**
     * The renewal forecast of weekly new cases for 1–4 weeks after `origin` (default: the country's latest date),
     * from data up to the origin only; no horizons and a reason when none can be made (docs/decisions/042).
     */
    async forecast(iso3: string, origin?: string): Promise<Forecast> {
      const snap = await current();
      if (!(await countryFacts()).has(iso3)) throw new NotFound('country');
      return forecasts.forecast(snap.picture, iso3, origin, await backtests.view(snap.dataVersion));
    },

    /**
     * For the aid module's needs: the latest forecast of a country whose backtest beats the Forecast Hub baseline,
     * or null (not better, no forecast, or the backtest still computing: nobody waits for it).
     */
    async caseForecastForNeeds(iso3: string): Promise<CaseForecastForNeeds | null> {
      const snap = await current();
      return forecasts.forNeeds(snap.picture, iso3, await backtests.view(snap.dataVersion));
    },

    /** Every country's backtest score of the data shown, once its job has stored them (wherever it runs); throws if it failed. */
    async forecastBacktest(): Promise<ReadonlyMap<string, CountryBacktestScore>> {
      return backtests.wait((await current()).dataVersion);
    },

    /** At start: queues the backtest of the data shown when it has no stored scores (or failed ones). */
    resumeBacktest: () => backtests.resume(),

    /** Summed, computed, serialised and compressed in a worker thread: the span of the data costs the request loop nothing. */
    async worldSeries(): Promise<PreparedBody> {
      const snap = await current();
      if (snap.world === null) {
        const computing = computeWorldInWorker(worldInput(snap.picture), `world-${instance}-${snap.version}`);
        snap.world = computing;
        computing.catch(() => {
          if (snap.world === computing) snap.world = null;
        });
      }
      return snap.world;
    },

    /**
     * Parses the files and replaces the source's stored series with them, in one transaction with its audit
     * entry, here and now (the CLI, the seed). A malformed file throws Unprocessable listing line and column, and
     * nothing is written.
     */
    async importFiles(actor: Actor, request: ImportRequest, options: Omit<ParseOptions, 'dates'> = {}): Promise<ImportSummary> {
      const prepared = await prepareImport(actor, request, options);
      const summary = await db.transaction().execute((trx) => prepared.write(trx));
      prepared.committed();
      // Sent before the command that imported ends (the same send as committed's).
      await backtests.requestCurrent();
      return summary;
    },

    /**
     * The same import as a job on the queue (ADR 063): run by whichever process takes it, once; the summary when
     * it ends within the request's wait, else the job to poll. A refused file throws as importFiles does.
     */
    submitImport: (actor: Actor, request: ImportRequest) => imports.submit<ImportRequest, ImportSummary>(actor, SERIES_IMPORT, request),

    /** An import job sent by submitImport: its status, and its summary or error once ended. */
    importJob: (id: number): Promise<ImportJobView<ImportSummary>> => imports.get<ImportSummary>(SERIES_IMPORT, id),

    async imports(): Promise<ImportSummary[]> {
      return (await listImports(db)).map((row) => {
        const stored = JSON.parse(row.summary) as Omit<ImportSummary, 'id' | 'source' | 'importedAt' | 'actor' | 'files'>;
        return { ...stored, id: Number(row.id), source: row.source as SeriesSource, importedAt: row.imported_at, actor: row.actor_label, files: JSON.parse(row.files) as string[] };
      });
    },

    /** Every source with stored series, what it covers, its latest import, and which one is shown (ADR 066). */
    sources,

    /** Shows another imported source (or goes back to an earlier one); audited, and every process recomputes. */
    async showSource(actor: Actor, source: SeriesSource): Promise<SourceList> {
      const before = await shownSource(db);
      if ((await seriesCoverage(db, source)).length === 0)
        throw new Unprocessable(`no ${source} series are stored: import a ${source} file first`, [{ path: 'source', message: `no ${source} series are stored` }], { key: 'situation.source-empty', params: { source } });
      await db.transaction().execute(async (trx) => {
        await setChosenSource(trx, source, actor.label, clock().toISOString());
        await announce(trx, 'data');
        await audit.record(trx, actor, { action: 'situation.shown-source', entityType: 'situation_source', entityId: source, summary: { before, after: source } });
      });
      invalidate();
      await backtests.requestCurrent();
      return sources();
    },

    async severityWeights(): Promise<SeverityWeightsResponse> {
      return loadWeights();
    },

    async setSeverityWeights(actor: Actor, weights: SeverityWeights): Promise<SeverityWeightsResponse> {
      const before = await loadWeights();
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await replaceSeverityWeights(trx, Object.entries(weights).map(([factor, weight]) => ({ factor, weight, updated_at: now, updated_by: actor.label })));
        await announce(trx, 'weights');
        await audit.record(trx, actor, { action: 'situation.severity-weights', entityType: 'severity_weights', entityId: 'situation', summary: { before: before.weights, after: weights } });
      });
      invalidate('weights');
      return loadWeights();
    },

    /** Resolves once this process hears other processes' changes. */
    listening,

    /** Drops the computed indicators (e.g. after the countries' populations changed). */
    invalidate: () => invalidate('data'),
  };
}

/** The source shown: the one a coordinator chose, else (before anyone chose) the most recent import's. */
async function shownSource(db: DbExecutor): Promise<string | null> {
  return (await chosenSource(db))?.source ?? (await latestImportSource(db));
}

/** The data shown: its source and the version its backtest is stored under. */
async function dataVersion(db: DbExecutor): Promise<{ source: string; version: string } | null> {
  const source = await shownSource(db);
  return source === null ? null : { source, version: backtestVersion(source, (await latestImportId(db, source)) ?? 0) };
}

function parseChange(payload: string): { origin: string; scope: ChangeScope } | null {
  try {
    const value = JSON.parse(payload) as { origin?: unknown; scope?: unknown };
    return typeof value.origin === 'string' && (value.scope === 'data' || value.scope === 'weights' || value.scope === 'backtest') ? { origin: value.origin, scope: value.scope } : null;
  } catch {
    return null;
  }
}

export type SituationService = ReturnType<typeof createSituationService>;
export type { CaseForecastForNeeds };
