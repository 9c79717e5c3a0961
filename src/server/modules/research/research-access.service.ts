import { createHash } from 'node:crypto';
import type { AccessStats, StatsQuery } from '../../../shared/schemas/research';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import type { CountriesService } from '../countries/countries.service';
import { accessByCountry, accessSeries, accessTotals, insertAccess, pruneAccessLog } from './access-log.repo';
import { DEFAULT_IP_COUNTRY_DB, openIpCountryLookup, type IpCountryLookup } from './ip-country';
import type { ServiceLog } from '../../log';

// The research access statistics (ADR 012, 060): visits and downloads with the visitor's country, a visit once
// per visitor and day, raw rows folded into daily aggregates after the retention.

const DAY_MS = 86_400_000;
/** Visit keys remembered per process, so that a visitor's further requests of the day cost no write. */
const SEEN_VISITS_KEPT = 100_000;

export interface ResearchAccessDeps {
  db: Db;
  clock: Clock;
  log: ServiceLog;
  countries: CountriesService;
  /** Visitor countries; by default the MaxMind-format database at `ipCountryDb`. */
  ipCountry?: IpCountryLookup;
  ipCountryDb?: string;
  /** Days the raw access log is kept before it is folded into daily aggregates (default 90). */
  retentionDays?: number;
}

export function createResearchAccessService(deps: ResearchAccessDeps) {
  const { db, clock, countries } = deps;
  let ipCountry: Promise<IpCountryLookup> | null = deps.ipCountry ? Promise.resolve(deps.ipCountry) : null;
  // Opened on the first visit, once the countries table (which maps alpha-2 to alpha-3) is seeded.
  const visitorCountry = async (ip: string): Promise<string | null> => {
    ipCountry ??= countries.countries().then((list) => {
      if (list.length === 0) ipCountry = null;
      return openIpCountryLookup(deps.ipCountryDb ?? DEFAULT_IP_COUNTRY_DB, new Map(list.map((c) => [c.iso2, c.iso3])));
    });
    try {
      return (await ipCountry).country(ip);
    } catch (error) {
      // A missing or unreadable database (IP_COUNTRY_DB) must not lose the visit: it counts without a country.
      ipCountry = null;
      deps.log.warn({ err: error }, 'research: cannot read the IP-to-country database; the visit is counted without a country');
      return null;
    }
  };
  const retentionDays = deps.retentionDays ?? 90;
  const seenVisits = new Set<string>();
  let lastPrune = Number.NEGATIVE_INFINITY;
  const pruneAccess = (): Promise<number> => pruneAccessLog(db, new Date(clock().getTime() - retentionDays * DAY_MS).toISOString().slice(0, 10));
  return {
    /**
     * Logs a visit or a download with the visitor's country (the address itself is not kept). A visitor's
     * visits count once a day, so repeating requests cannot inflate the statistics; downloads each count.
     */
    async logAccess(entry: { kind: 'visit' | 'download'; ip: string; path: string; format?: string; count?: number }): Promise<void> {
      const now = clock();
      const at = now.toISOString();
      const visitor = createHash('sha256').update(`concord-visitor:${entry.ip}`).digest('hex').slice(0, 24);
      const visitKey = entry.kind === 'visit' ? `${visitor}:${at.slice(0, 10)}` : null;
      if (visitKey !== null) {
        if (seenVisits.has(visitKey)) return;
        if (seenVisits.size >= SEEN_VISITS_KEPT) seenVisits.clear();
        seenVisits.add(visitKey);
      }
      const country = await visitorCountry(entry.ip);
      await insertAccess(db, { at, kind: entry.kind, visitor, country, path: entry.path.slice(0, 300), format: entry.format ?? null, count: entry.count ?? 0, visit_key: visitKey });
      if (now.getTime() - lastPrune >= DAY_MS / 24) {
        lastPrune = now.getTime();
        await pruneAccess();
      }
    },

    /** Folds the raw access rows older than the retention into daily aggregates; returns the rows folded. */
    pruneAccess,

    async stats(q: StatsQuery): Promise<AccessStats> {
      const [totals, series, byCountry] = await Promise.all([accessTotals(db, q), accessSeries(db, q), accessByCountry(db, q)]);
      // The ISO numeric code lets the web app place each country on the map (world-atlas ids).
      const numeric = new Map(
        await Promise.all(byCountry.filter((c) => c.country !== null).map(async (c) => [c.country, (await countries.country(c.country!))?.iso_numeric ?? null] as const)),
      );
      return {
        visitors: totals.visitors,
        visits: totals.visits,
        countries: byCountry.filter((c) => c.country !== null).length,
        downloads: totals.downloads,
        genomesDownloaded: totals.genomes,
        series,
        byCountry: byCountry.map((c) => ({ ...c, isoNumeric: c.country === null ? null : (numeric.get(c.country) ?? null) })),
      };
    },

  };
}
