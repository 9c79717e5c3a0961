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
});
