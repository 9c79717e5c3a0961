import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AidFiguresSchema } from '../../../shared/schemas/aid-figures';
import type { PlanRun } from '../../../shared/schemas/aid';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { seedAidCatalogue } from './aid.seed';

// The official IATI 2.03 schema (../shared/data/iati), checked by xmllint (Debian's libxml2-utils).
const IATI_SCHEMA = fileURLToPath(new URL('../../../../../shared/data/iati/iati-activities-schema.xsd', import.meta.url));
function xmllint(xml: string): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'iati-')), 'activities.xml');
  writeFileSync(file, xml);
  try {
    return { ok: true, output: execFileSync('xmllint', ['--noout', '--schema', IATI_SCHEMA, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    return { ok: false, output: String((e as { stderr?: string }).stderr ?? e) };
  }
}

// The published figures and the IATI export over HTTP, on both databases: batch 1 (approved on
// 2026-12-01) brings gloves to Kenya and WHO, batch 2 (approved on 2026-12-15) to Uganda.
describeEachDialect('aid figures and IATI export', (getDb) => {
  let t: TestApp;
  let coordinator: TestClient;
  let now = new Date('2026-12-01T09:00:00Z');

  const file = (partnerId: string, quantity: number) =>
    t.services.aid.requests.create(systemActor('test'), partnerId, { neededBy: '2026-12-20', justification: 'wards short', lines: [{ item: 'gloves', quantity }], submit: true });
  async function approveBatch(batchDate: string) {
    const planned = await coordinator.request('POST', '/api/aid/plan', { batchDate, items: ['gloves'] });
    expect(planned.statusCode, planned.body).toBe(200);
    const run = planned.json<PlanRun>();
    const res = await coordinator.request('POST', '/api/aid/batches', { options: run.options, fingerprint: run.fingerprint, allocations: run.plan.allocations });
    expect(res.statusCode, res.body).toBe(201);
  }

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock: () => now });
    await seedAidCatalogue(t.services.db, t.services.clock);
    coordinator = await t.signIn('coordinator');
    // Before any approval there is no activity: the schema refuses a document without one, so the export says so.
    const empty = await coordinator.request('GET', '/api/aid/iati/activities.xml');
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.message).toMatch(/requires at least one activity/);
    expect(xmllint('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03"></iati-activities>\n').ok).toBe(false);
    await coordinator.request('PUT', '/api/aid/supply/gloves', { stockOnHand: 100_000, weeklyIncoming: 0, committed: 0, reserveFloor: 0 });
    await file('KEN', 5000);
    await file('ORG-WHO', 3000);
    await approveBatch('2026-12-01');
    now = new Date('2026-12-15T09:00:00Z');
    coordinator = await t.signIn('coordinator'); // the first session has expired by then
    await file('UGA', 2000);
    await approveBatch('2026-12-15');
  });
  afterAll(() => t.close());

  it('counts countries, organisations and batches approved on or before the date, with the material part from pack data', async () => {
    const early = await coordinator.request('GET', '/api/aid/figures?date=2026-12-10');
    expect(early.statusCode, early.body).toBe(200);
    const f = AidFiguresSchema.parse(early.json());
    expect(f).toMatchObject({ date: '2026-12-10', countries: 1, organisations: 1, batches: 1 });
    // 8 packs of 1,000 gloves at 6.5 kg and 0.03 m³ a pack (the shipped catalogue).
    expect(f.material).toEqual({ items: 1, units: 8000, packs: 8, tonnes: 0.052, cubicMetres: 0.24 });
    expect(f.byBatch.map((b) => b.number)).toEqual([1]);

    const later = AidFiguresSchema.parse((await coordinator.request('GET', '/api/aid/figures?date=2026-12-31')).json());
    expect(later).toMatchObject({ countries: 2, organisations: 1, batches: 2, material: { packs: 10 } });
    expect(later.byMonth).toEqual([expect.objectContaining({ month: '2026-12', batches: 2, countries: 2, organisations: 1 })]);
    expect(later.byRegion.find((r) => r.region === 'AFR')).toMatchObject({ countries: 2, packs: 7 });
    expect(later.byItem).toEqual([expect.objectContaining({ item: 'gloves', countries: 2, organisations: 1, packs: 10 })]);

    expect((await coordinator.request('GET', '/api/aid/figures?date=2020-01-01')).json()).toMatchObject({ countries: 0, organisations: 0, batches: 0 });
  });

  it('answers 400 for a bad date and 403 to a focal point; admins may read', async () => {
    expect((await coordinator.request('GET', '/api/aid/figures?date=2026-13-01')).statusCode).toBe(400);
    expect((await coordinator.request('GET', '/api/aid/figures')).statusCode).toBe(400);
    const ken = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    expect((await ken.request('GET', '/api/aid/figures?date=2026-12-31')).statusCode).toBe(403);
    const admin = await t.signIn('admin');
    expect((await admin.request('GET', '/api/aid/figures?date=2026-12-31')).statusCode).toBe(200);
  });

  it('exports one IATI 2.03 activity per batch consignment to one partner, valid against the official schema', async () => {
    await coordinator.request('PATCH', '/api/aid/items/gloves', { unitValue: 0.05 });
    const res = await coordinator.request('GET', '/api/aid/iati/activities.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/xml');
    const xml = res.body;
    const check = xmllint(xml);
    expect(check.output).not.toMatch(/error/i);
    expect(check.ok).toBe(true);
    expect(xml).toMatch(/<iati-activities version="2\.03"/);
    expect(xml.match(/<iati-activity /g)).toHaveLength(3);
    expect(xml.match(/humanitarian="1"/g)).toHaveLength(3);
    expect(xml).toContain('<humanitarian-scope type="1" vocabulary="1-2" code="EP-2020-000012-001">');
    expect(xml).toContain('<sector vocabulary="1" code="12264" percentage="100"/>');
    // Kenya by its country code; WHO as the receiving organisation, with no recipient country.
    const kenya = xml.slice(xml.indexOf('<iati-identifier>XX-CONCORD-B1-KEN<'));
    expect(kenya.slice(0, kenya.indexOf('</iati-activity>'))).toContain('<recipient-country code="KE" percentage="100"/>');
    const who = xml.slice(xml.indexOf('<iati-identifier>XX-CONCORD-B1-ORG-WHO<'));
    const whoActivity = who.slice(0, who.indexOf('</iati-activity>'));
    expect(whoActivity).not.toContain('<recipient-country');
    expect(whoActivity).toMatch(/<receiver-org type="40"><narrative>World Health Organization/);
    // 5,000 gloves at 0.05 committed on the day of approval.
    expect(kenya).toMatch(/<transaction-type code="2"\/>\s*<transaction-date iso-date="2026-12-01"\/>\s*<value currency="USD" value-date="2026-12-01">250\.00<\/value>/);
  });

  it('exports each expert mission as a technical-assistance activity, valid against the official schema', async () => {
    const expert = await t.signIn('expert');
    const team = await coordinator.request('POST', '/api/aid/teams', { name: 'IATI team', members: [{ userId: expert.userId, specialty: 'infection control', languages: ['en'] }] });
    expect(team.statusCode, team.body).toBe(201);
    const mission = await coordinator.request('POST', '/api/aid/missions', { teamId: team.json().id, partnerId: 'KEN', kind: 'in-country', objectives: ['clinical', 'community'], places: 'Nairobi', startDate: '2026-12-16', endDate: '2026-12-30' });
    expect(mission.statusCode, mission.body).toBe(201);
    const xml = (await coordinator.request('GET', '/api/aid/iati/activities.xml')).body;
    const check = xmllint(xml);
    expect(check.output).not.toMatch(/error/i);
    expect(check.ok).toBe(true);
    expect(xml.match(/<iati-activity /g)).toHaveLength(4);
    const activity = xml.slice(xml.indexOf(`<iati-identifier>XX-CONCORD-M${mission.json().id}<`));
    const one = activity.slice(0, activity.indexOf('</iati-activity>'));
    expect(one).toContain('COVID-19 technical assistance, expert mission to Kenya');
    expect(one).toContain('A team of 1 expert(s), 2026-12-16 to 2026-12-30: clinical diagnosis and treatment, community management. Places: Nairobi.');
    expect(one).toContain('<activity-status code="1"/>'); // planned
    expect(one).toContain('<recipient-country code="KE" percentage="100"/>');
    expect(one).toContain('<default-aid-type code="D02" vocabulary="1"/>');
    expect(one).not.toContain('<transaction>');
  });

  it('is refused to a focal point', async () => {
    const ken = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    expect((await ken.request('GET', '/api/aid/iati/activities.xml')).statusCode).toBe(403);
  });

  it('fails the schema check for a document missing what 2.03 requires (the check can fail)', () => {
    expect(xmllint('<?xml version="1.0"?><iati-activities version="2.03"><iati-activity><title/></iati-activity></iati-activities>').ok).toBe(false);
  });
});
