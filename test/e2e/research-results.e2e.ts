import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journey } from './harness';

// Journey: the research-results exchange of issue 16. A researcher submits an early clinical-trial result
// through the form (a malformed registry id is explained at its field); it stays hidden until an expert
// publishes it; then anyone finds it by the intervention facet and exports it as BibTeX.

const RESEARCHER = { email: 'rosalind@example.org', password: 'password654321' };
const EXPERT = { email: 'edward@example.org', password: 'password987654' };
const TITLE = 'Inhaled budesonide in early COVID-19: an open-label randomised trial';

describe('research results journey', () => {
  const j = journey({ env: { CONCORD_SEED: 'minimal' }, users: [{ ...RESEARCHER, role: 'researcher' }, { ...EXPERT, role: 'expert' }] });
  let resultUrl = '';

  it('lets a researcher submit an early trial result, with errors at the field', async () => {
    await j.page.goto(`${j.app.url}/login?next=%2Fresearch%2Fresults%2Fnew`);
    await j.logIn(RESEARCHER.email, RESEARCHER.password);
    await j.page.waitForURL(/\/research\/results\/new$/);
    const p = j.page;
    await p.getByRole('textbox', { name: 'Date' }).fill('2021-04-09');
    await p.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await p.getByRole('textbox', { name: 'Abstract', exact: true }).fill('Early inhaled budesonide reduced urgent care in adults with early COVID-19.');
    await p.getByRole('textbox', { name: 'Name (Family, Given)' }).fill('Researcher, Rosalind');
    await p.getByRole('textbox', { name: 'Affiliation' }).fill('Example University');
    await p.getByRole('textbox', { name: 'Country (ISO3)' }).fill('GBR');
    await p.getByRole('textbox', { name: 'Registry ids (ChiCTR, NCT, ISRCTN)' }).fill('NCT123');
    const interventions = p.getByRole('textbox', { name: 'Interventions (comma-separated)' });
    await interventions.fill('corticosteroids, budesonide');
    await interventions.blur();
    await p.getByRole('textbox', { name: 'Trial countries (ISO3)' }).fill('GBR');
    await p.getByRole('textbox', { name: 'Trial countries (ISO3)' }).blur();
    const arms = p.getByRole('textbox', { name: 'Arm', exact: true });
    const armInterventions = p.getByRole('textbox', { name: 'Intervention', exact: true });
    const sizes = p.getByRole('textbox', { name: 'Participants' });
    await arms.nth(0).fill('Budesonide');
    await armInterventions.nth(0).fill('inhaled budesonide 800 µg twice daily');
    await sizes.nth(0).fill('73');
    await arms.nth(1).fill('Usual care');
    await armInterventions.nth(1).fill('usual care');
    await sizes.nth(1).fill('73');
    await p.getByRole('textbox', { name: 'Outcome', exact: true }).fill('Urgent care or hospitalisation');
    await p.getByRole('textbox', { name: 'Estimate', exact: true }).fill('0.13');
    await p.getByRole('textbox', { name: 'Lower bound' }).fill('0.03');
    await p.getByRole('textbox', { name: 'Upper bound' }).fill('0.56');
    await p.getByRole('button', { name: 'Submit for moderation' }).click();
    await p.getByText('an NCT number is NCT and 8 digits, such as NCT04381936').waitFor();
    await p.getByRole('textbox', { name: 'Registry ids (ChiCTR, NCT, ISRCTN)' }).fill('NCT04416399');
    await p.getByRole('button', { name: 'Submit for moderation' }).click();
    await p.waitForURL(/\/research\/results\/\d+$/);
    resultUrl = new URL(p.url()).pathname;
    await p.getByTestId('result-status').getByText('Awaiting moderation').waitFor();
    await p.getByTestId('result-title').getByText(TITLE).waitFor();
  });

  it('keeps it hidden from others until an expert publishes it', async () => {
    const id = resultUrl.split('/').at(-1);
    expect((await fetch(`${j.app.url}/api/research/results/${id}`)).status).toBe(404);
    const expert = await j.signedIn(EXPERT, '/research/results');
    await expert.page.getByTestId('results-pending').getByRole('link', { name: TITLE }).click();
    await expert.page.getByRole('button', { name: 'Publish' }).click();
    await expert.page.getByTestId('result-status').getByText('Published').waitFor();
    expect((await fetch(`${j.app.url}/api/research/results/${id}`)).status).toBe(200);
  });

  it('is found by its intervention facet and exported as BibTeX', async () => {
    const anonymous = j.page;
    await anonymous.context().clearCookies();
    await anonymous.goto(`${j.app.url}/research/results`);
    await anonymous.getByRole('textbox', { name: 'Intervention' }).click();
    await anonymous.getByRole('option', { name: 'budesonide (1)' }).click();
    await anonymous.getByTestId('results-total').getByText('1 result found').waitFor();
    await anonymous.getByTestId('results-table').getByRole('link', { name: TITLE }).waitFor();
    const pending = anonymous.waitForEvent('download');
    await anonymous.getByRole('link', { name: 'BibTeX' }).click();
    const bib = readFileSync(await (await pending).path(), 'utf8');
    expect(bib).toMatch(/^@article\{/);
    expect(bib).toContain('Researcher, Rosalind');
    expect(bib.replace(/[{}]/g, '')).toContain(TITLE);
  });
});
