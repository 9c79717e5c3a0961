import { describe, expect, it } from 'vitest';
import { journey } from './harness';

// Journey: spread over the air network (issue 17). A visitor goes from the situation page to the spread view,
// sees China's neighbours by effective distance in the radial layout and on the map, chooses another origin,
// and reads the importation-risk table computed from the latest incidence of the seeded JHU series.

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
  });

  it('chooses another origin and redraws the layout from it', async () => {
    await j.page.getByRole('textbox', { name: 'Origin of the outbreak' }).click();
    await j.page.getByRole('textbox', { name: 'Origin of the outbreak' }).fill('Kenya');
    await j.page.getByRole('option', { name: 'Kenya', exact: true }).click();
    await j.page.waitForURL(/origin=KEN/);
    await j.page.getByRole('img', { name: 'Radial layout of countries by effective distance from Kenya' }).locator('canvas').waitFor();
    await j.page.getByRole('img', { name: 'World map coloured by effective distance from Kenya' }).waitFor();
  });
});
