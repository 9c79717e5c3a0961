import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { journey } from './harness';

// Journey: aid batches (issue 4). A focal point of Kenya files a request; a coordinator asks for a change
// and Kenya edits and resubmits it; the coordinator plans the batch (the demo's twenty partners and
// Kenya's request), finds Kenya on the map, tries the estimated-need option and a needs parameter,
// approves and finds batch 1 in the Batches tab, then records another donor's pledge, saves an agency needs parameter (the reserve follows)
// and a reserve floor; Kenya's focal point sees what batch 1 brings; Tanzania's focal point sees nothing of Kenya's, in the page or through the API.

const KEN = { email: 'ken.focal@example.org', password: 'kenya-password-123' };
const TZA = { email: 'tza.focal@example.org', password: 'tanzania-password-123' };
const COORDINATOR = { email: 'coordinator@example.org', password: 'coordinator-password-123' };
const JUSTIFICATION = 'E2E: oxygen for the county hospitals of Nakuru';
const CHANGE = 'E2E: please add two concentrators for Naivasha';

const j = journey({
  users: [
    { ...KEN, role: 'partner_focal_point', options: ['--name', 'Wanjiru Focal', '--partner', 'KEN'] },
    { ...TZA, role: 'partner_focal_point', options: ['--name', 'Neema Focal', '--partner', 'TZA'] },
    { ...COORDINATOR, role: 'coordinator', options: ['--name', 'Chen Coordinator'] },
  ],
});
const signedIn = (user: { email: string; password: string }) => j.signedIn(user, '/aid');

describe('aid journey', () => {
  it('lets a focal point file a request for its own partner', async () => {
    const { page } = await signedIn(KEN);
    await page.getByRole('heading', { name: 'New request' }).waitFor();
    await page.getByTestId('line-item-0').click();
    await page.getByRole('option', { name: /Oxygen concentrators/ }).click();
    await page.getByTestId('line-quantity-0').fill('12');
    await page.getByLabel('Needed by').fill('2026-12-20');
    await page.getByLabel('Justification').fill(JUSTIFICATION);
    await page.getByRole('button', { name: 'File request' }).click();
    await page.getByText(/Request \d+ filed\./).waitFor();
    const table = page.getByTestId('requests-table');
    await table.getByRole('row', { name: /Oxygen concentrators: 12/ }).getByText('Submitted').waitFor();
  });

  it('lets a coordinator ask for changes, and the focal point edit and resubmit the request', async () => {
    const coordinator = await signedIn(COORDINATOR);
    await coordinator.page.getByRole('tab', { name: 'Requests' }).click();
    const row = coordinator.page.getByTestId('requests-table').getByRole('row', { name: /Oxygen concentrators: 12/ });
    await row.getByRole('button', { name: 'Details' }).click();
    const detail = coordinator.page.getByTestId('request-detail');
    await detail.getByLabel('Comment').fill(CHANGE);
    await detail.getByRole('button', { name: 'Ask for changes' }).click();
    await detail.getByTestId('request-comment').getByText(CHANGE).waitFor();
    await detail.getByText('Draft').waitFor();

    const { page } = await signedIn(KEN);
    const mine = page.getByTestId('requests-table').getByRole('row', { name: /Oxygen concentrators: 12/ });
    await mine.getByText(CHANGE).waitFor();
    await mine.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByTestId('request-detail');
    await edit.getByTestId('line-quantity-0').fill('14');
    await edit.getByRole('button', { name: 'Resubmit request' }).click();
    await page.getByTestId('requests-table').getByRole('row', { name: /Oxygen concentrators: 14/ }).getByText('Submitted').waitFor();
  });

  it('lets a coordinator plan with explanations and approve batch 1', async () => {
    const coordinator = await signedIn(COORDINATOR);
    const { page } = coordinator;
    const summary = page.getByTestId('plan-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/Status optimal/);
    await page.getByTestId('recipients-table').getByRole('row', { name: /Kenya/ }).waitFor();

    await page.getByTestId('cell-KEN-oxygen-concentrator').click();
    await page.getByTestId('cell-explanation').getByText(/Why Kenya gets/).waitFor();

    // The map of the allocation: Kenya is coloured; a click on it explains its allocation.
    const map = page.getByTestId('allocation-map');
    const kenya = map.locator('path[data-iso3="KEN"][data-value]');
    await kenya.first().waitFor();
    await page.locator('[data-testid^="cell-"]:not([data-testid^="cell-KEN-"])').first().click();
    await page.getByTestId('cell-explanation').getByText(/Why Kenya gets/).waitFor({ state: 'detached' });
    await kenya.first().click({ force: true });
    await page.getByTestId('cell-explanation').getByText(/Why Kenya gets/).waitFor();

    // Estimated need where no request was made: partners without a request join, marked as estimated.
    await page.getByTestId('estimated-demand').click();
    await page.getByTestId('run-plan').click();
    await page.getByTestId('recipients-table').getByTestId('estimated-badge').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('estimated-demand').click();

    // The needs parameters beside the result: more negative tests per confirmed case raise the donor's
    // own need for PCR tests, hence its reserve; the value is marked overridden. Reset brings back the defaults.
    const pcrReserve = page.getByTestId('supply-table').locator('tr[data-item="pcr-test"] td').nth(5);
    const reserveBefore = await pcrReserve.textContent();
    await page.getByTestId('needs-parameters').getByRole('button', { name: 'Needs parameters' }).click();
    const negatives = page.getByTestId('needs-parameters').locator('tr[data-parameter="negativeTestsPerConfirmedCase"]');
    await negatives.getByRole('textbox').fill('30');
    await page.getByTestId('rerun-needs').click();
    await negatives.getByTestId('overridden-badge').waitFor({ timeout: 60_000 });
    await expect.poll(() => pcrReserve.textContent()).not.toBe(reserveBefore);
    await page.getByTestId('reset-needs').click();
    await negatives.getByTestId('overridden-badge').waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(() => pcrReserve.textContent()).toBe(reserveBefore);

    // Change a weight and rerun: still a plan, nothing saved; the weight is marked as this run's.
    expect(await page.getByLabel('Urgency').getAttribute('data-origin')).toBe('model');
    await page.getByLabel('Urgency').fill('0.5');
    expect(await page.getByLabel('Urgency').getAttribute('data-origin')).toBe('run');
    await page.getByTestId('run-plan').click();
    await page.getByTestId('plan-summary').waitFor();

    await page.getByTestId('approve-batch').click();
    // Approval asks first (it commits supply), then says what really changed for the requests.
    await page.getByRole('dialog', { name: 'Approve this batch?' }).getByText(/This commits .* units to \d+ partners/).waitFor();
    await page.getByTestId('confirm-approve').click();
    await page.getByTestId('batch-approved').getByText(/Batch 1 approved with \d+ allocations?\./).waitFor();
    await expect(page.getByTestId('batch-approved').textContent()).resolves.toMatch(/fully covered and planned: #\d+|No request is fully covered yet/);

    // The approved plan stays on screen but cannot be approved again: the server would answer 409, its
    // supply now being committed (aid.routes.test.ts). A rerun plans the next batch.
    await expect.poll(() => page.getByTestId('approve-batch').isDisabled()).toBe(true);

    // The Batches tab lists batch 1: opened, it shows its recipients (Kenya among them) and the weights it was planned with.
    await page.getByRole('tab', { name: 'Batches', exact: true }).click();
    const batch1 = page.getByTestId('batches-list').locator('[data-batch="1"]');
    await batch1.getByRole('button', { name: /Batch 1/ }).click();
    await batch1.getByTestId('batch-table').locator('tr[data-partner="KEN"]').getByText('Kenya').waitFor();
    await batch1.getByTestId('batch-settings').getByText(/Urgency: 0\.5/).waitFor();

    // Another donor's pledge to Kenya, recorded for the next plan.
    await page.getByRole('tab', { name: "Other donors' pledges" }).click();
    await page.getByTestId('pledge-partner').click();
    await page.getByRole('option', { name: 'Kenya', exact: true }).click();
    await page.getByTestId('pledge-item').click();
    await page.getByRole('option', { name: /Oxygen concentrators/ }).click();
    const pledges = page.getByRole('tabpanel', { name: "Other donors' pledges" });
    await pledges.getByRole('textbox', { name: 'Quantity', exact: true }).fill('3');
    await pledges.getByRole('textbox', { name: 'Donor', exact: true }).fill('E2E Donor Agency');
    await pledges.getByLabel('Expected on', { exact: true }).fill('2026-12-15');
    await page.getByRole('button', { name: 'Record pledge' }).click();
    await page.getByTestId('pledges-table').getByRole('row', { name: /E2E Donor Agency/ }).waitFor();

    // The agency's own needs parameters, saved in the settings: the PCR reserve follows them, and goes
    // back when they are reset to the model's defaults.
    await page.getByRole('tab', { name: 'Supply and catalogue' }).click();
    const settingsReserve = page.getByTestId('supply-editor').locator('tr[data-item="pcr-test"] td').nth(5);
    await settingsReserve.waitFor();
    const modelReserve = await settingsReserve.textContent();
    await page.getByTestId('agency-needs').getByRole('button', { name: 'Agency needs parameters' }).click();
    const agencyNegatives = page.getByTestId('agency-needs').locator('tr[data-parameter="negativeTestsPerConfirmedCase"]');
    await agencyNegatives.getByRole('textbox').fill('30');
    await page.getByTestId('save-agency-needs').click();
    await page.getByTestId('agency-needs-saved').waitFor();
    await agencyNegatives.getByTestId('agency-badge').waitFor();
    await expect.poll(() => settingsReserve.textContent()).not.toBe(modelReserve);
    await page.getByTestId('reset-agency-needs').click();
    await page.getByTestId('save-agency-needs').click();
    await agencyNegatives.getByTestId('agency-badge').waitFor({ state: 'detached' });
    await expect.poll(() => settingsReserve.textContent()).toBe(modelReserve);

    // A reserve floor set in the supply editor is saved: it is there after a reload.
    const floor = () => page.getByTestId('supply-editor').locator('tr[data-item="gloves"]').getByLabel(/Reserve floor/);
    await page.getByRole('tab', { name: 'Supply and catalogue' }).click();
    await floor().fill('123456');
    await page.getByTestId('supply-editor').locator('tr[data-item="gloves"]').getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('supply-editor').locator('tr[data-item="gloves"] button[disabled]').waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Supply and catalogue' }).click();
    await floor().waitFor();
    expect(await floor().inputValue()).toBe('123,456');
  });

  it('shows the focal point what batch 1 brings, and the other partner nothing of it', async () => {
    const ken = await signedIn(KEN);
    const batches = ken.page.getByTestId('partner-batches');
    await batches.getByText(/Batch 1 ·/).waitFor();
    expect(await batches.getByRole('row').count()).toBeGreaterThan(1);

    // The requests keep their status and actions in view, on a desktop screen and on a phone.
    const shots = process.env.E2E_SHOTS;
    const row = ken.page.getByTestId('requests-table').getByRole('row', { name: /Oxygen concentrators: 14/ });
    // Polled: right after a viewport change the shell is still settling (the navbar folds away).
    const inView = async (locator: Locator) => {
      const box = await locator.boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= (ken.page.viewportSize()?.width ?? 0);
    };
    await row.getByText(/Planned|Shipped|Submitted/).waitFor();
    await expect.poll(() => inView(row.getByRole('button', { name: 'Details' }))).toBe(true);
    await expect.poll(() => inView(row.locator('td').nth(3))).toBe(true);
    if (shots) await ken.page.screenshot({ path: `${shots}/aid-focal-1366.png` });
    await ken.page.setViewportSize({ width: 390, height: 844 });
    const card = ken.page.getByTestId('requests-list').locator('.mantine-Card-root', { hasText: 'Oxygen concentrators: 14' });
    await card.getByRole('button', { name: 'Details' }).waitFor();
    await expect.poll(() => inView(card.getByRole('button', { name: 'Details' }))).toBe(true);
    await expect.poll(() => inView(card.getByText(/Planned|Shipped|Submitted/))).toBe(true);
    if (shots) await ken.page.screenshot({ path: `${shots}/aid-focal-390.png`, fullPage: true });
    await ken.page.setViewportSize({ width: 1366, height: 800 });

    const tza = await signedIn(TZA);
    await tza.page.getByTestId('partner-batches').getByText('No batch has brought anything yet.').waitFor();
    await tza.page.getByText('No request yet.').waitFor();
    expect(await tza.page.content()).not.toContain(JUSTIFICATION);
    // The API answers Tanzania's session 404 for Kenya's batches (asked from here, so the page logs no error).
    const cookie = (await tza.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    expect((await fetch(`${j.app.url}/api/aid/partners/KEN/batches`, { headers: { cookie } })).status).toBe(404);
    expect((await fetch(`${j.app.url}/api/aid/partners/TZA/batches`, { headers: { cookie } })).status).toBe(200);
  });

  it('dispatches Kenya’s consignment; the focal point confirms a partial receipt with damaged goods; the remainder is carried over; the figures count it', async () => {
    const { page } = await signedIn(COORDINATOR);
    await page.getByRole('tab', { name: 'Shipments' }).click();
    const kenya = page.getByTestId('shipments-list').locator('[data-consignment="B1-KEN"]');
    await kenya.getByRole('button', { name: /B1-KEN/ }).click();
    await kenya.getByTestId('packing-list').locator('tr[data-item="oxygen-concentrator"]').waitFor();
    await kenya.getByLabel('Carrier').fill('E2E Cargo');
    await kenya.getByLabel('From (IATA)').fill('PEK');
    await kenya.getByLabel('To (IATA)').fill('NBO');
    await kenya.getByTestId('save-shipping').click();
    await kenya.getByText(/E2E Cargo · PEK → NBO/).waitFor();
    for (const status of ['dispatched', 'in-transit', 'arrived', 'handed-over']) {
      await kenya.getByTestId('next-step').click();
      await kenya.locator(`[data-testid="consignment-status"][data-status="${status}"]`).waitFor();
    }

    const ken = await signedIn(KEN);
    const mine = ken.page.getByTestId('partner-consignments').locator('[data-consignment="B1-KEN"]');
    const shipped = Number((await mine.getByTestId('packing-list').locator('tr[data-item="oxygen-concentrator"] td').nth(1).textContent())!.replace(/\D/g, ''));
    await mine.getByTestId('receipt-oxygen-concentrator-good').fill(String(shipped - 2));
    await mine.getByTestId('receipt-oxygen-concentrator-damaged').fill('1');
    await mine.getByTestId('record-receipt').click();
    await mine.getByTestId('discrepancies').getByText(/1 damaged, 1 short/).waitFor();
    await mine.getByTestId('confirm-receipt').click();
    await mine.locator('[data-testid="consignment-status"][data-status="receipt-confirmed"]').waitFor();

    await page.reload();
    await page.getByRole('tab', { name: 'Shipments' }).click();
    await kenya.getByRole('button', { name: /B1-KEN/ }).click();
    await kenya.getByTestId('carry-over').click();
    await kenya.getByTestId('remainder').getByText('Remainder carried over to the next batch').waitFor();

    await page.getByRole('tab', { name: 'Published figures' }).click();
    await page.getByLabel('As of').fill('2099-12-31');
    await page.getByTestId('figures-headline').getByText(/in 1 batches/).waitFor();
    await page.getByTestId('figures-region').waitFor();
  });

  it('prints a consignment’s packing list and waybill on A4, with the consignment’s data and nothing of the app around it', async () => {
    const { page } = await signedIn(COORDINATOR);
    await page.getByRole('tab', { name: 'Shipments' }).click();
    const kenya = page.getByTestId('shipments-list').locator('[data-consignment="B1-KEN"]');
    await kenya.getByRole('button', { name: /B1-KEN/ }).click();
    const shipped = await kenya.getByTestId('packing-list').locator('tr[data-item="oxygen-concentrator"] td').nth(1).textContent();
    // The shipments list may re-render under the click while its data refreshes (seen once under CI load: the
    // click landed and no navigation followed), so the link is clicked again until the print route is open.
    const printRoute = /\/aid\/consignments\/\d+\/print$/;
    await expect
      .poll(async () => {
        if (!printRoute.test(page.url())) await kenya.getByTestId('print-consignment').click({ timeout: 5_000 }).catch(() => undefined);
        return page.url();
      }, { timeout: 60_000, interval: 2_000 })
      .toMatch(printRoute);
    const sheet = page.getByTestId('consignment-print');
    await sheet.getByTestId('packing-list-sheet').getByTestId('print-number').getByText('B1-KEN').waitFor();
    await sheet.getByTestId('packing-list-sheet').getByTestId('print-consignee').getByText('Kenya').waitFor();
    expect(await sheet.getByTestId('print-lines').locator('tr[data-item="oxygen-concentrator"] td').nth(3).textContent()).toBe(shipped);
    const waybill = sheet.getByTestId('waybill-details');
    await waybill.getByRole('row', { name: /Carrier E2E Cargo/ }).waitFor();
    await waybill.getByRole('row', { name: /From \(IATA\) PEK/ }).waitFor();
    await waybill.getByRole('row', { name: /To \(IATA\) NBO/ }).waitFor();

    // In print the app's header, navigation and buttons are gone, and the two sheets fill two A4 pages.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByTestId('print-button').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2);
    await page.emulateMedia({ media: 'screen' });
  });

  it('draws the published figures, downloads each table as CSV and opens their print-ready report', async () => {
    const { page } = await signedIn(COORDINATOR);
    await page.getByRole('tab', { name: 'Published figures' }).click();
    await page.getByLabel('As of').fill('2099-12-31');
    await page.getByTestId('figures-chart-month').locator('canvas').waitFor();
    await page.getByTestId('figures-chart-region').locator('canvas').waitFor();
    const pending = page.waitForEvent('download');
    await page.getByTestId('figures-csv-month').click();
    const download = await pending;
    expect(download.suggestedFilename()).toBe('aid-figures-month-2099-12-31.csv');
    const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('month,batches,countries,organisations,units,packs,tonnes,cubic_metres');
    expect(lines).toHaveLength(2);
    // The IATI export carries Kenya's consignment, committed at approval and disbursed at dispatch.
    const iatiDownload = page.waitForEvent('download');
    await page.getByTestId('iati-export').click();
    const iati = readFileSync(await (await iatiDownload).path(), 'utf8');
    expect(iati).toMatch(/<iati-activities version="2\.03"/);
    const kenyaActivity = iati.slice(iati.indexOf('<iati-identifier>XX-CONCORD-B1-KEN<'));
    expect(kenyaActivity.slice(0, kenyaActivity.indexOf('</iati-activity>'))).toMatch(/<transaction-type code="3"\/>/);
    await page.getByTestId('figures-report-link').click();
    const report = page.getByTestId('figures-report');
    await report.getByText('Aid published figures as of 2099-12-31').waitFor();
    await report.getByTestId('figures-headline').getByText(/in 1 batches/).waitFor();
    await report.getByTestId('figures-technical').getByText(/Technical: 0 expert teams, 0 experts/).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});

