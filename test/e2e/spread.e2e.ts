import { describe, expect, it } from 'vitest';
import { journey } from './harness';

// Journey: spread over the air network (issue 17). A visitor goes from the situation page to the spread view,
// sees China's neighbours by effective distance in the radial layout and on the map, chooses another origin,
// reads the importation-risk table computed from the latest incidence of the seeded JHU series, and sees
// effective distance checked against the day each country first reported a case.

const j = journey();

describe('spread journey', () => {
  it('opens the spread view from the situation page, with the radial layout from China and the risk table', async () => {
    await j.page.goto(`${j.app.url}/situation`);
    await j.page.getByRole('link', { name: 'Spread over the air network' }).click();
    await j.page.waitForURL(/\/situation\/spread$/);
    await j.page.getByRole('heading', { level: 1, name: 'Spread over the air network' }).waitFor();
    const radial = j.page.getByRole('img', { name: 'Radial layout of countries by effective distance from China' });
    await radial.locator('canvas').waitFor();
    await j.page.getByRole('img', { name: 'World map coloured by effective distance from China' }).waitFor();
    // Coloured countries on the map: those the network reaches.
    expect(await j.page.locator('path[data-iso3="KEN"]').count()).toBe(1);
    const risk = j.page.getByRole('table', { name: 'Countries ranked by importation risk' });
    await risk.getByRole('row').nth(1).waitFor();
    expect(await risk.getByRole('row').count()).toBe(31);
    await expect.poll(() => risk.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe('1');
    // On the last day of the JHU series India reports few cases, has 0.53 beds per 1,000 and is expected to
    // import about a hundred infections a week: flagged for preparedness aid.
    await risk.getByRole('row', { name: /India/ }).getByText('Prepare', { exact: true }).waitFor();
    expect(await risk.getByRole('row', { name: /United States/ }).getByText('Prepare', { exact: true }).count()).toBe(0);

    // The check of ADR 040 on the series shown: first reported cases against both distances, each with its ρ.
    await j.page.getByTestId('arrival-check-summary').getByText(/in 209 countries with a Spearman correlation of 0\.56, against 0\.27 for great-circle distance from WUH/).waitFor();
    await j.page.getByRole('img', { name: /first reported case against its effective distance/ }).locator('canvas').waitFor();
    await j.page.getByRole('img', { name: /first reported case against its great-circle distance/ }).locator('canvas').waitFor();
    await j.page.getByRole('heading', { name: 'By effective distance (ρ = 0.56)' }).waitFor();
    await j.page.getByText(/Not counted: .*China.*Japan/).waitFor();
    const shots = process.env.E2E_SHOTS;
    if (shots) {
      await j.page.getByTestId('arrival-check').screenshot({ path: `${shots}/spread-arrival-1366.png` });
      await j.page.setViewportSize({ width: 390, height: 844 });
      await j.page.getByTestId('arrival-check').screenshot({ path: `${shots}/spread-arrival-390.png` });
      await j.page.setViewportSize({ width: 1366, height: 800 });
    }
  });

  it('chooses another origin and redraws the layout from it', async () => {
    await j.page.getByRole('textbox', { name: 'Origin of the outbreak' }).click();
    await j.page.getByRole('textbox', { name: 'Origin of the outbreak' }).fill('Kenya');
    await j.page.getByRole('option', { name: 'Kenya', exact: true }).click();
    await j.page.waitForURL(/origin=KEN/);
    await j.page.getByRole('img', { name: 'Radial layout of countries by effective distance from Kenya' }).locator('canvas').waitFor();
    await j.page.getByRole('img', { name: 'World map coloured by effective distance from Kenya' }).waitFor();
    // The check follows the origin: distances now run from Nairobi.
    await j.page.getByRole('heading', { name: /By great-circle distance from NBO/ }).waitFor();
  });
});
