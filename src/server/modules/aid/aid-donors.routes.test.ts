import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanRun } from '../../../shared/schemas/aid';
import type { DonorImport, PartnerDonors } from '../../../shared/schemas/aid-donors';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { seedAidCatalogue } from './aid.seed';

// Other donors over HTTP on both databases: a malformed IATI file is refused at its line and column with
// nothing stored; a good one and an FTS-like CSV are stored, audited, and netted from Kenya's demand in the
// next plan with each donor shown; the same file twice is refused; the multi-donor view puts the agency's
// batch beside them and flags the request line they all cover; focal points reach none of it.

const iati = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
 <iati-activity humanitarian="1">
  <iati-identifier>XM-DAC-7-KE-1</iati-identifier>
  <reporting-org ref="XM-DAC-7" type="10"><narrative>Donor B</narrative></reporting-org>
  <recipient-country code="KE" percentage="100"/>
  <result type="1"><indicator measure="1"><title><narrative>Examination gloves</narrative></title>
   ${body}
  </indicator></result>
 </iati-activity>
</iati-activities>
`;
const GOOD = iati('<period><period-start iso-date="2026-11-01"/><period-end iso-date="2026-11-25"/><target value="10000"/><actual value="4000"/></period>');
const MALFORMED = iati('<period><period-start iso-date="2026-11-01"/><period-end iso-date="2026-11-25"/><target value="10000"><actual value="4000"/></period>');
const CSV = 'Flow ID,Source organization,Destination location,item,quantity,Flow status,date\nFTS-9,Donor C,KEN,gloves,2000,pledge,2026-12-05\n';

describeEachDialect('aid other donors', (getDb) => {
  let t: TestApp;
  let coordinator: TestClient;
  let ken: TestClient;

  const upload = (client: TestClient, format: string, payload: string, type: string, fileName = `f.${format}`) =>
    t.app.inject({
      method: 'POST',
      url: `/api/aid/donor-imports?format=${format}&fileName=${fileName}`,
      headers: { cookie: client.cookie!, 'x-csrf-token': client.csrfToken!, 'content-type': type },
      payload,
    });
  const flowCount = async () => Number((await t.services.db.selectFrom('aid_donor_flows').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock: () => new Date('2026-11-20T09:00:00Z') });
    await seedAidCatalogue(t.services.db, t.services.clock);
    coordinator = await t.signIn('coordinator');
    ken = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    expect((await coordinator.request('PUT', '/api/aid/supply/gloves', { stockOnHand: 100_000, weeklyIncoming: 0, committed: 0, reserveFloor: 0 })).statusCode).toBe(200);
    const filed = await ken.request('POST', '/api/aid/partners/KEN/requests', { neededBy: '2026-12-31', justification: 'clinics short', lines: [{ item: 'gloves', quantity: 20_000 }], submit: true });
    expect(filed.statusCode, filed.body).toBe(201);
  });
  afterAll(() => t.close());

  it('refuses a malformed IATI file at its line and column and stores nothing', async () => {
    const res = await upload(coordinator, 'iati', MALFORMED, 'application/xml');
    expect(res.statusCode, res.body).toBe(422);
    const error = res.json().error;
    expect(error.key).toBe('aid.donor-file-refused');
    expect(error.params).toMatchObject({ format: 'iati', line: 8 });
    expect(error.params.column).toBeGreaterThan(0);
    expect(error.details[0]).toMatchObject({ path: 'file', message: expect.stringMatching(/^line 8, column \d+: /) });
    expect((await coordinator.request('GET', '/api/aid/donor-imports')).json().imports).toEqual([]);
    expect(await flowCount()).toBe(0);
  });

  it('refuses a CSV with a bad cell at its line and column, and a body that is not a file', async () => {
    const res = await upload(coordinator, 'fts', CSV.replace('2000', 'lots'), 'text/csv');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.params).toMatchObject({ format: 'fts', line: 2, column: 5 });
    expect((await coordinator.request('POST', '/api/aid/donor-imports?format=iati', { not: 'a file' })).statusCode).toBe(400);
    expect(await flowCount()).toBe(0);
  });

  it('imports the IATI file and the CSV, audited; the same file twice is 409; focal points may not', async () => {
    expect((await upload(ken, 'iati', GOOD, 'application/xml')).statusCode).toBe(403);
    const res = await upload(coordinator, 'iati', GOOD, 'application/xml', 'donor-b.xml');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<DonorImport>()).toMatchObject({ format: 'iati', fileName: 'donor-b.xml', activities: 1, flows: 2, donors: ['Donor B'], skippedUnknownPartner: 0, importedBy: expect.stringContaining('coordinator') });
    const again = await upload(coordinator, 'iati', GOOD, 'application/xml');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.key).toBe('aid.donor-file-repeated');
    const csv = await upload(coordinator, 'fts', CSV, 'text/csv');
    expect(csv.statusCode, csv.body).toBe(201);
    expect(csv.json<DonorImport>()).toMatchObject({ format: 'fts', flows: 1, donors: ['Donor C'] });
    const audited = await t.services.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'aid_donor_import').execute();
    expect(audited.map((a) => a.action)).toEqual(['aid.donor-import.create', 'aid.donor-import.create']);
    expect((await ken.request('GET', '/api/aid/donor-imports')).statusCode).toBe(403);
  });

  it('nets their deliveries and pledges out of the demand in the next plan, each donor shown', async () => {
    const run = (await coordinator.request('POST', '/api/aid/plan', { batchDate: '2026-12-01', items: ['gloves'] })).json<PlanRun>();
    const kenya = run.recipients.find((r) => r.partnerId === 'KEN')!;
    expect(kenya.pledged).toEqual([{ item: 'gloves', quantity: 12_000 }]);
    expect(kenya.pledgedSources).toEqual([
      { item: 'gloves', donor: 'Donor B', kind: 'pledge', origin: 'iati', quantity: 6000 },
      { item: 'gloves', donor: 'Donor B', kind: 'delivery', origin: 'iati', quantity: 4000 },
      { item: 'gloves', donor: 'Donor C', kind: 'pledge', origin: 'fts', quantity: 2000 },
    ]);
    expect(run.plan.allocations).toEqual([{ recipient: 'KEN', item: 'gloves', quantity: 8000, packs: 8 }]);
    const approved = await coordinator.request('POST', '/api/aid/batches', { options: run.options, fingerprint: run.fingerprint, allocations: run.plan.allocations });
    expect(approved.statusCode, approved.body).toBe(201);
  });

  it('shows who gives Kenya what and flags the request line three donors cover', async () => {
    expect((await ken.request('GET', '/api/aid/partners/KEN/donors')).statusCode).toBe(403);
    expect((await coordinator.request('GET', '/api/aid/partners/NOPE/donors')).statusCode).toBe(404);
    const view = (await coordinator.request('GET', '/api/aid/partners/KEN/donors')).json<PartnerDonors>();
    expect(view.items).toEqual([
      {
        item: 'gloves',
        givers: [
          { donor: 'Concord coordinating agency', ours: true, kind: 'allocated', origin: 'batch', quantity: 8000 },
          { donor: 'Donor B', ours: false, kind: 'pledge', origin: 'iati', quantity: 6000 },
          { donor: 'Donor B', ours: false, kind: 'delivery', origin: 'iati', quantity: 4000 },
          { donor: 'Donor C', ours: false, kind: 'pledge', origin: 'fts', quantity: 2000 },
        ],
      },
    ]);
    expect(view.requestLines).toEqual([expect.objectContaining({ item: 'gloves', requested: 20_000, donors: ['Concord coordinating agency', 'Donor B', 'Donor C'], covered: 20_000, overlap: true, overCovered: false })]);
  });

  it('removes an import with its flows, audited', async () => {
    const [latest] = (await coordinator.request('GET', '/api/aid/donor-imports')).json<{ imports: DonorImport[] }>().imports;
    const res = await coordinator.request('DELETE', `/api/aid/donor-imports/${latest!.id}`);
    expect(res.statusCode).toBe(200);
    expect(await flowCount()).toBe(2);
    expect((await coordinator.request('DELETE', `/api/aid/donor-imports/${latest!.id}`)).statusCode).toBe(404);
    const audited = await t.services.db.selectFrom('audit_log').select('action').where('action', '=', 'aid.donor-import.delete').execute();
    expect(audited).toHaveLength(1);
  });
});
