import pg from 'pg';
import { sql } from 'kysely';
import { dayToIsoDate, isoDateToDay } from '../src/core/epi/iso-day';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedCountries } from '../src/server/modules/countries/countries.seed';
import { countSearch, searchPage } from '../src/server/modules/research/research.repo';
import { createServices } from '../src/server/services';

// Genome search at scale (issue 12, ADR 006). `npx tsx bench/run.ts genome-search` prints JSON.
// A throw-away PostgreSQL database (BENCH_PG_URL, else TEST_PG_URL, else the local postgres) is migrated and
// given GENOMES generated analysed genomes (seeded PRNG: 40 countries, 2020–2022, clades succeeding each other,
// each clade's defining mutations plus its ancestors', S:D614G from mid-2020, two private mutations drawn from
// 20,000), loaded by multi-row inserts (unnest of arrays); the load time is reported with and without VACUUM
// ANALYZE. Sequences are empty: a search reads no sequence. Then searches through the service (page and count
// together, as the API answers) and the page and the count apart, each kind RUNS times over different values;
// the database is dropped at the end. Targets: first page p99 < 100 ms, count < 1 s.

const GENOMES = Number(process.env.GENOME_SEARCH_BENCH_GENOMES ?? 1_000_000);
const RUNS = 200;
const COUNTRIES = ['USA', 'GBR', 'DEU', 'FRA', 'IND', 'BRA', 'ZAF', 'AUS', 'JPN', 'CAN', 'ESP', 'ITA', 'NLD', 'DNK', 'SWE', 'CHE', 'BEL', 'AUT', 'POL', 'TUR', 'ISR', 'KEN', 'NGA', 'EGY', 'MEX', 'ARG', 'CHL', 'PER', 'COL', 'CHN', 'KOR', 'SGP', 'THA', 'VNM', 'IDN', 'PHL', 'MYS', 'NZL', 'IRL', 'NOR'];
const CLADES = ['19A', '19B', '20A', '20B', '20C', '20E', '20I', '21J', '21K', '21L', '22B', '22E'];
/** Two defining nucleotide substitutions per clade; a genome carries its clade's and every earlier clade's. */
const DEFINING = CLADES.map((_, i) => [`C${1000 + i * 2111}T`, `G${1500 + i * 2111}A`]);
const PRIVATE = Array.from({ length: 20_000 }, (_, i) => `A${(i % 29_000) + 1}${'CGT'[i % 3]}`);
const FIRST = isoDateToDay('2020-01-01')!;
const DAYS = isoDateToDay('2022-12-31')! - FIRST + 1;
const clock = () => new Date();
const round = (x: number, digits = 4) => Number(x.toPrecision(digits));

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Generated {
  country: string;
  date: string;
  clade: number;
  labels: string[];
}

function genome(random: () => number): Generated {
  const day = Math.floor(random() * DAYS);
  const era = (day / DAYS) * (CLADES.length - 1);
  const clade = Math.max(0, Math.min(CLADES.length - 1, Math.round(era + (random() - 0.5) * 2)));
  const labels = new Set<string>(DEFINING.slice(0, clade + 1).flat());
  if (day > 150 || random() < 0.2) labels.add('S:D614G');
  labels.add(PRIVATE[Math.floor(random() * PRIVATE.length)]!);
  labels.add(PRIVATE[Math.floor(random() * PRIVATE.length)]!);
  return { country: COUNTRIES[Math.floor(random() ** 1.5 * COUNTRIES.length)]!, date: dayToIsoDate(FIRST + day), clade, labels: [...labels] };
}

function quantiles(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
  return { p50: at(0.5), p99: at(0.99), max: round(sorted.at(-1)!), runs: sorted.length };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

async function load(url: string): Promise<{ postings: number; insertSeconds: number; vacuumSeconds: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const random = mulberry32(12);
    const { rows } = await client.query<{ id: number }>(`insert into research_submissions (status, total, analysed, failed, errors, created_at) values ('done', $1, $1, 0, '[]', '2026-01-01') returning id`, [GENOMES]);
    const submission = rows[0]!.id;
    const started = performance.now();
    let postings = 0;
    const CHUNK = 50_000;
    for (let from = 0; from < GENOMES; from += CHUNK) {
      const ids: number[] = [], strains: string[] = [], countries: string[] = [], dates: string[] = [], clades: string[] = [];
      const pIds: number[] = [], pKinds: string[] = [], pLabels: string[] = [], pCountries: string[] = [], pDates: string[] = [];
      for (let id = from + 1; id <= Math.min(GENOMES, from + CHUNK); id++) {
        const g = genome(random);
        ids.push(id); strains.push(`bench/${id}`); countries.push(g.country); dates.push(g.date); clades.push(CLADES[g.clade]!);
        for (const label of g.labels) {
          pIds.push(id); pKinds.push(label.includes(':') ? 'aa' : 'nuc'); pLabels.push(label); pCountries.push(g.country); pDates.push(g.date);
        }
      }
      await client.query(
        `insert into research_genomes (id, submission_id, strain, collection_date, country, host, originating_lab, submitting_lab, sequence, status, clade, qc_status, total_substitutions, total_deletions, total_insertions, total_missing, created_at)
         select id, $1, strain, d, c, 'Homo sapiens', 'bench', 'bench', '', 'analysed', clade, 'good', 0, 0, 0, 0, '2026-01-01'
         from unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) as t(id, strain, c, d, clade)`,
        [submission, ids, strains, countries, dates, clades],
      );
      await client.query(
        `insert into research_genome_mutations (genome_id, kind, label, country, collection_date) select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[])`,
        [pIds, pKinds, pLabels, pCountries, pDates],
      );
      postings += pIds.length;
    }
    await client.query(`select setval(pg_get_serial_sequence('research_genomes', 'id'), $1)`, [GENOMES]);
    const inserted = performance.now();
    // What autovacuum would do after such a load: statistics for the planner, the visibility map for index-only counts.
    await client.query('vacuum analyze research_genomes, research_genome_mutations');
    return { postings, insertSeconds: round((inserted - started) / 1000), vacuumSeconds: round((performance.now() - inserted) / 1000) };
  } finally {
    await client.end();
  }
}

export async function runGenomeSearchBench() {
  const adminUrl = process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `concord_bench_search_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  try {
    await migrateToLatest(handle.db, 'postgres');
    await seedCountries(handle.db, clock);
    const loaded = await load(url.toString());
    const services = createServices({ db: handle.db, dialect: 'postgres', clock, sessionTtlHours: 1 });
    const research = services.research;
    await research.search({ mutation: 'S:D614G', limit: 1, offset: 0 }); // loads the dataset's gene names once

    const random = mulberry32(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const kinds = {
      'mutation carried by ~90% (S:D614G)': () => ({ mutation: 'S:D614G' }),
      'mutation of a clade and its descendants': () => ({ mutation: pick(DEFINING.slice(3, 9)).at(0)! }),
      'rare private mutation (~100 genomes)': () => ({ mutation: pick(PRIVATE) }),
      'clade': () => ({ clade: pick(CLADES) }),
      'mutation and country': () => ({ mutation: 'S:D614G', country: pick(COUNTRIES) }),
      'mutation, country and a year': () => ({ mutation: pick(DEFINING.slice(2, 8)).at(1)!, country: pick(COUNTRIES.slice(0, 10)), from: '2021-01-01', to: '2021-12-31' }),
      'clade and country': () => ({ clade: pick(CLADES), country: pick(COUNTRIES.slice(0, 10)) }),
    };
    const searches: Record<string, object> = {};
    for (const [kind, filters] of Object.entries(kinds)) {
      const api: number[] = [], page: number[] = [], count: number[] = [];
      let totals = 0;
      for (let run = 0; run < RUNS; run++) {
        const f = filters();
        const whole = await timed(() => research.search({ ...f, limit: 50, offset: 0 }));
        api.push(whole.ms);
        totals += whole.value.total;
        page.push((await timed(() => searchPage(handle.db, f, 50, 0, undefined))).ms);
        count.push((await timed(() => countSearch(handle.db, f))).ms);
      }
      searches[kind] = { meanTotal: Math.round(totals / RUNS), apiPageAndCountMs: quantiles(api), firstPageMs: quantiles(page), countMs: quantiles(count) };
    }
    // Deep pages: by keyset (after the id the previous page ended on) and by offset, for the same genomes.
    const deep: number[] = [], deepOffset: number[] = [];
    for (let run = 0; run < 50; run++) {
      const after = Math.floor(random() * GENOMES * 0.9);
      deep.push((await timed(() => research.search({ mutation: 'S:D614G', after, limit: 50, offset: 0 }))).ms);
      if (run < 10) deepOffset.push((await timed(() => research.search({ mutation: 'S:D614G', limit: 50, offset: Math.floor(after * 0.9) }))).ms);
    }
    // The query the search ran before (an EXISTS per genome), for the same first page and count.
    const before: number[] = [], beforeCount: number[] = [];
    for (let run = 0; run < 10; run++) {
      const label = run % 2 === 0 ? 'S:D614G' : pick(PRIVATE);
      before.push((await timed(() => sql`select id from research_genomes g where exists (select 1 from research_genome_mutations m where m.label = ${label} and m.genome_id = g.id) order by id limit 50`.execute(handle.db))).ms);
      beforeCount.push((await timed(() => sql`select count(*) from research_genomes g where exists (select 1 from research_genome_mutations m where m.label = ${label} and m.genome_id = g.id)`.execute(handle.db))).ms);
    }
    const sizes = await sql<{ relation: string; mb: number }>`select relname as relation, round(pg_total_relation_size(oid) / 1048576.0) as mb from pg_class where relname in ('research_genomes', 'research_genome_mutations')`.execute(handle.db);
    return {
      genomes: GENOMES,
      postings: loaded.postings,
      loadSeconds: { insert: loaded.insertSeconds, vacuumAnalyze: loaded.vacuumSeconds },
      sizeMb: Object.fromEntries(sizes.rows.map((r) => [r.relation, Number(r.mb)])),
      searches,
      keysetPageDeepMs: quantiles(deep),
      offsetPageDeepMs: quantiles(deepOffset),
      previousExistsQuery: { firstPageMs: quantiles(before), countMs: quantiles(beforeCount), note: 'alternating S:D614G and a rare mutation' },
    };
  } finally {
    await handle.destroy();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
