import { sameDayLastYear } from '../../../core/consular/calendar-days';
import { CENTRAL_HOTLINE, parseCallHistory } from '../../../core/consular/call-history-parse';
import { helpDeskSeries } from '../../../core/consular/help-desk-stats';
import { originShares, weeklyShares } from '../../../core/consular/imported-cases-weekly';
import { slaCompliance } from '../../../core/consular/sla-compliance';
import type { ParseError } from '../../../core/situation-import/parse-result';
import type { CallHistorySummary, HelpDeskQuery, HelpDeskStatistics, ImportedCasesByOrigin, ImportedCasesWeekly, StatisticsRange } from '../../../shared/schemas/consular-statistics';
import type { ErrorDetail } from '../../../shared/schemas/errors';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import { NotFound, Unprocessable } from '../../errors';
import type { AidService } from '../aid/aid.service';
import type { AuditService } from '../audit/audit.service';
import { findPost, listPosts } from './consular.repo';
import { callHistoryByDay, caseCountsByDay, caseTimersOpenedIn, importedCasesByDay, upsertCallHistory } from './consular-statistics.repo';

/** "line 3, column 2: calls: …", the place a person looks for in the file. */
export const parseErrorDetail = (e: ParseError): ErrorDetail => ({
  path: e.column === null ? `line ${e.line}` : `line ${e.line}, column ${e.column}`,
  message: e.field ? `${e.field}: ${e.message}` : e.message,
});

/** The scope of an officer not yet given a post: no post's and not the central hotline's (''). */
const NO_POST = '(no post)';

// The consular statistics (issue 13). The help desk's figures follow the desk's scoping: an officer's are
// their own post's (cases, and the call history of its own line), an admin's every post's or one chosen. The imported
// cases are the agency's figures, the same for every officer.
export function createConsularStatisticsService(deps: { db: Db; clock: Clock; audit: AuditService; aid: Pick<AidService, 'supply'> }) {
  const { db, clock, audit, aid } = deps;
  // An admin, or the CLI's system actor, sees and imports for every line; an officer for their post's only.
  const scopeOf = (actor: Actor): string | null => (actor.role === 'consular_officer' ? (actor.postId ?? NO_POST) : null);

  return {
    /**
     * Imports the daily call counts, whole or not at all; a day already stored for the same line is replaced.
     * An officer gives their own post's figures (rows without a post are theirs); an admin or the CLI any
     * post's, rows without a post being the central hotline's.
     */
    async importCallHistory(actor: Actor, text: string): Promise<CallHistorySummary> {
      const posts = new Set((await listPosts(db)).map((p) => p.id));
      const own = scopeOf(actor);
      const refusePost = (id: string) =>
        !posts.has(id) ? `"${id}" is not a post (leave it empty for ${own === null ? 'the central hotline' : 'your post'})` : own !== null && id !== own ? `an officer imports the calls of their own post (${own}) only` : null;
      const parsed = parseCallHistory(text, { refusePost, defaultPostId: own ?? CENTRAL_HOTLINE });
      if (!parsed.ok) throw new Unprocessable(`the call-history file was refused: ${parsed.errors.length} problem(s), nothing was imported`, parsed.errors.map(parseErrorDetail));
      const rows = parsed.value;
      const dates = rows.map((r) => r.date).sort();
      const summary = { days: new Set(dates).size, calls: rows.reduce((n, r) => n + r.calls, 0), firstDate: dates[0], lastDate: dates[dates.length - 1] };
      const at = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await upsertCallHistory(trx, rows.map((r) => ({ day: r.date, post_id: r.postId, calls: r.calls, imported_at: at })));
        await audit.record(trx, actor, { action: 'consular.call-history.import', entityType: 'consular_call_history', entityId: `${summary.firstDate}..${summary.lastDate}`, summary });
      });
      return summary;
    },

    /**
     * Calls and cases per day against the same days a year before, breakdowns and SLA compliance over [from, to],
     * each case on its post's local day. An admin may narrow them to one post; an officer's are their own post's,
     * and naming another post is 404, as reaching any other post's record is (ADR 072).
     */
    async helpDesk(actor: Actor, query: HelpDeskQuery): Promise<HelpDeskStatistics> {
      const own = scopeOf(actor);
      const requested = query.postId ?? null;
      if (requested !== null && ((own !== null && requested !== own) || !(await findPost(db, requested)))) throw new NotFound('post');
      const postId = own ?? requested;
      const range = { from: query.from, to: query.to };
      const ranges = [range, { from: sameDayLastYear(range.from), to: sameDayLastYear(range.to) }];
      const [cases, calls, timers] = await Promise.all([caseCountsByDay(db, ranges, postId), callHistoryByDay(db, ranges, postId), caseTimersOpenedIn(db, range.from, range.to, postId)]);
      return { postId, ...helpDeskSeries(range.from, range.to, cases, calls), sla: slaCompliance(timers, clock().getTime()) };
    },

    async importedWeekly(range: StatisticsRange): Promise<ImportedCasesWeekly> {
      return { weeks: weeklyShares(range.from, range.to, await importedCasesByDay(db, range.from, range.to, await aid.supply.donorIso3())) };
    },

    async importedByOrigin(range: StatisticsRange): Promise<ImportedCasesByOrigin> {
      return { origins: originShares(await importedCasesByDay(db, range.from, range.to, await aid.supply.donorIso3())) };
    },
  };
}

export type ConsularStatisticsService = ReturnType<typeof createConsularStatisticsService>;
