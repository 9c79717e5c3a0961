import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { journey } from './harness';

// Journey: the knowledge module (issue 14). An expert creates a document, uploads its edition in English and
// Chinese and publishes it; a coordinator sends it to the African region; Kenya's focal point finds it in its
// inbox, downloads and acknowledges it; the coordinator's dashboard shows Kenya acknowledged, Uganda not, and
// the published figure. A meeting is scheduled at a time the slot finder proposes, and recorded with attendance
// and minutes. Kenya asks the experts; the expert of the topic answers, citing the edition, and publishes; Uganda
// reads the answer. The slot finder ranks meeting times; a visitor sees only the documents tab.

const COORDINATOR = { email: 'coordinator@example.org', password: 'coordinator-password-123' };
const EXPERT = { email: 'expert@example.org', password: 'expert-password-123' };
const KENYA = { email: 'ken@example.org', password: 'kenya-password-123' };
const UGANDA = { email: 'uga@example.org', password: 'uganda-password-123' };
const SHOTS = process.env.E2E_SCREENSHOTS;

const j = journey({
  env: { CONCORD_FILES_DIR: mkdtempSync(join(tmpdir(), 'concord-e2e-files-')) },
  users: [
    { ...COORDINATOR, role: 'coordinator', options: ['--name', 'Chen Coordinator'] },
    { ...EXPERT, role: 'expert', options: ['--name', 'Li Expert'] },
    { ...KENYA, role: 'partner_focal_point', options: ['--name', 'Wanjiru Focal', '--partner', 'KEN'] },
    { ...UGANDA, role: 'partner_focal_point', options: ['--name', 'Okello Focal', '--partner', 'UGA'] },
  ],
});

const TITLE = 'Diagnosis and treatment plan (trial version 7)';

async function attach(page: Page, scope: Locator, name: string, text: string, language: string) {
  await scope.getByRole('textbox', { name: 'Language' }).click();
  await page.getByRole('option', { name: language, exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await scope.getByRole('button', { name: /File \(PDF, DOCX or Markdown\)/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await scope.getByRole('button', { name: 'Upload' }).click();
  await scope.getByRole('link', { name: new RegExp(`^${language === 'English' ? 'en' : 'zh'} · MD$`) }).waitFor();
}

/** At 1366×800 and 390×844: nothing wider than the screen (a screenshot of each when E2E_SCREENSHOTS is set). */
async function assertFits(page: Page, name: string) {
  for (const [width, height] of [[1366, 800], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForFunction((w) => document.documentElement.scrollWidth <= w, width);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 800 });
}

describe('knowledge journey', () => {
  it('takes an edition from the expert to Kenya’s focal point and onto the coordinator’s dashboard', async () => {
    const { page: expert } = await j.signedIn(EXPERT, '/knowledge');
    await expert.getByRole('tab', { name: 'Publish and send' }).click();
    await expert.getByLabel('Title in English').fill(TITLE);
    await expert.getByLabel('Title in Chinese').fill('新型冠状病毒肺炎诊疗方案（试行第七版）');
    await expert.getByRole('button', { name: 'Create document' }).click();
    const card = expert.locator('[data-testid^="manage-document-"]').filter({ hasText: TITLE });
    await card.getByLabel('Edition date').fill('2026-12-01');
    await card.getByLabel('Summary of changes').fill('Corticosteroids only for severe cases, 3 to 5 days');
    await card.getByRole('button', { name: 'Add edition' }).click();
    const edition = card.locator('[data-testid^="edition-"]').first();
    await edition.getByText('Edition 1 of 2026-12-01').waitFor();
    await attach(expert, edition, 'plan-en.md', '# Plan\n\nMethylprednisolone 1–2 mg/kg/day for 3–5 days.\n', 'English');
    await attach(expert, edition, 'plan-zh.md', '# 诊疗方案\n\n甲泼尼龙 1～2mg/kg/日，3～5 日。\n', 'Chinese');
    await edition.getByRole('button', { name: 'Publish edition' }).click();
    await edition.getByText('published', { exact: true }).waitFor();

    const { page: coordinator } = await j.signedIn(COORDINATOR, '/knowledge');
    await coordinator.getByRole('tab', { name: 'Publish and send' }).click();
    const toSend = coordinator.locator('[data-testid^="manage-document-"]').filter({ hasText: TITLE });
    await toSend.getByText('A region').click();
    await toSend.getByRole('textbox', { name: 'WHO region' }).click();
    await coordinator.getByRole('option', { name: 'Africa' }).click();
    await toSend.getByRole('button', { name: 'Send edition' }).click();
    await toSend.getByText(/^Sent to \d+ partners \(0 already had it\)\.$/).waitFor();

    const { page: kenya } = await j.signedIn(KENYA, '/knowledge');
    const item = kenya.locator('[data-testid^="inbox-"]').filter({ hasText: TITLE });
    await item.getByText('awaiting acknowledgement').waitFor();
    const download = kenya.waitForEvent('download');
    await item.getByRole('link', { name: 'Download zh · MD' }).click();
    expect((await download).suggestedFilename()).toBe('plan-zh.md');
    await item.getByRole('button', { name: 'Acknowledge receipt' }).click();
    await item.getByText(/^acknowledged /).waitFor();

    await coordinator.getByRole('tab', { name: 'Distribution' }).click();
    await coordinator.getByTestId('reach').getByText(/^Shared with \d+ countries and 0 organisations$/).waitFor();
    await coordinator.getByRole('textbox', { name: 'Edition' }).click();
    await coordinator.getByRole('option', { name: `${TITLE} · edition 1` }).click();
    const table = coordinator.getByRole('table', { name: 'Deliveries of the edition' });
    await table.locator('tr[data-partner="KEN"]').waitFor();
    expect(await table.locator('tr[data-partner="KEN"] td').nth(3).textContent()).not.toBe('–');
    expect(await table.locator('tr[data-partner="UGA"] td').nth(3).textContent()).toBe('–');
    await coordinator.getByText('Not acknowledged', { exact: true }).click();
    await table.locator('tr[data-partner="UGA"]').waitFor();
    expect(await table.locator('tr[data-partner="KEN"]').count()).toBe(0);

    // The dashboard at a phone's width: nothing wider than the screen but the scrolling table.
    await coordinator.setViewportSize({ width: 390, height: 844 });
    await coordinator.getByTestId('reach').waitFor();
    // Waited for, not read once: the filter's sliding indicator moves to its new place after the resize.
    await coordinator.waitForFunction(() => document.documentElement.scrollWidth <= 390);
    if (SHOTS) await coordinator.screenshot({ path: `${SHOTS}/knowledge-dashboard-390.png`, fullPage: true });
  });

  it('schedules an exchange meeting with Kenya, whose focal point downloads the invitation, registers and asks', async () => {
    const { page: coordinator } = await j.signedIn(COORDINATOR, '/knowledge');
    await coordinator.getByRole('tab', { name: 'Meetings' }).click();
    await coordinator.getByLabel('Title in English').fill('Clinical management exchange');
    await coordinator.getByLabel('Title in Chinese').fill('临床救治交流会');
    await coordinator.getByRole('textbox', { name: 'Invited partners' }).fill('Kenya');
    await coordinator.getByRole('option', { name: /^Kenya \(/ }).click();
    await coordinator.keyboard.press('Escape'); // close the picker's list, which covers the button
    // The slot finder proposes times for the invitees; the first (Monday 09:00 in Nairobi) becomes the meeting's.
    await coordinator.getByLabel('From (UTC)').fill('2026-12-07T00:00');
    await coordinator.getByLabel('To (UTC)').fill('2026-12-08T00:00');
    await coordinator.getByRole('button', { name: 'Propose times for the invitees' }).click();
    await coordinator.getByRole('radio', { name: '2026-12-07 06:00–07:00 · 1 of 1 inside working hours · KEN' }).check();
    expect(await coordinator.getByLabel('Start (UTC)').inputValue()).toBe('2026-12-07T06:00');
    expect(await coordinator.getByLabel('End (UTC)').inputValue()).toBe('2026-12-07T07:00');
    await coordinator.getByRole('button', { name: 'Schedule meeting' }).click();
    await coordinator.getByText('1 invited, 0 registered').waitFor();

    const { page: kenya } = await j.signedIn(KENYA, '/knowledge');
    await kenya.getByRole('tab', { name: 'Meetings' }).click();
    const card = kenya.locator('[data-testid^="meeting-"]').filter({ hasText: 'Clinical management exchange' });
    const download = kenya.waitForEvent('download');
    await card.getByRole('link', { name: 'Invitation (.ics)' }).click();
    const ics = await (await download).path();
    expect(ics).toBeTruthy();
    await card.getByRole('button', { name: 'Register' }).click();
    await card.getByText('registered', { exact: true }).waitFor();
    await card.getByLabel('Your question').fill('Dexamethasone for how many days?');
    await card.getByRole('button', { name: 'Send question' }).click();
    await card.getByText('KEN: Dexamethasone for how many days?').waitFor();

    // Afterwards the coordinator records who attended, the minutes, the recording, the answer and the plan presented.
    await coordinator.reload();
    await coordinator.getByRole('tab', { name: 'Meetings' }).click();
    const held = coordinator.locator('[data-testid^="meeting-"]').filter({ hasText: 'Clinical management exchange' });
    await held.getByRole('button', { name: 'Record the meeting' }).click();
    const form = held.locator('form[data-testid^="record-"]');
    await form.getByRole('checkbox', { name: /^Kenya \(KEN\)$/ }).check();
    await form.getByLabel('Minutes').fill('Agreed: dexamethasone 6 mg daily for up to 10 days in patients on oxygen.');
    await form.getByLabel('Recording link').fill('https://video.example.org/exchange-1');
    await form.getByLabel('Answer to KEN: Dexamethasone for how many days?').fill('Up to 10 days, or until discharge.');
    await form.getByRole('textbox', { name: 'Documents presented' }).click();
    await coordinator.getByRole('option', { name: `${TITLE} · edition 1` }).click();
    await coordinator.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Save the record' }).click();
    await held.getByText('Held: 1 of 1 invited partners attended').waitFor();
    await held.getByText('Minutes: Agreed: dexamethasone 6 mg daily for up to 10 days in patients on oxygen.').waitFor();
    await held.getByText(`Presented: ${TITLE} · edition 1`).waitFor();
    await held.getByText('KEN: Dexamethasone for how many days? — Up to 10 days, or until discharge.').waitFor();
    await held.getByRole('link', { name: 'Recording' }).waitFor();
    await coordinator.getByText('1 meeting with 1 country or region').waitFor();

    // Kenya's focal point sees the record too.
    await kenya.reload();
    await kenya.getByRole('tab', { name: 'Meetings' }).click();
    await kenya.locator('[data-testid^="meeting-"]').filter({ hasText: 'Clinical management exchange' }).getByText('Held: 1 of 1 invited partners attended').waitFor();
  });

  it('routes Kenya’s question to the expert of its topic, who answers citing the edition and publishes it for Uganda to read', async () => {
    const { page: expert } = await j.signedIn(EXPERT, '/knowledge');
    await expert.getByRole('tab', { name: 'Questions to experts' }).click();
    await expert.getByRole('textbox', { name: 'Topics you answer' }).click();
    await expert.getByRole('option', { name: 'Medicines and dosing' }).click();
    await expert.keyboard.press('Escape');
    await expert.getByRole('button', { name: 'Save topics' }).click();
    await expert.getByText('Saved.', { exact: true }).waitFor();

    const QUESTION = 'Whether, when, how much and how long to give corticosteroids?';
    const { page: kenya } = await j.signedIn(KENYA, '/knowledge');
    await kenya.getByRole('tab', { name: 'Questions to experts' }).click();
    await kenya.getByText('Experts answer within 48 hours.').waitFor();
    await kenya.getByRole('textbox', { name: 'Topic' }).click();
    await kenya.getByRole('option', { name: 'Medicines and dosing' }).click();
    await kenya.getByLabel('Your question').fill(QUESTION);
    await kenya.getByRole('button', { name: 'Ask the experts' }).click();
    const asked = kenya.locator('[data-testid^="question-"]').filter({ hasText: QUESTION });
    await asked.getByText('with an expert').waitFor();
    await asked.getByText('Expert: Li Expert').waitFor();
    await asked.getByText(/^Answer due /).waitFor();
    await assertFits(kenya, 'knowledge-ask');

    await expert.reload();
    await expert.getByRole('tab', { name: 'Questions to experts' }).click();
    const inbox = expert.locator('[data-testid^="question-"]').filter({ hasText: QUESTION });
    await inbox.getByLabel('Answer', { exact: true }).fill('Only for severe and critical cases: methylprednisolone 1–2 mg/kg/day for 3–5 days.');
    await inbox.getByRole('textbox', { name: 'Edition it refers to' }).click();
    await expert.getByRole('option', { name: `${TITLE} · edition 1` }).click();
    await inbox.getByRole('button', { name: 'Save answer' }).click();
    await inbox.getByText('answered', { exact: true }).waitFor();
    await inbox.getByRole('button', { name: 'Publish to all partners' }).click();
    await inbox.getByText('published', { exact: true }).waitFor();
    await assertFits(expert, 'knowledge-expert-inbox');

    const { page: uganda } = await j.signedIn(UGANDA, '/knowledge');
    await uganda.getByRole('tab', { name: 'Published answers' }).click();
    const answer = uganda.locator('[data-testid^="question-"]').filter({ hasText: QUESTION });
    await answer.getByText('Answer: Only for severe and critical cases: methylprednisolone 1–2 mg/kg/day for 3–5 days.').waitFor();
    await answer.getByText(`Refers to ${TITLE}, edition 1`).waitFor();
    await assertFits(uganda, 'knowledge-published');
    // The question itself is Kenya's: Uganda's own list does not hold it.
    await uganda.getByRole('tab', { name: 'Questions to experts' }).click();
    await uganda.getByText('You have not asked anything yet.').waitFor();

    // In Chinese, the published answer keeps its place and its words are translated around it.
    await uganda.getByRole('radiogroup').getByText('中文', { exact: true }).click();
    await uganda.getByRole('tab', { name: '已公开的答复' }).click();
    await uganda.getByText('参见《新型冠状病毒肺炎诊疗方案（试行第七版）》第 1 版').waitFor();
    await assertFits(uganda, 'knowledge-published-zh');
  });

  it('lets a coordinator rank meeting times for Kenya and China', async () => {
    const { page } = await j.signedIn(COORDINATOR, '/knowledge');
    await page.getByRole('tab', { name: 'Meeting slots' }).click();
    const picker = page.getByRole('textbox', { name: 'Participating countries' });
    for (const name of ['Kenya', 'China']) {
      await picker.fill(name);
      await page.getByRole('option', { name: new RegExp(`^${name} \\(`) }).click();
    }
    await page.getByLabel('Duration (minutes)').fill('60');
    await page.getByLabel('From (UTC)').fill('2026-12-07T00:00');
    await page.getByLabel('To (UTC)').fill('2026-12-08T00:00');
    await page.getByRole('button', { name: 'Find times' }).click();
    // Monday 7 December: Nairobi 06:00–15:00 UTC, Beijing 01:00–10:00 UTC; the first common hour starts at 06:00.
    const first = page.getByRole('table', { name: 'Ranked meeting times' }).getByRole('row').nth(1);
    await first.getByText('2026-12-07 06:00').first().waitFor();
    await first.getByText('2 of 2').waitFor();
  });

  it('shows a visitor the documents and their search, and no slot finder', async () => {
    await j.page.goto(`${j.app.url}/knowledge`);
    await j.page.getByRole('heading', { name: 'Knowledge' }).first().waitFor();
    await j.page.getByLabel('Search titles and text').fill('dexamethasone');
    await j.page.getByText('No document matches.').waitFor();
    if ((await j.page.getByRole('tab', { name: 'Meeting slots' }).count()) !== 0) throw new Error('a visitor sees the slot finder');
  });
});
