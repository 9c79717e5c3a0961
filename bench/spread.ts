import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildAirNetworks } from '../src/core/spread/air-network';
import { MinHeap } from '../src/core/spread/binary-heap';
import { distanceGraph, shortestPaths } from '../src/core/spread/effective-distance';
import { parseOpenFlights } from '../src/core/spread/parse-openflights';

// Spread benchmark (issue 17): effective distance from every origin at airport level on the shipped
// OpenFlights network (7,698 airports, 67,663 routes), Dijkstra with a binary heap from each airport in turn,
// on one thread; and the parse and build it needs, and the same at country level. `npx tsx bench/spread.ts`
// prints JSON and writes bench/results/spread.json. Figures only: no timed assertions anywhere.

const ROOT = new URL('../', import.meta.url);
const ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** Effective distance from every node; returns a checksum of the finite distances so the work is not elided. */
function allOrigins(graph: ReturnType<typeof distanceGraph>): { reachablePairs: number; sum: number } {
  const heap = new MinHeap(graph.nodes.length);
  let reachablePairs = 0;
  let sum = 0;
  for (let origin = 0; origin < graph.nodes.length; origin++) {
    const { distance } = shortestPaths(graph, origin, heap);
    for (let i = 0; i < distance.length; i++) {
      if (i !== origin && distance[i] !== Infinity) {
        reachablePairs++;
        sum += distance[i];
      }
    }
  }
  return { reachablePairs, sum };
}

export function runSpreadBench() {
  const read = (file: string) => readFileSync(new URL(`data/openflights/${file}`, ROOT), 'utf8');
  const files = { airports: read('airports.dat'), countries: read('countries.dat'), routes: read('routes.dat') };
  const seed = JSON.parse(readFileSync(new URL('data/seed/countries.json', ROOT), 'utf8')) as { iso2: string; iso3: string }[];
  const iso3 = new Map(seed.map((c) => [c.iso2, c.iso3]));

  const parseMs: number[] = [];
  const buildMs: number[] = [];
  const airportMs: number[] = [];
  const countryMs: number[] = [];
  let checks = { airports: { reachablePairs: 0, sum: 0 }, countries: { reachablePairs: 0, sum: 0 } };
  let size = { airports: 0, airportEdges: 0, countries: 0, countryEdges: 0, routes: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const parsed = time(() => parseOpenFlights(files));
    if (!parsed.value.ok) throw new Error('the shipped OpenFlights files did not parse');
    const data = parsed.value.value;
    const built = time(() => buildAirNetworks({ ...data, iso3OfIso2: (code) => iso3.get(code) ?? null }));
    const airports = distanceGraph(built.value.airports);
    const countries = distanceGraph(built.value.countries);
    const a = time(() => allOrigins(airports));
    const c = time(() => allOrigins(countries));
    parseMs.push(parsed.ms);
    buildMs.push(built.ms);
    airportMs.push(a.ms);
    countryMs.push(c.ms);
    checks = { airports: a.value, countries: c.value };
    size = { airports: airports.nodes.length, airportEdges: airports.targets.length, countries: countries.nodes.length, countryEdges: countries.targets.length, routes: data.routes.length };
  }
  const airportsMedian = median(airportMs);
  return {
    rounds: ROUNDS,
    network: size,
    parseMs: Math.round(median(parseMs)),
    buildMs: Math.round(median(buildMs)),
    airportAllOrigins: {
      origins: size.airports,
      totalMs: Math.round(airportsMedian),
      perOriginMs: Number((airportsMedian / size.airports).toFixed(3)),
      reachablePairs: checks.airports.reachablePairs,
      meanEffectiveDistance: Number((checks.airports.sum / checks.airports.reachablePairs).toFixed(3)),
      roundsMs: airportMs.map(Math.round),
    },
    countryAllOrigins: {
      origins: size.countries,
      totalMs: Number(median(countryMs).toFixed(1)),
      reachablePairs: checks.countries.reachablePairs,
      meanEffectiveDistance: Number((checks.countries.sum / checks.countries.reachablePairs).toFixed(3)),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runSpreadBench();
  mkdirSync(new URL('bench/results/', ROOT), { recursive: true });
  writeFileSync(new URL('bench/results/spread.json', ROOT), JSON.stringify(result, null, 2));
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
