import { describe, expect, it } from 'vitest';
import { journey } from './harness';

// Journey: other donors (issue 15, docs/decisions/046). A coordinator uploads a malformed IATI file and is told
// its line, nothing stored; then a good IATI file (Donor B delivers face shields to Kenya) and an FTS-like CSV
// (Donor C pledges more), and finds both in the imports; Kenya's multi-donor view lists them and flags Kenya's
// face-shield request line, which both now cover.

const COORDINATOR = { email: 'donors.coordinator@example.org', password: 'coordinator-password-123' };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const iati = (period: string) => `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
 <iati-activity>
  <iati-identifier>XM-DAC-7-E2E</iati-identifier>
  <reporting-org ref="XM-DAC-7" type="10"><narrative>Donor B</narrative></reporting-org>
  <recipient-country code="KE" percentage="100"/>
  <result type="1"><indicator measure="1"><title><narrative>Face shields</narrative></title>
   ${period}
  </indicator></result>
 </iati-activity>
</iati-activities>
`;
const GOOD = iati(`<period><period-start iso-date="${day(-10)}"/><period-end iso-date="${day(3)}"/><target value="800"/><actual value="800"/></period>`);
const BAD = iati(`<period><period-start iso-date="${day(-10)}"/><period-end iso-date="${day(3)}"/><target value="800"><actual value="800"/></period>`);
const CSV = `donor,recipient,item,quantity,status,date\nDonor C,Kenya,face-shield,400,pledge,${day(5)}\n`;

const j = journey({ users: [{ ...COORDINATOR, role: 'coordinator', options: ['--name', 'Donors Coordinator'] }] });

describe('aid other donors journey', () => {
  it('refuses a malformed IATI file at its line, imports a good one and a CSV, and flags the line both donors cover', async () => {
    const { page, errors } = await j.signedIn(COORDINATOR, '/aid');
    await page.getByRole('tab', { name: "Other donors' files" }).click();
    const input = page.getByTestId('donor-file');
    const upload = async (name: string, mimeType: string, text: string) => {
      await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
      await page.getByTestId('donor-upload').click();
    };
    await input.waitFor();

    await upload('bad.xml', 'application/xml', BAD);
    await page.getByRole('alert').getByText(/malformed at line 8/).waitFor();
    const refused = errors.findIndex((e) => e.includes('status of 422'));
    expect(refused).toBeGreaterThanOrEqual(0);
    errors.splice(refused, 1);
    await page.getByText("No other donor's file imported yet.").waitFor();

    await upload('donor-b.xml', 'application/xml', GOOD);
    await page.getByText('Imported 1 deliveries and pledges from Donor B.').waitFor();
    await page.getByText('FTS-like CSV', { exact: true }).click();
    await upload('donor-c.csv', 'text/csv', CSV);
    await page.getByText('Imported 1 deliveries and pledges from Donor C.').waitFor();
    const imports = page.getByTestId('donor-imports-table');
    await imports.getByRole('row', { name: /donor-b\.xml/ }).waitFor();
    await imports.getByRole('row', { name: /donor-c\.csv/ }).waitFor();

    await page.getByTestId('donors-partner').click();
    await page.getByRole('option', { name: 'Kenya', exact: true }).click();
    const givers = page.getByTestId('partner-donors-table');
    await givers.getByRole('row', { name: /Donor B.*delivered.*IATI file.*800/ }).waitFor();
    await givers.getByRole('row', { name: /Donor C.*pledged.*FTS-like CSV.*400/ }).waitFor();
    const line = page.getByTestId('donor-request-lines').getByRole('row', { name: /Face shields/ });
    await line.getByText('Donor B, Donor C').waitFor();
    await line.getByTestId('donor-overlap').waitFor();
  });
});
