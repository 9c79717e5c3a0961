import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Browser } from './harness';
import { journey } from './harness';

// Journey: technical assistance and the chain in one view (issue 15). A coordinator forms an expert team,
// sends it to Kenya, moves the mission on and writes its report; the published figures count it and Kenya's
// focal point sees it. Then a batch is approved and Kenya's consignment dispatched and partly received
// (seeded through the API: aid.e2e.ts walks those screens); from Kenya's Situation page the coordinator
// reaches Kenya's chain, which shows its request, allocation, consignment and receipt, on a desktop screen
// and on a phone; the focal point reaches its own chain and no other partner's.

const COORDINATOR = { email: 'coordinator@example.org', password: 'coordinator-password-123' };
const KEN = { email: 'ken.focal@example.org', password: 'kenya-password-123' };
const EXPERT = { email: 'expert@example.org', password: 'expert-password-123' };
const TEAM = 'E2E Kenya clinical team';
const REPORT = 'E2E: triage set up in four county hospitals.';

const j = journey({
  users: [
    { ...COORDINATOR, role: 'coordinator', options: ['--name', 'Chen Coordinator'] },
    { ...KEN, role: 'partner_focal_point', options: ['--name', 'Wanjiru Focal', '--partner', 'KEN'] },
    { ...EXPERT, role: 'expert', options: ['--name', 'Li Expert'] },
  ],
});

/** A call to the API in this browser's session (its cookie and CSRF token); fails the step unless it succeeds. */
async function api<T>(b: Browser, method: string, path: string, body?: unknown): Promise<T> {
  const me = (await (await b.page.request.get(`${j.app.url}/api/auth/me`)).json()) as { csrfToken: string };
  const res = await b.page.request.fetch(`${j.app.url}${path}`, { method, data: body, headers: { 'x-csrf-token': me.csrfToken } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

// Polled: right after a viewport change the shell is still settling (the navbar folds away).
const inView = async (page: Page, locator: Locator) => {
  const box = await locator.boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= (page.viewportSize()?.width ?? 0);
};

describe('aid chain journey', () => {
  it('records a team’s mission to Kenya, with its report, and counts it in the published figures', async () => {
    const { page } = await j.signedIn(COORDINATOR, '/aid');
    await page.getByRole('tab', { name: 'Technical assistance' }).click();

    await page.getByTestId('new-team').click();
    const team = page.getByTestId('team-form');
    await team.getByLabel('Team name').fill(TEAM);
    await team.getByTestId('team-member-0').getByRole('textbox', { name: 'Expert' }).click();
    await page.getByRole('option', { name: 'Li Expert' }).click();
    await team.getByLabel('Specialty').fill('infection control');
    await team.getByLabel('Languages').fill('en');
    await team.getByLabel('Languages').press('Enter');
    await team.getByLabel('Languages').fill('sw');
    await team.getByLabel('Languages').press('Enter');
    await team.getByTestId('save-team').click();
    const card = page.getByTestId('teams-list').locator(`[data-team="${TEAM}"]`);
    await card.getByRole('row', { name: /Li Expert infection control en sw/ }).waitFor();

    await page.getByTestId('new-mission').click();
    const form = page.getByTestId('mission-form');
    await form.getByRole('textbox', { name: 'Team' }).click();
    await page.getByRole('option', { name: TEAM }).click();
    await form.getByRole('textbox', { name: 'Partner' }).fill('Kenya');
    await page.getByRole('option', { name: 'Kenya', exact: true }).click();
    await form.getByLabel('Clinical diagnosis and treatment').check();
    await form.getByLabel('Prevention and control').check();
    await form.getByLabel('Start').fill('2026-12-01');
    await form.getByLabel('End').fill('2026-12-10');
    await form.getByLabel('Places').fill('Nairobi, Nakuru');
    await form.getByLabel('Activities').fill('ward rounds, training of trainers');
    await form.getByTestId('save-mission').click();

    const mission = page.getByTestId('missions-list').locator('[data-mission]', { hasText: TEAM });
    await mission.getByText(/10 days · 1 expert$/).waitFor();
    await mission.locator('[data-testid="mission-status"][data-status="planned"]').waitFor();
    await mission.getByTestId('mission-next').click();
    await mission.locator('[data-testid="mission-status"][data-status="under-way"]').waitFor();
    await mission.getByTestId('mission-next').click();
    await mission.locator('[data-testid="mission-status"][data-status="completed"]').waitFor();
    await mission.getByTestId('mission-write-report').click();
    await page.getByTestId('mission-report-input').fill(REPORT);
    await page.getByTestId('save-report').click();
    await mission.getByTestId('mission-report').getByText(REPORT).waitFor();

    // On a phone the mission's actions stay on the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => inView(page, mission.getByTestId('mission-write-report'))).toBe(true);
    if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/aid-technical-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1366, height: 800 });
    if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/aid-technical-1366.png`, fullPage: true });

    await page.getByRole('tab', { name: 'Published figures' }).click();
    await page.getByLabel('As of').fill('2099-12-31');
    await page.getByTestId('figures-technical').getByText(/Technical: 1 expert teams, 1 experts, 1 missions \(10 mission days\), 0 remote consultations/).waitFor();

    // Kenya's focal point sees the mission and its report on its aid page.
    const ken = await j.signedIn(KEN, '/aid');
    await ken.page.getByTestId('partner-missions').locator('[data-mission]', { hasText: TEAM }).getByText(REPORT).waitFor();
  });

  it('shows Kenya’s chain from signal to receipt, reached from its Situation page', async () => {
    const coordinator = await j.signedIn(COORDINATOR, '/aid');
    const ken = await j.signedIn(KEN, '/aid');
    const today = new Date().toISOString().slice(0, 10);
    await api(coordinator, 'PUT', '/api/aid/supply/gloves', { stockOnHand: 50_000_000, weeklyIncoming: 0, committed: 0, reserveFloor: 0 });
    await api(ken, 'POST', '/api/aid/partners/KEN/requests', { neededBy: '2099-01-31', justification: 'E2E: gloves for the wards', lines: [{ item: 'gloves', quantity: 5000 }], submit: true });
    type Run = { options: unknown; fingerprint: string; plan: { allocations: unknown[] } };
    const run = await api<Run>(coordinator, 'POST', '/api/aid/plan', { batchDate: today, items: ['gloves'] });
    await api(coordinator, 'POST', '/api/aid/batches', { options: run.options, fingerprint: run.fingerprint, allocations: run.plan.allocations });
    type Consignment = { id: number; number: string; partnerId: string; lines: Array<{ item: string; quantity: number }> };
    const consignment = (await api<{ consignments: Consignment[] }>(coordinator, 'GET', '/api/aid/consignments')).consignments.find((c) => c.partnerId === 'KEN')!;
    for (const status of ['dispatched', 'in-transit', 'arrived', 'handed-over']) await api(coordinator, 'POST', `/api/aid/consignments/${consignment.id}/steps`, { status });
    const shipped = consignment.lines.filter((l) => l.item === 'gloves').reduce((s, l) => s + l.quantity, 0);
    expect(shipped).toBeGreaterThanOrEqual(2000);
    await api(ken, 'POST', `/api/aid/consignments/${consignment.id}/receipts`, { lines: [{ item: 'gloves', good: shipped - 1000, damaged: 1000 }] });
    const fmt = (n: number) => n.toLocaleString('en-US');

    // From Kenya's Situation page to its chain.
    const { page } = coordinator;
    await page.goto(`${j.app.url}/situation/KEN`);
    await page.getByTestId('aid-chain-link').click();
    await page.waitForURL(/\/aid\/partners\/KEN\/chain$/);
    await page.getByRole('heading', { name: 'Kenya: from signal to receipt' }).waitFor();
    const gloves = page.getByTestId('chain-items').locator('tr[data-item="gloves"] td');
    await gloves.first().waitFor();
    const chain = await api<{ items: Array<{ item: string; requested: number; allocated: number }> }>(coordinator, 'GET', '/api/aid/partners/KEN/chain');
    const row = chain.items.find((r) => r.item === 'gloves')!;
    expect(row.requested).toBeGreaterThanOrEqual(5000);
    expect(await gloves.nth(2).textContent()).toBe(fmt(row.requested));
    expect(await gloves.nth(3).textContent()).toBe(fmt(row.allocated));
    expect(await gloves.nth(4).textContent()).toBe(fmt(shipped));
    expect(await gloves.nth(5).textContent()).toBe(fmt(shipped - 1000));
    expect(await gloves.nth(6).textContent()).toBe('1,000');
    await page.getByTestId('chain-stage-signal').getByText(/7-day incidence per 100,000/).waitFor();
    await page.getByTestId('chain-requests').getByText(/Examination gloves: 5,000/).waitFor();
    await page.getByTestId('chain-allocations').locator('tr[data-batch="1"]').first().waitFor();
    const mine = page.getByTestId('chain-consignments').locator(`[data-consignment="${consignment.number}"]`);
    await mine.locator('[data-testid="consignment-status"][data-status="handed-over"]').waitFor();
    await mine.getByTestId('chain-receipts').getByText(new RegExp(`${fmt(shipped - 1000)} good, 1,000 damaged`)).waitFor();
    await page.getByTestId('chain-missions').getByText(TEAM).waitFor();
    if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/aid-chain-1366.png`, fullPage: true });

    // On a phone the six stages and the item row stay readable (the table scrolls sideways, the stages wrap).
    await page.setViewportSize({ width: 390, height: 844 });
    for (const stage of ['signal', 'receipt']) await expect.poll(() => inView(page, page.getByTestId(`chain-stage-${stage}`))).toBe(true);
    if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/aid-chain-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1366, height: 800 });

    // In Chinese: the stages and the item table in the reader's language.
    await page.getByRole('radiogroup').getByText('中文', { exact: true }).click();
    await page.getByRole('heading', { name: '肯尼亚：从疫情信号到接收' }).waitFor();
    await page.getByTestId('chain-stage-receipt').getByText('6. 接收').waitFor();
    await page.getByTestId('chain-items').getByRole('columnheader', { name: '接收' }).waitFor();
    if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/aid-chain-zh-1366.png`, fullPage: true });
    await page.getByRole('radiogroup').getByText('English', { exact: true }).click();

    // And back to the Situation page.
    await page.getByTestId('chain-situation-link').click();
    await page.waitForURL(/\/situation\/KEN$/);

    // The focal point reaches its own chain from its Situation page, and no other partner's.
    await ken.page.goto(`${j.app.url}/situation/KEN`);
    await ken.page.getByTestId('aid-chain-link').click();
    await ken.page.getByTestId('chain-items').locator('tr[data-item="gloves"]').waitFor();
    await ken.page.goto(`${j.app.url}/situation/TZA`);
    await ken.page.getByRole('heading', { name: 'Tanzania' }).waitFor();
    expect(await ken.page.getByTestId('aid-chain-link').count()).toBe(0);
    expect((await ken.page.request.get(`${j.app.url}/api/aid/partners/TZA/chain`)).status()).toBe(404);
  });
});
