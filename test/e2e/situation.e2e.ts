import { describe, expect, it } from 'vitest';
import { journey } from './harness';

// Journey: the situation module of issue 3. A visitor opens the world overview (seeded with the shipped JHU
// series on first start), moves the date back to the start of the epidemic, plays the spread, opens a
// country from the ranking and sees its daily cases and its R_t chart with the interval band.

const COORDINATOR = { email: 'coordinator@example.org', password: 'password123456' };

const j = journey({ users: [{ ...COORDINATOR, role: 'coordinator', options: ['--name', 'Chen Coordinator'] }] });

describe('situation journey', () => {
  it('shows the world map and the ranking on the latest date', async () => {
    await j.page.goto(`${j.app.url}/situation`);
    await j.page.getByRole('heading', { level: 1, name: 'Situation' }).waitFor();
    await j.page.getByRole('img', { name: 'World map coloured by 7-day incidence per 100,000' }).waitFor();
    await expect.poll(() => j.page.getByTestId('situation-date').textContent()).toBe('2023-03-09');
    const table = j.page.getByRole('table', { name: 'Countries ranked by indicator' });
    // The ranking comes a page at a time, with a search and a region filter.
    await j.page.getByTestId('ranking-range').getByText(/^1–25 of \d{3} countries$/).waitFor();
    expect(await table.getByRole('row').count()).toBe(26);
    await j.page.getByRole('searchbox', { name: 'Search' }).fill('keny');
    await table.getByRole('row', { name: /Kenya/ }).waitFor();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await j.page.getByRole('searchbox', { name: 'Search' }).fill('');
    await j.page.getByRole('textbox', { name: 'Region' }).click();
    await j.page.getByRole('option', { name: 'Europe' }).click();
    await table.getByRole('link', { name: 'Italy', exact: true }).waitFor();
    await expect(table.getByRole('link', { name: 'Kenya', exact: true }).count()).resolves.toBe(0);
    expect(await j.page.locator('path[data-iso3="KEN"]').count()).toBe(1);
    await j.page.reload();
    await j.page.getByTestId('ranking-range').getByText(/^1–25 of/).waitFor();
  });

  it('adds every indicator to the ranking on demand and sorts by total cases', async () => {
    const table = j.page.getByRole('table', { name: 'Countries ranked by indicator' });
    await j.page.getByRole('switch', { name: 'Every indicator' }).click();
    await j.page.waitForURL(/columns=all/);
    await table.getByRole('columnheader', { name: 'Total cases' }).click();
    // Sorted most first: the United States reported the most cases of any country by 2023-03-09.
    await expect.poll(() => table.getByRole('row').nth(1).getByRole('link').textContent()).toBe('United States');
    await j.page.getByRole('switch', { name: 'Every indicator' }).click();
    await expect.poll(() => table.getByRole('columnheader', { name: 'Total cases' }).count()).toBe(0);
  });

  it('moves the date with the slider and plays the spread', async () => {
    const slider = j.page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await slider.press('Home');
    await expect.poll(() => j.page.getByTestId('situation-date').textContent()).toBe('2020-01-22');
    // A screen reader hears the date, not a day number.
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('2020-01-22');
    await j.page.waitForURL(/date=2020-01-22/);
    await j.page.getByRole('heading', { name: 'World on 2020-01-22' }).waitFor();

    await j.page.getByRole('button', { name: 'Play the spread over time' }).click();
    await expect.poll(() => j.page.getByTestId('situation-date').textContent(), { timeout: 10_000 }).not.toBe('2020-01-22');
    await j.page.getByRole('button', { name: 'Pause' }).click();
    await j.page.locator('.mantine-SegmentedControl-root').getByText('R_t', { exact: true }).click();
    await j.page.getByRole('img', { name: 'World map coloured by Reproduction number R_t' }).waitFor();
  });

  it('opens a country from the ranking and shows its charts and R_t with its interval', async () => {
    const table = j.page.getByRole('table', { name: 'Countries ranked by indicator' });
    await j.page.getByRole('searchbox', { name: 'Search' }).fill('Italy');
    await table.getByRole('link', { name: 'Italy', exact: true }).click();
    await j.page.waitForURL(/\/situation\/ITA$/);
    await j.page.getByRole('heading', { level: 1, name: 'Italy' }).waitFor();
    const rt = j.page.getByRole('img', { name: 'Chart of the reproduction number R_t with its 95% interval' });
    await rt.waitFor();
    await rt.locator('canvas').waitFor();
    await j.page.getByRole('img', { name: 'Chart of daily new cases with their 7-day mean' }).locator('canvas').waitFor();
    await j.page.getByRole('table', { name: 'Severity breakdown' }).getByRole('row', { name: /Hospital beds per 1,000/ }).waitFor();
  });

  it("shows a country's corrections apart from its days, and says when a country has no data", async () => {
    await j.page.goto(`${j.app.url}/situation/FRA`);
    await j.page.getByRole('heading', { level: 1, name: 'France' }).waitFor();
    // France revised its totals down 16 times, once by 349,116: marked as corrections, not drawn as negative days.
    await j.page.getByTestId('corrections-cases').getByText(/^16 correction\(s\) totalling -/).waitFor();
    await shot('country-corrections');
    await j.page.goto(`${j.app.url}/situation/TKM`);
    await j.page.getByRole('heading', { level: 1, name: 'Turkmenistan' }).waitFor();
    await j.page.getByTestId('country-no-data').getByText(/^No case and death data for this country in the source shown \(JHU CSSE/).waitFor();
    expect(await j.page.locator('canvas').count()).toBe(0);
    await shot('country-no-data');
  });

  it('lets a coordinator upload a file, and refuses a malformed one with its line and column', async () => {
    await j.page.goto(`${j.app.url}/login?next=%2Fsituation`);
    await j.logIn(COORDINATOR.email, COORDINATOR.password);
    await j.page.waitForURL(/\/situation$/);
    await j.page.getByRole('button', { name: 'Import case and death series' }).click();
    await j.page.getByText('Our World in Data', { exact: true }).click();
    const csv = 'iso_code,location,date,total_cases,total_deaths\nKEN,Kenya,2020-03-13,1,0\nKEN,Kenya,2020-03-14,two,0\n';
    await j.page.locator('input[type=file]').setInputFiles({ name: 'owid.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await j.page.getByRole('button', { name: 'Import and replace this source' }).click();
    await j.page.getByRole('alert').getByText(/line 3, column 4/).waitFor();
    // The browser logs the refusal (422) it was expected to get; nothing else may be logged.
    const expected = j.browser.errors.findIndex((e) => /status of 422/.test(e));
    if (expected >= 0) j.browser.errors.splice(expected, 1);
    // The refused file changed nothing: the map still shows the seeded series.
    expect(await j.page.getByTestId('situation-date').textContent()).toBe('2023-03-09');
  });

  it('asks before a much smaller import replaces what is shown, then lets the coordinator go back to the earlier source', async () => {
    const csv = ['iso_code,location,date,total_cases,total_deaths', 'KEN,Kenya,2020-03-13,1,0', 'KEN,Kenya,2020-03-14,2,0', 'KEN,Kenya,2020-03-15,3,0', ''].join('\n');
    await j.page.locator('input[type=file]').setInputFiles({ name: 'owid-kenya.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await j.page.getByRole('button', { name: 'Import and replace this source' }).click();
    const warning = j.page.getByRole('alert').filter({ hasText: 'This import is much smaller than the data shown' });
    await warning.waitFor();
    const comparison = j.page.getByTestId('import-comparison');
    await comparison.getByRole('row', { name: /This file \(Our World in Data\) 1 3/ }).waitFor();
    await comparison.getByRole('row', { name: /Shown now \(JHU CSSE\) \d{3} [\d,]+/ }).waitFor();
    const expected = j.browser.errors.findIndex((e) => /status of 409/.test(e));
    if (expected >= 0) j.browser.errors.splice(expected, 1);
    await shot('import-confirm');
    // Nothing changed yet.
    expect(await j.page.getByTestId('situation-date').textContent()).toBe('2023-03-09');
    await j.page.getByRole('button', { name: 'Import anyway and show it' }).click();
    // The import recomputes every indicator in a worker first.
    await expect.poll(() => j.page.getByTestId('situation-date').textContent(), { timeout: 30_000 }).toBe('2020-03-15');

    await j.page.getByRole('button', { name: 'Imported sources and the one shown' }).click();
    const owid = j.page.getByTestId('source-owid');
    await owid.getByText('Shown', { exact: true }).waitFor();
    await owid.getByText('1 countries, 2020-03-13 to 2020-03-15, 3 country-days').waitFor();
    const jhu = j.page.getByTestId('source-jhu');
    await jhu.getByText(/^\d{3} countries, 2020-01-22 to 2023-03-09/).waitFor();
    await shot('sources');
    await jhu.getByRole('button', { name: 'Show this source' }).click();
    await jhu.getByText('Shown', { exact: true }).waitFor();
    await expect.poll(() => j.page.getByTestId('situation-date').textContent(), { timeout: 30_000 }).toBe('2023-03-09');
  });
});

/** Screenshots for a person to look at, when CONCORD_E2E_SHOTS names a folder; the journey checks the rest. */
async function shot(name: string): Promise<void> {
  const dir = process.env.CONCORD_E2E_SHOTS;
  if (!dir) return;
  for (const [width, height] of [[1366, 800], [390, 844]] as const) {
    await j.page.setViewportSize({ width, height });
    await j.page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  await j.page.setViewportSize({ width: 1366, height: 800 });
}
