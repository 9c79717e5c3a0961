// Checks effective distance on real data (issue 17; ADR 040): for an origin (China by default), the Spearman
// correlation between each country's effective distance and the day of its first reported case in the JHU
// series (countries reporting on the series' first day excluded), beside the great-circle distance from the
// origin city (Wuhan). Prints the figures as JSON; with --svg FILE also draws the scatter plot (ECharts SSR).
//
//   npx tsx scripts/spread-check.ts [--jhu DIR] [--svg docs/decisions/040-spread-check.svg]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildAirNetworks, type AirNetworks, type FluxWeighting } from '../src/core/spread/air-network';
import { distanceGraph, shortestPaths } from '../src/core/spread/effective-distance';
import { firstCases } from '../src/core/spread/first-case';
import { greatCircleKm } from '../src/core/spread/great-circle';
import { parseOpenFlights, type OpenFlightsData } from '../src/core/spread/parse-openflights';
import { spearman } from '../src/core/spread/spearman';
import { parseJhu } from '../src/core/situation-import/jhu-parse';
import { renderSpreadScatter, type ScatterPoint } from './spread-scatter';

const { values } = parseArgs({
  options: {
    origin: { type: 'string', default: 'CHN' },
    airport: { type: 'string', default: 'WUH' },
    jhu: { type: 'string', default: '../shared/data/jhu' },
    openflights: { type: 'string', default: 'data/openflights' },
    svg: { type: 'string' },
  },
});

const read = (dir: string, file: string) => readFileSync(`${dir}/${file}`, 'utf8');
const parsed = parseOpenFlights({ airports: read(values.openflights, 'airports.dat'), countries: read(values.openflights, 'countries.dat'), routes: read(values.openflights, 'routes.dat') });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 5)));
const openflights: OpenFlightsData = parsed.value;
const seed = JSON.parse(readFileSync('data/seed/countries.json', 'utf8')) as { iso2: string; iso3: string; nameEn: string }[];
const iso3OfIso2 = new Map(seed.map((c) => [c.iso2, c.iso3]));
const names = new Map(seed.map((c) => [c.iso3, c.nameEn]));
const jhu = parseJhu({ confirmed: read(values.jhu, 'time_series_covid19_confirmed_global.csv'), deaths: read(values.jhu, 'time_series_covid19_deaths_global.csv') });
if (!jhu.ok) throw new Error(JSON.stringify(jhu.errors.slice(0, 5)));
const cases = firstCases(jhu.value.records);
const day = (date: string) => (Date.parse(date) - Date.parse(cases.firstDate as string)) / 86_400_000;

function networks(data: OpenFlightsData, weighting: FluxWeighting): AirNetworks {
  return buildAirNetworks({ ...data, iso3OfIso2: (code) => iso3OfIso2.get(code) ?? null, weighting });
}

/** Country-level effective distance from the origin country. */
function countryDistances(weighting: FluxWeighting): Map<string, number> {
  const graph = distanceGraph(networks(openflights, weighting).countries);
  const paths = shortestPaths(graph, graph.nodes.indexOf(values.origin));
  return new Map(graph.nodes.map((iso3, i) => [iso3, paths.distance[i]]));
}

/** Airport-level effective distance from the origin airport; a country's is that of its nearest airport. */
function airportDistances(): { distance: Map<string, number>; geodesic: Map<string, number> } {
  const net = networks(openflights, 'routes');
  const graph = distanceGraph(net.airports);
  const airports = net.airportList;
  const origin = airports.findIndex((a) => a.iata === values.airport);
  const paths = shortestPaths(graph, origin);
  const distance = new Map<string, number>();
  // Great-circle distance to the country's busiest airport (most routes out): its gateway, where a
  // country's area would make a centroid meaningless (the United States, Russia, France with its overseas parts).
  const busiest = new Map<string, { routes: number; index: number }>();
  net.airportCountry.forEach((iso3, i) => {
    if (iso3 === null) return;
    distance.set(iso3, Math.min(distance.get(iso3) ?? Infinity, paths.distance[i]));
    const routes = graph.offsets[i + 1] - graph.offsets[i];
    if (routes > (busiest.get(iso3)?.routes ?? 0)) busiest.set(iso3, { routes, index: i });
  });
  const geodesic = new Map([...busiest].map(([iso3, { index }]) => [iso3, greatCircleKm(airports[origin], airports[index])]));
  return { distance, geodesic };
}

const byRoutes = countryDistances('routes');
const bySeats = countryDistances('seats');
const { distance: byAirport, geodesic } = airportDistances();

interface Row {
  iso3: string;
  name: string;
  firstCase: string;
  day: number;
  effectiveDistance: number;
  effectiveDistanceSeats: number;
  effectiveDistanceAirports: number;
  greatCircleKm: number;
}
const rows: Row[] = [];
// Countries with no airport in the network, or none a route reaches (Syria: no routes in the 2014 file).
const unreachable: string[] = [];
for (const [iso3, date] of [...cases.arrival].sort()) {
  if (iso3 === values.origin) continue;
  const d = byRoutes.get(iso3);
  if (d === undefined || d === Infinity || !geodesic.has(iso3)) {
    unreachable.push(iso3);
    continue;
  }
  rows.push({
    iso3,
    name: names.get(iso3) ?? iso3,
    firstCase: date,
    day: day(date),
    effectiveDistance: d,
    effectiveDistanceSeats: bySeats.get(iso3) as number,
    effectiveDistanceAirports: byAirport.get(iso3) as number,
    greatCircleKm: geodesic.get(iso3) as number,
  });
}

const FIRST_WAVE_END = '2020-03-31';
const round = (x: number, digits = 3) => Number(x.toFixed(digits));
const arrival = rows.map((r) => r.day);
const result = {
  origin: values.origin,
  originAirport: values.airport,
  seriesFirstDate: cases.firstDate,
  countries: rows.length,
  excluded: { reportingOnFirstDay: cases.atStart, neverReporting: cases.never.length, unreachable },
  spearman: {
    effectiveDistanceCountryRoutes: round(spearman(rows.map((r) => r.effectiveDistance), arrival)),
    effectiveDistanceCountrySeats: round(spearman(rows.map((r) => r.effectiveDistanceSeats), arrival)),
    effectiveDistanceAirportRoutes: round(spearman(rows.map((r) => r.effectiveDistanceAirports), arrival)),
    greatCircleFromWuhan: round(spearman(rows.map((r) => r.greatCircleKm), arrival)),
  },
  // The same on the first wave only: countries reached by 2020-03-31, before most borders closed. Later
  // arrivals (remote islands, closed countries) say more about travel bans than about the 2014 routes.
  firstWave: (() => {
    const wave = rows.filter((r) => r.firstCase <= FIRST_WAVE_END);
    const days = wave.map((r) => r.day);
    return {
      until: FIRST_WAVE_END,
      countries: wave.length,
      effectiveDistanceCountryRoutes: round(spearman(wave.map((r) => r.effectiveDistance), days)),
      effectiveDistanceCountrySeats: round(spearman(wave.map((r) => r.effectiveDistanceSeats), days)),
      effectiveDistanceAirportRoutes: round(spearman(wave.map((r) => r.effectiveDistanceAirports), days)),
      greatCircleFromWuhan: round(spearman(wave.map((r) => r.greatCircleKm), days)),
    };
  })(),
  rows: rows.map((r) => ({ ...r, effectiveDistance: round(r.effectiveDistance), effectiveDistanceSeats: round(r.effectiveDistanceSeats), effectiveDistanceAirports: round(r.effectiveDistanceAirports), greatCircleKm: Math.round(r.greatCircleKm) })),
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);

if (values.svg !== undefined) {
  const points = (x: (r: Row) => number): ScatterPoint[] => rows.map((r) => ({ x: x(r), y: r.day, label: r.iso3 }));
  writeFileSync(values.svg, renderSpreadScatter({
    left: { title: `Effective distance from ${values.origin} (ρ = ${result.spearman.effectiveDistanceCountryRoutes})`, points: points((r) => r.effectiveDistance) },
    right: { title: `Great-circle km from Wuhan (ρ = ${result.spearman.greatCircleFromWuhan})`, points: points((r) => r.greatCircleKm) },
    yTitle: `days after ${cases.firstDate} to the first reported case`,
  }));
}
