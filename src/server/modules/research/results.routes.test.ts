import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { parseCitations } from './results-formats';
import { readResultsSeed, seedResults } from './results.seed';
import { earlyTrialRecord } from './results.test-support';

// The research-results exchange through the API, on both databases: moderation and who sees what, versions,
// withdrawal, facets in English and Chinese, the comparison of one intervention's trials, the open formats.
describeEachDialect('research results API', (getDb) => {
  let t: TestApp;
  let researcher: TestClient;
  let other: TestClient;
  let moderator: TestClient;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    expect(await seedResults(t.services.research.results)).toEqual({ results: readResultsSeed().length });
    researcher = await t.signIn('researcher');
    other = await t.signIn('researcher');
    moderator = await t.signIn('expert');
  });
  afterAll(() => t.close());

  const ids = async (query: string, client = t.anonymous) => {
    const res = await client.request('GET', `/api/research/results?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ results: { id: number; title: string }[] }>().results.map((r) => r.title);
  };

  it('finds the seeded results by facet and by text in English and Chinese', async () => {
    expect(await ids('intervention=dexamethasone')).toEqual(['Effect of Dexamethasone on Days Alive and Ventilator-Free in Patients With Moderate or Severe Acute Respiratory Distress Syndrome and COVID-19: The CoDEX Randomized Clinical Trial', 'Dexamethasone in Hospitalized Patients with Covid-19']);
    expect(await ids('intervention=corticosteroids&country=FRA')).toHaveLength(2); // REMAP-CAP (trial country) and CAPE COVID
    expect(await ids('kind=paper')).toEqual(['A new coronavirus associated with human respiratory disease in China']);
    expect(await ids('phase=2/3')).toEqual(['Dexamethasone in Hospitalized Patients with Covid-19']);
    expect(await ids('from=2020-09&to=2020-09&intervention=hydrocortisone')).toHaveLength(2);
    expect(await ids('to=2020-04')).toEqual(['Remdesivir in adults with severe COVID-19: a randomised, double-blind, placebo-controlled, multicentre trial', 'A new coronavirus associated with human respiratory disease in China']);
    expect(await ids(`q=${encodeURIComponent('地塞米松')}`)).toEqual(['Dexamethasone in Hospitalized Patients with Covid-19']);
    expect(await ids(`q=${encodeURIComponent('瑞德')}`)).toHaveLength(1); // two characters: scanned, not the trigram index
    expect(await ids('q=ISRCTN50189673')).toHaveLength(1);
    expect(await ids('q=REMDESIVIR&country=CHN')).toHaveLength(1);
    expect(await ids('q=dexa*')).toEqual([]); // FTS syntax is text
    expect(await ids('q=22.9%25')).toEqual(['Dexamethasone in Hospitalized Patients with Covid-19']); // and so is LIKE's
    const page = (await t.anonymous.request('GET', '/api/research/results?intervention=remdesivir')).json();
    expect(page.total).toBe(2);
    expect(page.facets.country).toContainEqual({ value: 'CHN', count: 1 });
    expect(page.facets.kind).toEqual([{ value: 'trial-result', count: 2 }]);
  });

  it('keeps a submission hidden until a moderator publishes it, and audits the moderation', async () => {
    const submitted = await researcher.request('POST', '/api/research/results', { record: earlyTrialRecord('Inhaled budesonide early trial') });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { id, status, version } = submitted.json();
    expect(status).toBe('pending');
    for (const client of [t.anonymous, other]) expect((await client.request('GET', `/api/research/results/${id}`)).statusCode).toBe(404);
    expect((await t.anonymous.request('GET', `/api/research/results/${id}/cite?format=bibtex`)).statusCode).toBe(404);
    expect((await researcher.request('GET', `/api/research/results/${id}`)).json().record.title).toBe('Inhaled budesonide early trial');
    expect(await ids('intervention=budesonide')).toEqual([]);
    expect((await researcher.request('POST', `/api/research/results/${id}/versions/${version}/publish`, {})).statusCode).toBe(403);
    const queue = (await moderator.request('GET', '/api/research/results/pending')).json().pending;
    expect(queue.map((p: { id: number }) => p.id)).toContain(id);
    const published = await moderator.request('POST', `/api/research/results/${id}/versions/${version}/publish`, { note: 'checked registry' });
    expect(published.json()).toMatchObject({ status: 'published', version: 1 });
    expect((await moderator.request('POST', `/api/research/results/${id}/versions/${version}/reject`, {})).statusCode).toBe(409);
    expect(await ids('intervention=budesonide&phase=2')).toEqual(['Inhaled budesonide early trial']);
    expect((await t.anonymous.request('GET', `/api/research/results/${id}`)).statusCode).toBe(200);
    const log = await t.services.audit.list({ entityType: 'research_result', entityId: String(id), limit: 10, offset: 0 });
    expect(log.entries.map((e) => e.action).sort()).toEqual(['research.result.publish', 'research.result.submit']);
    expect(log.entries.find((e) => e.action === 'research.result.publish')!.summary).toMatchObject({ version: 1, correction: false, note: 'checked registry' });
  });

  it('publishes a correction as a new version, and withdraws with a notice that stays readable', async () => {
    const { id } = (await researcher.request('POST', '/api/research/results', { record: earlyTrialRecord('Corrected trial') })).json();
    await moderator.request('POST', `/api/research/results/${id}/versions/1/publish`, {});
    const corrected = earlyTrialRecord('Corrected trial', { abstract: 'Corrected arm sizes.' });
    expect((await other.request('POST', `/api/research/results/${id}/versions`, { record: corrected })).statusCode).toBe(404);
    const v2 = await researcher.request('POST', `/api/research/results/${id}/versions`, { record: corrected, changeNote: 'arm sizes' });
    expect(v2.statusCode, v2.body).toBe(201);
    expect((await researcher.request('POST', `/api/research/results/${id}/versions`, { record: corrected })).statusCode).toBe(409);
    // The public still reads version 1, and does not see the pending one.
    const publicView = (await t.anonymous.request('GET', `/api/research/results/${id}`)).json();
    expect([publicView.version, publicView.versions.map((v: { version: number }) => v.version)]).toEqual([1, [1]]);
    await moderator.request('POST', `/api/research/results/${id}/versions/2/publish`, {});
    const after = (await t.anonymous.request('GET', `/api/research/results/${id}`)).json();
    expect(after.record.abstract).toBe('Corrected arm sizes.');
    expect(after.versions.map((v: { status: string }) => v.status)).toEqual(['superseded', 'published']);
    expect((await t.anonymous.request('GET', `/api/research/results/${id}?version=1`)).json().record.abstract).toContain('inhaled corticosteroid');

    const withdrawn = await researcher.request('POST', `/api/research/results/${id}/withdraw`, { notice: 'Data entry error in the control arm.' });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawal: { notice: 'Data entry error in the control arm.' } });
    expect((await t.anonymous.request('GET', `/api/research/results/${id}`)).json().withdrawal.notice).toBe('Data entry error in the control arm.');
    expect((await researcher.request('POST', `/api/research/results/${id}/withdraw`, { notice: 'again' })).statusCode).toBe(409);
    const log = await t.services.audit.list({ entityType: 'research_result', entityId: String(id), limit: 10, offset: 0 });
    expect(log.entries.map((e) => e.action).sort()).toEqual(['research.result.correct', 'research.result.publish', 'research.result.publish', 'research.result.submit', 'research.result.withdraw']);
  });

  it('answers 400 at the field for a malformed record, 422 for an unknown genome and 409 for a known DOI', async () => {
    const bad = earlyTrialRecord('Bad', { registryIds: ['NCT123', 'ISRCTN5018967'], doi: 'doi 10.1/x' });
    const res = await researcher.request('POST', '/api/research/results', { record: bad });
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { path: string; message: string }[];
    expect(details.map((d) => d.path).sort()).toEqual(['body.record.doi', 'body.record.registryIds.0', 'body.record.registryIds.1']);
    expect(details.find((d) => d.path === 'body.record.registryIds.0')!.message).toMatch(/NCT and 8 digits/);
    // The checks across fields (core/results/check-result.ts) once each field has its form.
    const interval = earlyTrialRecord('Bad', { trial: { ...earlyTrialRecord('x').trial!, outcomes: [{ name: 'o', primary: true, measure: 'risk-ratio', estimate: 2, lower: 0.5, upper: 1.5, level: 0.95 }] } });
    const crossed = await researcher.request('POST', '/api/research/results', { record: interval });
    expect(crossed.json().error.details.map((d: { path: string }) => d.path)).toEqual(['body.record.trial.outcomes.0.estimate']);
    const genome = await researcher.request('POST', '/api/research/results', { record: earlyTrialRecord('Genome link', { genomes: [987654] }) });
    expect([genome.statusCode, genome.json().error.details[0].path]).toEqual([422, 'body.record.genomes.0']);
    const dup = await researcher.request('POST', '/api/research/results', { record: earlyTrialRecord('Dup', { doi: 'https://doi.org/10.1056/nejmoa2021436' }) });
    expect([dup.statusCode, dup.json().error.details[0].path]).toEqual([409, 'body.record.doi']);
  });

  it('puts the trials of one intervention side by side', async () => {
    const res = (await t.anonymous.request('GET', '/api/research/results/compare?intervention=corticosteroids&primaryOnly=true')).json();
    const registries = res.outcomes.map((o: { registryId: string }) => o.registryId);
    expect(registries).toEqual(expect.arrayContaining(['ISRCTN50189673', 'NCT04327401', 'NCT02735707', 'NCT02517489', 'ChiCTR2000029308']));
    expect(res.outcomes.find((o: { registryId: string }) => o.registryId === 'ISRCTN50189673')).toMatchObject({ measure: 'rate-ratio', estimate: 0.83, direction: 'below', participants: 6425 });
    expect((await t.anonymous.request('GET', '/api/research/results/compare?intervention=x')).statusCode).toBe(400);
  });

  it('exports BibTeX, RIS and CSL-JSON that read back to the same fields, and CSV', async () => {
    const query = 'intervention=dexamethasone';
    const csl = (await t.anonymous.request('GET', `/api/research/results/export?format=csl&${query}`)).json<Record<string, unknown>[]>();
    expect(csl).toHaveLength(2);
    const key = (item: Record<string, unknown>) => ({
      title: item.title,
      DOI: item.DOI,
      URL: item.URL,
      issued: item.issued,
      author: (item.author as { literal?: string; family?: string; given?: string }[]).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', ')),
    });
    for (const format of ['bibtex', 'ris'] as const) {
      const res = await t.anonymous.request('GET', `/api/research/results/export?format=${format}&${query}`);
      expect(res.headers['content-disposition']).toMatch(format === 'bibtex' ? /\.bib"/ : /\.ris"/);
      const back = parseCitations(res.body, format);
      expect(back.map(key)).toEqual(csl.map(key));
    }
    const ris = parseCitations((await t.anonymous.request('GET', `/api/research/results/export?format=ris&${query}`)).body, 'ris');
    expect(ris.map((i) => [i.abstract, i.language])).toEqual(csl.map((i) => [i.abstract, i.language]));
    const csv = (await t.anonymous.request('GET', `/api/research/results/export?format=csv&${query}`)).body.trimEnd().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[0]!.startsWith('id,kind,title')).toBe(true);
  });

  it('serves an Atom feed of the newest publications', async () => {
    const res = await t.anonymous.request('GET', '/api/research/results/feed.atom');
    expect(res.headers['content-type']).toMatch(/application\/atom\+xml/);
    expect(res.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(res.body).toContain('Inhaled budesonide early trial');
    expect(res.body).not.toContain('Corrected trial'); // withdrawn
  });

  it('imports DOIs and RIS/BibTeX as drafts of their importer, or nothing with each problem’s entry and line', async () => {
    const dois = await researcher.request('POST', '/api/research/results/import', { format: 'doi', text: '10.1000/example.1\n10.1056/NEJMoa2021436\n' });
    expect(dois.statusCode, dois.body).toBe(201);
    expect(dois.json().created).toHaveLength(1);
    expect(dois.json().skipped).toEqual([{ entry: 2, reason: expect.stringContaining('already has DOI') }]);
    const draftId = dois.json().created[0];
    expect((await researcher.request('GET', `/api/research/results/${draftId}`)).json()).toMatchObject({ status: 'draft', record: null, stub: { doi: '10.1000/example.1' } });
    expect((await other.request('GET', `/api/research/results/${draftId}`)).statusCode).toBe(404);
    // Completing the draft submits it for moderation.
    const completed = await researcher.request('POST', `/api/research/results/${draftId}/versions`, { record: earlyTrialRecord('Completed import', { doi: '10.1000/example.1' }) });
    expect(completed.json()).toMatchObject({ status: 'pending', version: 1 });

    const bib = '@article{a,\n  title = {Imported one},\n  doi = {10.1000/example.2},\n  year = {2020}\n}\n\n@article{b,\n  title = {Broken\n';
    const refused = await researcher.request('POST', '/api/research/results/import', { format: 'bibtex', text: bib });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({ path: 'body.text', message: expect.stringMatching(/^entry 2, line \d+: /) });
    const ris = 'TY  - JOUR\nTI  - Imported RIS\nDO  - 10.1000/example.3\nER  - \nTY  - JOUR\nTI  - Open\n';
    const risRefused = await researcher.request('POST', '/api/research/results/import', { format: 'ris', text: ris });
    expect(risRefused.json().error.details[0].message).toBe('entry 2, line 5: record not closed by “ER  -”');
    const risOk = await researcher.request('POST', '/api/research/results/import', { format: 'ris', text: ris.split('TY  - JOUR\nTI  - Open')[0] });
    expect(risOk.statusCode).toBe(201);
    const mine = (await researcher.request('GET', '/api/research/results/mine')).json().results.map((r: { title: string }) => r.title);
    expect(mine).toEqual(expect.arrayContaining(['Imported RIS', 'Completed import', 'Inhaled budesonide early trial']));
  });
});
