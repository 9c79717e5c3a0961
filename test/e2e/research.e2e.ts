import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFasta, type FastaSequence } from '../../src/core/genome/parse/fasta-parser';
import { journey } from './harness';

// Journey: the genome repository of issue 5. A researcher submits two real genomes with their metadata,
// waits for the analysis, finds them by one of their mutations and downloads the result; anyone analyses
// a FASTA in the browser without uploading it; the statistics count the download.

const RESEARCHER = { email: 'rosalind@example.org', password: 'password654321' };
const FIXTURE = new URL('../../../shared/data/sars-cov-2/nextclade_v1_fixture/input/sequences.fasta', import.meta.url);
const genomes = parseFasta(readFileSync(FIXTURE, 'utf8')).slice(0, 2) as FastaSequence[];
const fasta = genomes.map((g) => `>${g.name}\n${g.sequence}\n`).join('');
const metadata = [
  'strain\tdate\tcountry\thost\toriginating_lab\tsubmitting_lab',
  ...genomes.map((g, i) => `${g.name}\t2021-01-1${i}\tGBR\tHomo sapiens\tLab A\tLab B`),
].join('\n');

const j = journey({ env: { CONCORD_SEED: 'minimal' }, users: [{ ...RESEARCHER, role: 'researcher', options: ['--name', 'Rosalind Researcher'] }] });

describe('research journey', () => {
  it('tells an anonymous visitor to sign in as a researcher before any upload', async () => {
    await j.page.goto(`${j.app.url}/research/submit`);
    await j.page.getByTestId('research-submit-not-allowed').getByText('Sign in as a researcher to submit genomes.').waitFor();
    await expect(j.page.locator('input[type=file]').count()).resolves.toBe(0);
  });

  it('lets a researcher submit genomes and follow their analysis', async () => {
    await j.page.goto(`${j.app.url}/login?next=%2Fresearch%2Fsubmit`);
    // A signed-in page load counts its visit (with the session's CSRF token), without a refusal.
    const visit = j.page.waitForResponse((r) => r.url().endsWith('/api/research/visits'));
    await j.logIn(RESEARCHER.email, RESEARCHER.password);
    await j.page.waitForURL(/\/research\/submit$/);
    expect((await visit).status()).toBe(200);

    const inputs = j.page.locator('input[type=file]');
    // A cut-short .gz is named, and nothing is sent.
    await inputs.nth(0).setInputFiles({ name: 'genomes.fasta.gz', mimeType: 'application/gzip', buffer: gzipSync(fasta).subarray(0, 200) });
    await inputs.nth(1).setInputFiles({ name: 'metadata.tsv', mimeType: 'text/plain', buffer: Buffer.from(metadata) });
    await j.page.getByRole('button', { name: 'Submit', exact: true }).click();
    await j.page.getByTestId('research-submit-corrupt').getByText('genomes.fasta.gz is not a valid gzip file').waitFor();
    // Published files come gzipped: the browser decompresses them.
    await inputs.nth(0).setInputFiles({ name: 'genomes.fasta.gz', mimeType: 'application/gzip', buffer: gzipSync(fasta) });
    await inputs.nth(1).setInputFiles({ name: 'metadata.tsv.gz', mimeType: 'application/gzip', buffer: gzipSync(metadata) });
    await j.page.getByRole('button', { name: 'Submit', exact: true }).click();
    await j.page.locator('[data-testid=research-job][data-status=done]').waitFor({ timeout: 90_000 });
    await j.page.getByText('2 of 2 genomes analysed, 0 failed').waitFor();

    // The same files again: every strain is refused, nothing stored.
    await j.page.getByRole('button', { name: 'Submit', exact: true }).click();
    const errors = j.page.getByTestId('research-submit-errors');
    await errors.getByText('metadata line 2: strain').waitFor();
    await errors.getByText('metadata line 3: strain').waitFor();
    // The browser reports the refused request itself; that one is expected.
    const refused = j.browser.errors.findIndex((e) => e.includes('status of 422'));
    expect(refused).toBeGreaterThanOrEqual(0);
    j.browser.errors.splice(refused, 1);

    // "My submissions" lists the one accepted submission with the status of its analysis.
    await j.page.getByRole('tab', { name: 'My submissions' }).click();
    const mine = j.page.getByTestId('research-submission');
    await mine.getByText(genomes[0]!.name, { exact: false }).waitFor();
    expect(await mine.count()).toBe(1);
    expect(await mine.getAttribute('data-status')).toBe('done');
    await mine.getByText('2 of 2 genomes analysed, 0 failed, 0 waiting').waitFor();
  });

  it('finds the genomes by a mutation, shows one on the genome map and downloads the result', async () => {
    await j.page.getByRole('tab', { name: 'Search genomes' }).click();
    await j.page.getByRole('textbox', { name: 'Mutation' }).fill('S:D614G');
    await j.page.getByRole('button', { name: 'Search', exact: true }).click();
    await j.page.waitForURL(/mutation=S%3AD614G/);
    await j.page.getByTestId('research-total').getByText('2 genomes found').waitFor();
    for (const g of genomes) await j.page.getByRole('link', { name: g.name }).waitFor();

    const pending = j.page.waitForEvent('download');
    await j.page.getByRole('link', { name: 'TSV (metadata and analysis)' }).click();
    const download = await pending;
    const path = await download.path();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.startsWith('strain\tdate\tcountry')).toBe(true);
    expect(lines[1]).toContain('S:D614G');

    await j.page.getByRole('link', { name: genomes[0]!.name }).click();
    await j.page.getByTestId('genome-strain').getByText(genomes[0]!.name).waitFor();
    await j.page.getByTestId('genome-map').waitFor();
    await j.page.getByTestId('genome-mutations').getByText('C241T', { exact: true }).waitFor();
    // Tall enough to read, with gene names at a legible size, on a laptop and (scrolling sideways) on a phone.
    for (const width of [1366, 390]) {
      await j.page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      const box = await j.page.getByTestId('genome-map').boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(880);
      expect(box?.height).toBeGreaterThanOrEqual(100);
      await shot(`genome-map-${width}`);
    }
    await j.page.setViewportSize({ width: 1366, height: 800 });

    // A deletion on the genome page leads to the genomes that share it.
    await j.page.getByTestId('genome-mutations').getByRole('link', { name: '11288-11296', exact: true }).click();
    await j.page.waitForURL(/mutation=11288-11296/);
    await j.page.getByTestId('research-total').getByText('2 genomes found').waitFor();
    // A malformed mutation is explained under the field, and not searched.
    await j.page.getByRole('textbox', { name: 'Mutation' }).fill('11288..11296');
    await j.page.getByRole('button', { name: 'Search', exact: true }).click();
    await j.page.getByText('Write a substitution (C241T), a deletion (11288-11296 or 28271)', { exact: false }).waitFor();
    expect(j.page.url()).toMatch(/mutation=11288-11296/);
  });

  it('analyses a FASTA in the browser and counts the download in the statistics', async () => {
    await j.page.getByRole('tab', { name: 'Analyse in the browser' }).click();
    await j.page.locator('input[type=file]').setInputFiles({ name: 'one.fasta', mimeType: 'text/plain', buffer: Buffer.from(`>${genomes[1]!.name}\n${genomes[1]!.sequence}\n`) });
    await j.page.getByTestId('research-analyse-progress').getByText('1 of 1 genomes analysed').waitFor({ timeout: 60_000 });
    await j.page.getByRole('cell', { name: genomes[1]!.name }).waitFor();

    await j.page.getByRole('tab', { name: 'Access statistics' }).click();
    await j.page.getByTestId('research-stats-headline').getByText(/\d+ visitors? from \d+ countr(y|ies), 1 file downloaded$/).waitFor();
    await j.page.getByTestId('research-visitors-map').waitFor();
    // One day of data is one narrow bar, not a block across the chart.
    const bars = j.page.getByRole('img', { name: /per day/i }).locator('rect');
    for (const bar of await bars.all()) expect((await bar.boundingBox())?.width ?? 0).toBeLessThan(30);
    await shot('research-stats-1366');
  });
});

/** A screenshot for a person to look at, when CONCORD_E2E_SHOTS names a folder. */
async function shot(name: string): Promise<void> {
  if (process.env.CONCORD_E2E_SHOTS) await j.page.screenshot({ path: `${process.env.CONCORD_E2E_SHOTS}/${name}.png`, fullPage: true });
}

// Journey: a first start with the full seed. The vaccine tracker shows its five routes; the open genomes
// that ship in data/ are analysed in the background and the variant chart of a country shows them;
// a researcher proposes an edit of a candidate and an expert publishes it.

const SEED_METADATA = new URL('../../data/seed/genomes/metadata.tsv', import.meta.url);
const seededAustralian = readFileSync(SEED_METADATA, 'utf8')
  .split('\n')
  .filter((line) => line.split('\t')[6] === 'Australia' && /^\d{4}-\d{2}-\d{2}$/.test(line.split('\t')[4] ?? '')).length;
const EXPERT = { email: 'edward@example.org', password: 'password987654' };

describe('vaccine tracker and variant trends journey', () => {
  const k = journey({ users: [{ ...RESEARCHER, role: 'researcher' }, { ...EXPERT, role: 'expert' }] });

  it('shows the vaccine candidates on the five technical routes, filterable', async () => {
    await k.page.goto(`${k.app.url}/research/vaccines`);
    for (const route of ['Inactivated', 'Recombinant protein', 'Adenovirus vector', 'Attenuated influenza virus vector', 'Nucleic acid (mRNA, DNA)']) {
      await k.page.getByTestId('vaccine-timelines').getByRole('heading', { name: route, exact: true }).waitFor();
    }
    for (const route of ['inactivated', 'recombinant-protein', 'adenovirus-vector', 'influenza-virus-vector', 'nucleic-acid']) {
      expect(await k.page.locator(`[data-testid=vaccine-row][data-route=${route}]`).count()).toBeGreaterThan(0);
    }
    await k.page.getByRole('textbox', { name: 'Technical route' }).click();
    await k.page.getByRole('option', { name: 'Attenuated influenza virus vector' }).click();
    await k.page.getByTestId('vaccines-table').getByText('DelNS1-2019-nCoV-RBD-OPT1 (intranasal)').waitFor();
    await expect.poll(() => k.page.getByTestId('vaccine-row').count()).toBe(1);
  });

  it('shows the seeded genomes of a country in its variant chart once analysed', async () => {
    // The seed's genomes are analysed in the background after the first start.
    await expect
      .poll(
        async () => {
          const res = await fetch(`${k.app.url}/api/research/trends/countries`);
          const body = (await res.json()) as { countries: { country: string; genomes: number }[] };
          return body.countries.find((c) => c.country === 'AUS')?.genomes ?? 0;
        },
        { timeout: 100_000, interval: 2_000 },
      )
      .toBe(seededAustralian);
    // Of those, the ones the engine gave a clade make the chart (a genome too incomplete for a clade is left out).
    const clades = (await (await fetch(`${k.app.url}/api/research/trends/clades?country=AUS&period=month`)).json()) as { periods: { total: number }[] };
    const withClade = clades.periods.reduce((sum, p) => sum + p.total, 0);
    expect(withClade).toBeGreaterThan(seededAustralian * 0.9);
    await k.page.goto(`${k.app.url}/research/trends`);
    await k.page.getByRole('textbox', { name: 'Country' }).click();
    await k.page.getByRole('option', { name: /^Australia/ }).click();
    const chart = k.page.locator('[data-testid=variant-chart][data-country=AUS]');
    await chart.waitFor();
    expect(await chart.getAttribute('data-genomes')).toBe(String(withClade));
    await k.page.getByTestId('variant-summary').getByText(`${withClade} analysed genomes`, { exact: false }).waitFor();
    // The map of S:D614G in the latest month, and where it was first seen.
    await k.page.getByTestId('mutation-map').waitFor();
    await k.page.getByTestId('mutation-sightings').getByRole('cell', { name: 'Australia' }).waitFor();
  });

  it('publishes a researcher’s proposed edit once an expert accepts it', async () => {
    await k.page.goto(`${k.app.url}/login?next=%2Fresearch%2Fvaccines`);
    await k.logIn(RESEARCHER.email, RESEARCHER.password);
    await k.page.waitForURL(/\/research\/vaccines$/);
    const row = k.page.getByTestId('vaccine-row').filter({ hasText: 'Ad5-nCoV' });
    await row.getByRole('button', { name: 'Propose an edit' }).click();
    const record = k.page.getByRole('textbox', { name: 'Record (JSON)' });
    const edited = (await record.inputValue()).replace('"partners": [', '"partners": [{ "name": "Example partner institute", "country": "PER" }, ');
    await record.fill(edited);
    await k.page.getByRole('textbox', { name: 'Comment for the moderator' }).fill('adds a partner');
    await k.page.getByRole('button', { name: 'Send the proposal' }).click();
    await k.page.getByTestId('vaccine-proposal-sent').waitFor();
    await k.page.getByRole('button', { name: 'Close' }).click();
    await k.page.getByTestId('vaccine-proposal').getByText('Edit of Ad5-nCoV').waitFor();

    const expert = await k.signedIn(EXPERT, '/research/vaccines');
    const proposal = expert.page.getByTestId('vaccine-proposal').filter({ hasText: 'Edit of Ad5-nCoV' });
    await proposal.getByRole('button', { name: 'Publish' }).click();
    await expert.page.getByTestId('vaccines-table').getByText('Example partner institute (PER)', { exact: false }).waitFor();
  });
});
