import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../auth/actor';
import { ForecastSchema } from '../../../shared/schemas/situation-forecast';
import { HUB_QUANTILE_LEVELS } from '../../../core/epi/forecast/hub-quantiles';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp } from '../../test-support/test-app.test-support';
import { jhuSample } from './situation.test-support';

// 200 days of the real JHU series (2020-01-22 .. 2020-08-08): Italy (a large first wave), Kenya (a rising
// epidemic) and New Zealand (no cases for weeks in June 2020).
describeEachDialect('situation forecast route', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
    await t.services.situation.importFiles(systemActor('test'), { source: 'jhu', files: jhuSample(200, ['Italy', 'Kenya', 'New Zealand']) });
  });
  afterAll(async () => t.close());

  it('forecasts 4 weekly totals at the 23 Forecast Hub levels from data up to the origin, in the contract’s shape', async () => {
    const res = await t.anonymous.request('GET', '/api/situation/countries/ITA/forecast?origin=2020-06-06');
    expect(res.statusCode).toBe(200);
    const body = ForecastSchema.parse(res.json());
    expect(body).toMatchObject({ iso3: 'ITA', origin: '2020-06-06', reason: null, method: { name: 'renewal-cori' } });
    expect(body.horizons.map((h) => [h.horizon, h.weekEnd])).toEqual([
      [1, '2020-06-13'],
      [2, '2020-06-20'],
      [3, '2020-06-27'],
      [4, '2020-07-04'],
    ]);
    for (const h of body.horizons) {
      expect(h.quantiles.map((q) => q.level)).toEqual(HUB_QUANTILE_LEVELS);
      const values = h.quantiles.map((q) => q.value);
      expect([...values].sort((a, b) => a - b)).toEqual(values);
    }
    // Italy reported about 2,000 cases in the week ending 2020-06-06 and 1,400 the week after.
    const lastWeek = body.observed.find((o) => o.weekEnd === '2020-06-06')?.value as number;
    expect(lastWeek).toBeGreaterThan(1_000);
    expect(body.horizons[0].quantiles[11].value).toBeGreaterThan(lastWeek / 3);
    expect(body.horizons[0].quantiles[11].value).toBeLessThan(lastWeek * 3);
    // the weeks after the origin are shown as observed, for comparison, but not read by the forecast
    expect(body.observed.map((o) => o.weekEnd)).toContain('2020-07-04');
  });

  it('defaults the origin to the latest date and gives the same answer when asked again', async () => {
    const first = (await t.anonymous.request('GET', '/api/situation/countries/KEN/forecast')).json();
    expect(first).toMatchObject({ iso3: 'KEN', origin: '2020-08-08', reason: null });
    expect(first.horizons).toHaveLength(4);
    const again = (await t.anonymous.request('GET', '/api/situation/countries/KEN/forecast?origin=2020-08-08')).json();
    expect(again.horizons).toEqual(first.horizons);
  });

  it('makes no forecast, and says why, for a country with too few recent cases or an origin outside the series', async () => {
    const nz = (await t.anonymous.request('GET', '/api/situation/countries/NZL/forecast?origin=2020-06-20')).json();
    expect(nz).toMatchObject({ iso3: 'NZL', origin: '2020-06-20', horizons: [], reason: 'too-few-cases' });
    const future = (await t.anonymous.request('GET', '/api/situation/countries/ITA/forecast?origin=2021-01-01')).json();
    expect(future).toMatchObject({ horizons: [], reason: 'origin-outside-series' });
    const noSeries = (await t.anonymous.request('GET', '/api/situation/countries/FRA/forecast')).json();
    expect(noSeries).toMatchObject({ iso3: 'FRA', horizons: [], reason: 'no-series', origin: null });
  });

  it('answers 404 for an unknown country and 400 for a malformed origin', async () => {
    expect((await t.anonymous.request('GET', '/api/situation/countries/XXX/forecast')).statusCode).toBe(404);
    const bad = await t.anonymous.request('GET', '/api/situation/countries/ITA/forecast?origin=2020-02-30');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('origin');
  });

  it("adds the country's backtest score once the worker has computed it", async () => {
    const scores = await t.services.situation.forecastBacktest();
    expect(scores.get('ITA')).toMatchObject({ firstOrigin: '2020-06-06', lastOrigin: '2020-07-04' });
    const body = ForecastSchema.parse((await t.anonymous.request('GET', '/api/situation/countries/ITA/forecast?origin=2020-06-06')).json());
    expect(body.backtestStatus).toBe('ready');
    expect(body.backtest?.horizons).toHaveLength(4);
    expect(body.backtest?.horizons[0].forecasts).toBe(2);
    expect(body.backtest?.relativeWis).toBeGreaterThan(0);
  });

  it('gives the aid module the forecast only for countries whose backtest beats the baseline', async () => {
    const scores = await t.services.situation.forecastBacktest();
    for (const iso3 of ['ITA', 'KEN']) {
      const forNeeds = await t.services.situation.caseForecastForNeeds(iso3);
      if (scores.get(iso3)?.beatsBaseline) {
        expect(forNeeds).toMatchObject({ origin: '2020-08-08', relativeWis: scores.get(iso3)?.relativeWis });
        expect(forNeeds?.dailyMean).toHaveLength(28);
        expect(forNeeds?.weeks.map((w) => w.weekEnd)).toEqual(['2020-08-15', '2020-08-22', '2020-08-29', '2020-09-05']);
      } else expect(forNeeds).toBeNull();
    }
    expect(await t.services.situation.caseForecastForNeeds('NZL')).toBeNull();
  });
});
