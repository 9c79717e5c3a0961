import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cladeTrend, mutationTrend, tallyClades, tallyCountries, type GenomeRecord } from '../src/core/genome/trends';
import { dayToIsoDate, isoDateToDay } from '../src/core/epi/iso-day';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedCountries } from '../src/server/modules/countries/countries.seed';
import { createServices } from '../src/server/services';
import { carrierCounts, countryCounts } from '../src/server/modules/research/trends.repo';

// Variant-trend benchmark (issue 16). `npx tsx bench/run.ts variants` prints JSON.
// 100,000 generated analysed genomes (seeded PRNG: 40 countries, 2020–2022, clades succeeding each other,
// ~8 mutation labels each) are put in a fresh SQLite file; then clade frequencies of every country by month
// (the API's /trends/clades, one call per country) and one mutation's share by country and month (/trends/
// mutations) are timed through the service, SQL grouping included, and the same computed by the core alone
// over the records in memory.

const GENOMES = 100_000;
const COUNTRIES = ['USA', 'GBR', 'DEU', 'FRA', 'IND', 'BRA', 'ZAF', 'AUS', 'JPN', 'CAN', 'ESP', 'ITA', 'NLD', 'DNK', 'SWE', 'CHE', 'BEL', 'AUT', 'POL', 'TUR', 'ISR', 'KEN', 'NGA', 'EGY', 'MEX', 'ARG', 'CHL', 'PER', 'COL', 'CHN', 'KOR', 'SGP', 'THA', 'VNM', 'IDN', 'PHL', 'MYS', 'NZL', 'IRL', 'NOR'];
const CLADES = ['19A', '19B', '20A', '20B', '20C', '20E', '20I', '21J', '21K', '21L', '22B', '22E'];
const LABELS = Array.from({ length: 60 }, (_, i) => `C${1000 + i * 311}T`).concat(['S:D614G', 'S:N501Y', 'S:E484K', 'S:L452R', 'S:P681R', 'del:11288-11296']);
const RUNS = 5;
const FIRST = isoDateToDay('2020-01-01')!;
const DAYS = isoDateToDay('2022-12-31')! - FIRST + 1;
const round = (x: number, digits = 4) => Number(x.toPrecision(digits));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Genomes whose clade moves along CLADES with time, and S:D614G from mid-2020 on. */
function generate(): (GenomeRecord & { strain: string; labels: string[] })[] {
  const random = mulberry32(16);
  return Array.from({ length: GENOMES }, (_, i) => {
    const day = Math.floor(random() * DAYS);
    const era = (day / DAYS) * (CLADES.length - 1);
    const clade = CLADES[Math.max(0, Math.min(CLADES.length - 1, Math.round(era + (random() - 0.5) * 2)))]!;
    const labels = new Set<string>();
    while (labels.size < 8) labels.add(LABELS[Math.floor(random() * (LABELS.length - 6))]!);
    if (day > 150 || random() < 0.2) labels.add('S:D614G');
    const country = COUNTRIES[Math.floor(random() ** 1.5 * COUNTRIES.length)]!;
    const date = dayToIsoDate(FIRST + day);
    return { strain: `bench/${i}`, country, date, clade, labels: [...labels], mutations: [...labels] };
  });
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

export async function runVariantsBench() {
  const genomes = generate();
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-variants-'));
  const handle = openDatabase({ sqlitePath: process.env.VARIANTS_BENCH_DB ?? join(dir, 'variants.db') });
  try {
    await migrateToLatest(handle.db, 'sqlite');
    await seedCountries(handle.db, () => new Date());
    const services = createServices({ db: handle.db, dialect: 'sqlite', clock: () => new Date(), sessionTtlHours: 1 });
    const load = await timed(() =>
      handle.db.transaction().execute(async (trx) => {
        const submission = await trx
          .insertInto('research_submissions')
          .values({ status: 'done', total: GENOMES, analysed: GENOMES, failed: 0, errors: '[]', submitted_by: null, created_at: '2026-01-01' })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (let i = 0; i < genomes.length; i += 500) {
          const rows = genomes.slice(i, i + 500).map((g, j) => ({
            id: i + j + 1,
            submission_id: submission.id,
            strain: g.strain,
            collection_date: g.date,
            country: g.country,
            host: 'Homo sapiens',
            originating_lab: '?',
            submitting_lab: '?',
            sequence: '',
            status: 'analysed',
            clade: g.clade,
            qc_status: 'good',
            created_at: '2026-01-01',
          }));
          await trx.insertInto('research_genomes').values(rows).execute();
        }
        const labels = genomes.flatMap((g, i) => g.labels.map((label) => ({ genome_id: i + 1, kind: label.includes(':') && !label.startsWith('del:') ? ('aa' as const) : ('nuc' as const), label, country: g.country, collection_date: g.date })));
        for (let i = 0; i < labels.length; i += 2000) await trx.insertInto('research_genome_mutations').values(labels.slice(i, i + 2000)).execute();
        return labels.length;
      }),
    );
    const trends = services.research.trends;
    // The parts of a mutation map apart: its denominators from the per-day counters (migration 051) against
    // the same grouped from the genome rows as before, and the carriers of the commonest mutation.
    const totalsFromCounters = await timed(() => countryCounts(handle.db, 'month'));
    const totalsFromGenomes = await timed(() =>
      handle.db
        .selectFrom('research_genomes')
        .where('status', '=', 'analysed')
        .select((eb) => ['country', eb.fn<string>('substr', [eb.ref('collection_date'), eb.val(1), eb.val(7)]).as('month'), eb.fn.countAll<number>().as('n')])
        .groupBy(['country', 'month'])
        .execute(),
    );
    if (totalsFromCounters.value.length !== totalsFromGenomes.value.length) throw new Error('the per-day counters disagree with the genomes');
    const carriersCommonest = await timed(() => carrierCounts(handle.db, 'S:D614G'));

    const cladeRuns: number[] = [];
    const perCountry: number[] = [];
    let periods = 0;
    for (let run = 0; run < RUNS; run++) {
      const all = await timed(async () => {
        for (const country of COUNTRIES) {
          const one = await timed(() => trends.clades({ country, period: 'month' }));
          perCountry.push(one.ms);
          periods += run === 0 ? one.value.periods.length : 0;
        }
      });
      cladeRuns.push(all.ms);
    }
    const weekClades = await timed(() => trends.clades({ country: 'USA', period: 'week' }));
    // The totals come from the per-day counters (migration 051): a first call no longer counts the repository.
    const coldMonth = await timed(() => trends.mutation({ mutation: 'S:D614G', period: 'month' }));
    const coldWeek = await timed(() => trends.mutation({ mutation: 'S:D614G', period: 'week' }));
    const mutationMonth: number[] = [];
    const mutationWeek: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      mutationMonth.push((await timed(() => trends.mutation({ mutation: LABELS[run]!, period: 'month' }))).ms);
      mutationWeek.push((await timed(() => trends.mutation({ mutation: LABELS[run]!, period: 'week' }))).ms);
    }
    const countryList = await timed(() => trends.countries());

    // The core alone over the records in memory (what the browser or a CLI would do without the database).
    const coreClades: number[] = [];
    const coreMutation: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      coreClades.push((await timed(() => COUNTRIES.map((c) => cladeTrend(tallyClades(genomes, c), 'month')))).ms);
      coreMutation.push((await timed(() => mutationTrend(tallyCountries(genomes), tallyCountries(genomes, 'S:D614G'), 'month'))).ms);
    }

    return {
      genomes: GENOMES,
      countries: COUNTRIES.length,
      mutationLabels: load.value,
      loadSeconds: round(load.ms / 1000),
      sqlite: {
        cladesEveryCountryByMonthMs: { median: round(median(cladeRuns)), runs: cladeRuns.map((x) => round(x)) },
        cladesOneCountryByMonthMs: { median: round(median(perCountry)), max: round(Math.max(...perCountry)) },
        cladeMonthPeriodsOverCountries: periods,
        cladesUsaByWeekMs: round(weekClades.ms),
        totalsByCountryAndMonthMs: { fromDayCounters: round(totalsFromCounters.ms), fromGenomeRows: round(totalsFromGenomes.ms) },
        carriersOfCommonestMutationMs: round(carriersCommonest.ms),
        mutationByCountryAndMonthMs: { first: round(coldMonth.ms), laterMedian: round(median(mutationMonth)), countries: coldMonth.value.countries.length },
        mutationByCountryAndWeekMs: { first: round(coldWeek.ms), laterMedian: round(median(mutationWeek)) },
        countriesMs: round(countryList.ms),
      },
      coreInMemory: {
        cladesEveryCountryByMonthMs: round(median(coreClades)),
        mutationByCountryAndMonthMs: round(median(coreMutation)),
      },
    };
  } finally {
    await handle.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
