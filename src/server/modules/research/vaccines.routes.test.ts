import { afterAll, beforeAll, expect, it } from 'vitest';
import { VACCINE_ROUTES } from '../../../shared/schemas/research-vaccines';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { readVaccineSeed, seedVaccines } from './vaccines.seed';

describeEachDialect('vaccine tracker API', (getDb) => {
  let t: TestApp;
  let researcher: TestClient;
  let moderator: TestClient;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    expect(await seedVaccines(t.services.research.vaccines)).toEqual({ candidates: readVaccineSeed().length });
    researcher = await t.signIn('researcher');
    moderator = await t.signIn('expert');
  });
  afterAll(() => t.close());

  it('lists the seeded candidates of all five routes publicly, each citing a source, in route order', async () => {
    const res = await t.anonymous.request('GET', '/api/research/vaccines');
    expect(res.statusCode).toBe(200);
    const { candidates } = res.json<{ candidates: { name: string; route: string; developers: { name: string }[]; sources: unknown[] }[] }>();
    expect([...new Set(candidates.map((c) => c.route))]).toEqual([...VACCINE_ROUTES]);
    for (const c of candidates) expect(c.sources.length).toBeGreaterThan(0);
    expect(candidates.find((c) => c.name === 'CoronaVac')).toMatchObject({ route: 'inactivated', developers: [{ name: 'Sinovac Life Sciences', country: 'CHN' }] });
    expect(await seedVaccines(t.services.research.vaccines)).toBeNull(); // seeded once
  });

  it('filters by route, country (developer, partner or trial), phase and text', async () => {
    const names = async (query: string) => (await t.anonymous.request('GET', `/api/research/vaccines?${query}`)).json().candidates.map((c: { name: string }) => c.name);
    expect(await names('route=influenza-virus-vector')).toEqual(['DelNS1-2019-nCoV-RBD-OPT1 (intranasal)']);
    expect(await names('country=BRA')).toEqual(expect.arrayContaining(['CoronaVac', 'ChAdOx1 nCoV-19 (AZD1222)', 'BNT162b2']));
    expect(await names('country=BRA&route=nucleic-acid')).toEqual(['BNT162b2']);
    expect(await names('q=nct04470427')).toEqual(['mRNA-1273']);
    expect(await names('phase=2/3')).toEqual(['ChAdOx1 nCoV-19 (AZD1222)']);
    const bad = await t.anonymous.request('GET', '/api/research/vaccines?route=live-attenuated');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('querystring.route');
  });

  it('publishes a researcher’s edit only when a moderator accepts it, audited', async () => {
    const { candidates } = (await t.anonymous.request('GET', '/api/research/vaccines?q=Ad5-nCoV')).json();
    const { id, slug, updatedAt: _u, ...current } = candidates[0];
    const edited = { ...current, partners: [...current.partners, { name: 'Instituto Nacional de Salud', country: 'PER', role: 'illustrative partner' }] };
    const proposal = await researcher.request('POST', '/api/research/vaccines/proposals', { candidateId: id, candidate: edited, comment: 'add a partner' });
    expect(proposal.statusCode).toBe(201);
    expect(proposal.json()).toMatchObject({ status: 'pending', candidateId: id, proposedBy: researcher.userId });
    // Nothing changes before the review.
    expect((await t.anonymous.request('GET', `/api/research/vaccines/${id}`)).json().partners).toHaveLength(current.partners.length);
    // A researcher may not publish, not even their own.
    expect((await researcher.request('POST', `/api/research/vaccines/proposals/${proposal.json().id}/publish`, {})).statusCode).toBe(403);
    // The moderator sees it among the pending ones and publishes it.
    const pending = (await moderator.request('GET', '/api/research/vaccines/proposals?status=pending')).json().proposals;
    expect(pending.map((p: { id: number }) => p.id)).toContain(proposal.json().id);
    const published = await moderator.request('POST', `/api/research/vaccines/proposals/${proposal.json().id}/publish`, { note: 'checked' });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ id, slug });
    expect((await t.anonymous.request('GET', `/api/research/vaccines/${id}`)).json().partners.at(-1)).toMatchObject({ country: 'PER' });
    expect((await moderator.request('POST', `/api/research/vaccines/proposals/${proposal.json().id}/reject`, {})).statusCode).toBe(409);
    const mine = (await researcher.request('GET', `/api/research/vaccines/proposals/${proposal.json().id}`)).json();
    expect(mine).toMatchObject({ status: 'published', reviewNote: 'checked' });
    const log = await t.services.audit.list({ entityType: 'research_vaccine_candidate', entityId: String(id), limit: 10, offset: 0 });
    expect(log.entries.map((e) => e.action)).toEqual(['research.vaccine.publish']);
    expect(log.entries[0]!.summary).toMatchObject({ proposalId: proposal.json().id, previous: { name: 'Ad5-nCoV' } });
  });

  it('adds a new candidate through a proposal, and refuses a second one of the same name', async () => {
    const [base] = readVaccineSeed();
    const candidate = { ...base!, name: 'Example inactivated candidate', verified: false };
    const first = (await researcher.request('POST', '/api/research/vaccines/proposals', { candidate })).json();
    const second = (await researcher.request('POST', '/api/research/vaccines/proposals', { candidate })).json();
    const rejected = await moderator.request('POST', `/api/research/vaccines/proposals/${second.id}/reject`, { note: 'duplicate' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', reviewNote: 'duplicate' });
    expect((await moderator.request('POST', `/api/research/vaccines/proposals/${first.id}/publish`, {})).statusCode).toBe(200);
    expect((await t.anonymous.request('GET', '/api/research/vaccines?q=Example inactivated')).json().candidates).toHaveLength(1);
    const third = (await researcher.request('POST', '/api/research/vaccines/proposals', { candidate })).json();
    expect((await moderator.request('POST', `/api/research/vaccines/proposals/${third.id}/publish`, {})).statusCode).toBe(409);
    const log = await t.services.audit.list({ entityType: 'research_vaccine_proposal', entityId: String(second.id), limit: 10, offset: 0 });
    expect(log.entries.map((e) => e.action).sort()).toEqual(['research.vaccine.propose', 'research.vaccine.reject']);
  });

  it('answers 400 at the field for a malformed proposal, and 401/403 to callers who may not propose', async () => {
    const [base] = readVaccineSeed();
    const bad = { ...base!, route: 'live-attenuated', trials: [{ ...base!.trials[0]!, registryId: 'NCT123' }], sources: [] };
    const res = await researcher.request('POST', '/api/research/vaccines/proposals', { candidate: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path).sort()).toEqual(['body.candidate.route', 'body.candidate.sources', 'body.candidate.trials.0.registryId']);
    expect((await t.anonymous.request('POST', '/api/research/vaccines/proposals', { candidate: base })).statusCode).toBe(401);
    expect((await (await t.signIn('citizen')).request('POST', '/api/research/vaccines/proposals', { candidate: base })).statusCode).toBe(403);
    expect((await researcher.request('POST', '/api/research/vaccines/proposals', { candidateId: 999999, candidate: base })).statusCode).toBe(404);
  });
});
