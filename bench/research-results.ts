import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResultRecordSchema, ResultsQuerySchema, type ResultRecord } from '../src/shared/schemas/research-results';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { createServices } from '../src/server/services';
import { readResultsSeed } from '../src/server/modules/research/results.seed';

// Research-results search benchmark (issue 16). `npx tsx bench/research-results.ts` or `npx tsx bench/run.ts
// research-results` prints JSON. 10,000 published results, generated from the seeded ones with a seeded PRNG
// (kinds, 30 countries, topics, interventions, phases, dates over 2020–2022, English and Chinese titles), are
// put in a fresh SQLite file; then a mix of searches (facets alone, text alone in English and Chinese, facets
// with text, date ranges) runs through the service, facet counts and the page's records included: p50 and p99.

const RECORDS = 10_000;
const ROUNDS = 20;
const COUNTRIES = ['CHN', 'USA', 'GBR', 'BRA', 'IND', 'KEN', 'ZAF', 'FRA', 'DEU', 'ITA', 'ESP', 'JPN', 'KOR', 'SGP', 'AUS', 'CAN', 'MEX', 'ARG', 'EGY', 'NGA', 'IRN', 'TUR', 'RUS', 'IDN', 'THA', 'VNM', 'PAK', 'BGD', 'PER', 'CHL'];
const INTERVENTIONS = ['dexamethasone', 'hydrocortisone', 'remdesivir', 'favipiravir', 'lopinavir', 'tocilizumab', 'convalescent plasma', 'hydroxychloroquine', 'ivermectin', 'budesonide'];
const TOPICS = ['covid-19', 'treatment', 'critical care', 'genome', 'epidemiology', 'vaccine', 'diagnosis', 'transmission'];
const ZH = ['糖皮质激素', '瑞德西韦', '重症患者', '临床试验', '病毒基因组', '流行病学'];
const PHASES = ['1', '2', '2/3', '3', '4'] as const;

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(): ResultRecord[] {
  const random = mulberry32(52);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const seeds = readResultsSeed();
  return Array.from({ length: RECORDS }, (_, i) => {
    const isTrial = random() < 0.6;
    const trials = seeds.filter((r) => r.trial);
    const base = isTrial ? trials[i % trials.length]! : seeds[i % seeds.length]!;
    const intervention = pick(INTERVENTIONS);
    const country = pick(COUNTRIES);
    const day = Math.floor(random() * 1000);
    const date = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const record = {
      ...base,
      kind: isTrial ? 'trial-result' : pick(['paper', 'preprint', 'dataset', 'protocol'] as const),
      title: `${base.title} (${intervention}, study ${i})`,
      titleZh: `${pick(ZH)}研究 ${i}`,
      doi: `10.5555/bench.${i}`,
      date,
      authors: [{ name: `Author ${i}`, affiliation: `Institute ${i % 300}`, country }],
      topics: [pick(TOPICS), pick(TOPICS)],
      interventions: [intervention],
      trial: isTrial && base.trial ? { ...base.trial, phase: pick(PHASES), countries: [country] } : undefined,
      genomes: [],
      registryIds: isTrial ? [`NCT${String(4_000_000 + i).padStart(8, '0')}`] : [],
    };
    return ResultRecordSchema.parse(record);
  });
}

const QUERIES: Record<string, string>[] = [
  {},
  { intervention: 'dexamethasone' },
  { kind: 'trial-result', phase: '3' },
  { country: 'KEN', topic: 'treatment' },
  { q: 'mortality' },
  { q: 'remdesivir' },
  { q: '糖皮质激素' },
  { q: '重症' },
  { q: 'ventilator', country: 'BRA' },
  { from: '2021-01', to: '2021-06', intervention: 'tocilizumab' },
];

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const round = (x: number) => Number(x.toFixed(2));

export async function runResearchResultsBench() {
  const records = generate();
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-results-'));
  const handle = openDatabase({ sqlitePath: join(dir, 'results.db') });
  try {
    await migrateToLatest(handle.db, 'sqlite');
    const services = createServices({ db: handle.db, dialect: 'sqlite', clock: () => new Date(), sessionTtlHours: 1 });
    const loadStarted = performance.now();
    await services.research.results.seed(records);
    const loadMs = performance.now() - loadStarted;
    const times: number[] = [];
    const perQuery: Record<string, number[]> = {};
    let found = 0;
    for (let round_ = 0; round_ < ROUNDS; round_++) {
      for (const q of QUERIES) {
        const query = ResultsQuerySchema.parse(q);
        const started = performance.now();
        const page = await services.research.results.search(query);
        const ms = performance.now() - started;
        times.push(ms);
        (perQuery[JSON.stringify(q)] ??= []).push(ms);
        if (round_ === 0) found += page.total;
      }
    }
    return {
      records: RECORDS,
      searches: times.length,
      loadMs: round(loadMs),
      p50Ms: round(percentile(times, 50)),
      p99Ms: round(percentile(times, 99)),
      maxMs: round(Math.max(...times)),
      medianByQuery: Object.fromEntries(Object.entries(perQuery).map(([q, xs]) => [q, round(percentile(xs, 50))])),
      totalFoundFirstRound: found,
    };
  } finally {
    await handle.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${JSON.stringify(await runResearchResultsBench(), null, 2)}\n`);
