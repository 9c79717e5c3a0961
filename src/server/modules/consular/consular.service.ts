import { hostname } from 'node:os';
import { importedCaseStatistics } from '../../../core/consular/imported-cases-stats';
import type { ImportedCaseStatistics, ImportedCasesRange, ImportedCasesSummary } from '../../../shared/schemas/consular';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, Dialect } from '../../db/types';
import { Unprocessable } from '../../errors';
import type { AidService } from '../aid/aid.service';
import type { AuditService } from '../audit/audit.service';
import type { CountriesService } from '../countries/countries.service';
import { countImportedCases, insertCaseImport, insertImportedCases } from './consular.repo';
import { createConsularAdvisoriesService } from './consular-advisories.service';
import { createConsularCasesService, type OfficerDirectory } from './consular-cases.service';
import { createConsularKitsService } from './consular-kits.service';
import { createConsularMaintenanceService } from './consular-maintenance.service';
import { createConsularCitizensService } from './consular-citizens.service';
import { createConsularPostsService } from './consular-posts.service';
import { createConsularStatisticsService, parseErrorDetail } from './consular-statistics.service';
import { createPassportCipher, loadKeyring, type PassportCipher } from './passport-cipher';
import { defaultServiceLog } from '../../log';
import { createImportJobs, type ImportJobs, type ImportJobView, type PreparedImport } from '../../workers/queue/import-jobs';
import { createInProcessQueue, workerName } from '../../workers/queue/job-queue';
import { parseCasesInWorker } from '../../workers/imports/imported-cases.worker';
import { writeRowChunks } from '../../workers/imports/row-chunks';

/** The kind of the imported-cases imports on the job queue (ADR 063). */
export const IMPORTED_CASES_IMPORT = 'consular-imported-cases';

// The consular module's service (issue 13). The agency's own country is the aid module's donor: one
// setting for the whole app, read through the aid service.
// The passport key is read (or its file created) on first use, so a process that never touches a passport
// never needs it; `secretKey` lets a caller give it.
export function createConsularService(deps: { db: Db; dialect: Dialect; clock: Clock; audit: AuditService; countries: CountriesService; aid: Pick<AidService, 'supply'>; officers: OfficerDirectory; secretKey?: Buffer | Record<string, Buffer>; imports?: ImportJobs }) {
  const { db, dialect, clock, audit, countries, aid } = deps;
  let passportCipher: PassportCipher | null = null;
  const posts = createConsularPostsService(deps);
  const cipher = () => (passportCipher ??= createPassportCipher(deps.secretKey ?? loadKeyring(process.env)));

  async function prepareCases(actor: Actor, text: string): Promise<PreparedImport<ImportedCasesSummary>> {
    // In a worker thread (issue 12): a 20 MB file is seconds of parsing, which must not hold the event loop.
    const parsed = await parseCasesInWorker({ text, countries: (await countries.countries()).map((c) => c.iso3) });
    if (!parsed.ok) throw new Unprocessable(`the imported-cases file was refused: ${parsed.errors.length} problem(s), nothing was imported`, parsed.errors.map(parseErrorDetail));
    const { rows, summary } = parsed;
    return {
      async write(trx) {
        const importId = await insertCaseImport(trx, { rows: rows.count, actor_label: actor.label, imported_at: clock().toISOString() });
        await writeRowChunks(rows, (chunk) => insertImportedCases(trx, dialect, importId, chunk));
        await audit.record(trx, actor, { action: 'consular.imported-cases.import', entityType: 'consular_case_import', entityId: String(importId), summary });
        return summary;
      },
    };
  }

  // Files sent by a request are imported as jobs (ADR 063); this process's own queue when none is given.
  const imports = deps.imports ?? createImportJobs({ db, clock, queue: createInProcessQueue({ worker: workerName(hostname(), process.pid), onError: () => undefined }), log: defaultServiceLog });
  imports.define<string, ImportedCasesSummary>(IMPORTED_CASES_IMPORT, (text, actor) => prepareCases(actor, text));
  return {
    posts,
    advisories: createConsularAdvisoriesService({ db, clock, audit }),
    kits: createConsularKitsService({ db, clock, audit }),
    cases: createConsularCasesService({ db, clock, audit, posts, officers: deps.officers }),
    citizens: createConsularCitizensService({ db, clock, audit, cipher }),
    maintenance: createConsularMaintenanceService({ db, clock, audit, cipher }),
    statistics: createConsularStatisticsService({ db, clock, audit, aid }),

    /** Imports the health authority's CSV of imported cases here and now (the CLI), whole or not at all (a bad cell: 422 with its line and column). */
    async importCases(actor: Actor, text: string): Promise<ImportedCasesSummary> {
      const prepared = await prepareCases(actor, text);
      return db.transaction().execute((trx) => prepared.write(trx));
    },

    /** The same import as a job on the queue (ADR 063): the summary when it ends within the request's wait, else the job to poll. */
    submitCases: (actor: Actor, text: string) => imports.submit<string, ImportedCasesSummary>(actor, IMPORTED_CASES_IMPORT, text),

    /** An imported-cases job sent by submitCases. */
    casesJob: (id: number): Promise<ImportJobView<ImportedCasesSummary>> => imports.get<ImportedCasesSummary>(IMPORTED_CASES_IMPORT, id),

    /** Totals, the shares holding the agency's own passport and of students, and cases by origin, over arrivals in [from, to]. */
    async importedCaseStatistics(range: ImportedCasesRange): Promise<ImportedCaseStatistics> {
      const own = await aid.supply.donorIso3();
      return importedCaseStatistics(await countImportedCases(db, range.from, range.to, own));
    },
  };
}

export type ConsularService = ReturnType<typeof createConsularService>;
