import { describe, expect, it } from 'vitest';
import { journey } from './harness';

// Journey: the consular module of issue 13, as far as it is built. A consular officer uploads the health
// authority's list of imported cases: a malformed file is refused naming its line and column, a good one is
// taken, and the statistics show the shares of the issue (90% hold our passports, 40% are students).

const OFFICER = { email: 'consul@example.org', password: 'password123456' };
const HEADER = 'arrival_date,port_of_entry,flight,origin_country,passport_country,student,age_band';
const rows = [
  '2020-03-01,PEK,CA938,GBR,CHN,yes,18-29',
  '2020-03-02,PEK,CA938,GBR,CHN,yes,18-29',
  '2020-03-03,PVG,MU552,GBR,CHN,yes,18-29',
  '2020-03-04,PVG,MU552,ITA,CHN,yes,18-29',
  '2020-03-05,CAN,,ITA,CHN,no,30-39',
  '2020-03-06,CAN,,ITA,CHN,no,40-49',
  '2020-03-07,PEK,CA932,USA,CHN,no,50-59',
  '2020-03-08,PEK,CA932,USA,CHN,no,60+',
  '2020-03-09,PEK,CA932,USA,CHN,no,60+',
  '2020-03-20,PEK,CA932,USA,USA,no,30-39',
];
const good = [HEADER, ...rows].join('\n');
const bad = [HEADER, ...rows.slice(0, 3), '2020-03-04,PVG,MU552,ITA,CHN,perhaps,18-29'].join('\n');

const j = journey({ env: { CONCORD_SEED: 'minimal' }, users: [{ ...OFFICER, role: 'consular_officer', options: ['--name', 'Consul Officer', '--post', 'POST-LON'] }] });

describe('consular journey', () => {
  it('refuses a malformed imported-case file at its line and column, then imports a good one and shows the shares', async () => {
    await j.page.goto(`${j.app.url}/login?next=%2Fconsular`);
    await j.logIn(OFFICER.email, OFFICER.password);
    await j.page.waitForURL(/\/consular$/);
    await j.page.getByRole('heading', { name: 'Imported cases' }).waitFor();

    const input = j.page.locator('input[type=file]');
    await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await j.page.getByRole('button', { name: 'Import', exact: true }).click();
    await j.page.getByRole('alert').getByText('line 5, column 6').waitFor();
    const refused = j.browser.errors.findIndex((e) => e.includes('status of 422'));
    expect(refused).toBeGreaterThanOrEqual(0);
    j.browser.errors.splice(refused, 1);
    await j.page.getByTestId('imported-total').getByText('0', { exact: true }).waitFor();

    await input.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await j.page.getByRole('button', { name: 'Import', exact: true }).click();
    await j.page.getByText('10 imported cases arriving 2020-03-01 to 2020-03-20.').waitFor();
    await j.page.getByTestId('imported-total').getByText('10', { exact: true }).waitFor();
    await j.page.getByTestId('imported-own').getByText('90%').waitFor();
    await j.page.getByTestId('imported-students').getByText('40%').waitFor();

    // A narrower range: the first week only (7 cases, all ours, 4 students).
    await j.page.getByLabel('to', { exact: true }).fill('2020-03-07');
    await j.page.getByTestId('imported-total').getByText('7', { exact: true }).waitFor();
    await j.page.getByTestId('imported-own').getByText('100%').waitFor();
    await j.page.getByTestId('imported-students').getByText('57.1%').waitFor();
  });
});
