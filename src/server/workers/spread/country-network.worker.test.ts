import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCountryNetwork, OPENFLIGHTS_DIR } from './country-network.worker';

const seed = JSON.parse(readFileSync(new URL('../../../../data/seed/countries.json', import.meta.url), 'utf8')) as { iso2: string; iso3: string }[];
const iso2ToIso3 = seed.map((c): [string, string] => [c.iso2, c.iso3]);

describe('buildCountryNetwork', () => {
  const dir = mkdtempSync(join(tmpdir(), 'openflights-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the country network of the shipped files', () => {
    const { network, summary } = buildCountryNetwork({ iso2ToIso3, weighting: 'routes' });
    expect(network.nodes).toHaveLength(summary.countries);
    expect(network.nodes).toContain('CHN');
    expect(summary).toMatchObject({ routes: 67663, selfRoutes: 1, international: 34794, countries: 234 });
    expect(summary.international + summary.domestic + summary.selfRoutes + summary.unknownAirport + summary.noCountry).toBe(summary.routes);
  });

  it('refuses a malformed routes file, naming the file, line and column', () => {
    cpSync(new URL('.', OPENFLIGHTS_DIR), dir, { recursive: true });
    const routes = readFileSync(join(dir, 'routes.dat'), 'utf8').split('\n');
    routes[1] = routes[1].replace(/^([^,]*,[^,]*,[^,]*),[0-9]+,/, '$1,twelve,');
    writeFileSync(join(dir, 'routes.dat'), routes.join('\n'));
    expect(() => buildCountryNetwork({ iso2ToIso3, weighting: 'routes', dir: `${pathToFileURL(dir).href}/` })).toThrow(/routes\.dat line 2, column 4: expected an airport id/);
  });
});
