import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { journey } from './harness';

// Journey: the knowledge module (issue 14), as far as it is built. A coordinator finds meeting times for
// Kenya and China with the slot finder and sees the best slot with both inside; a visitor sees the documents
// tab and its search, without the slot finder.

const COORDINATOR = { email: 'coordinator@example.org', password: 'coordinator-password-123' };

const j = journey({
  env: { CONCORD_FILES_DIR: mkdtempSync(join(tmpdir(), 'concord-e2e-files-')) },
  users: [{ ...COORDINATOR, role: 'coordinator', options: ['--name', 'Chen Coordinator'] }],
});

describe('knowledge journey', () => {
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
