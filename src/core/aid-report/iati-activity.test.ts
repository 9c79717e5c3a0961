import { describe, expect, it } from 'vitest';
import { escapeXml, iatiActivity, iatiMissionActivity, type IatiConsignment, type IatiMission } from './iati-activity';

const publisher = { ref: 'XX-TEST', name: 'Test & Co', type: '10', currency: 'USD' };
const consignment: IatiConsignment = {
  batchNumber: 2,
  batchDate: '2020-04-01',
  approvedAt: '2020-04-02T10:00:00.000Z',
  dispatchedOn: '2020-04-05',
  receivedOn: null,
  cancelled: false,
  partner: { id: 'KEN', kind: 'country', iso2: 'KE', nameEn: 'Kenya', nameZh: '肯尼亚', acronym: null },
  lines: [
    { itemNameEn: 'Gloves <nitrile>', quantity: 2000, packs: 2, value: 100 },
    { itemNameEn: 'Masks', quantity: 500, packs: 1, value: null },
  ],
};

describe('iatiActivity', () => {
  it('escapes text, sums the known values and says which are left out', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    const xml = iatiActivity(publisher, consignment, '2020-05-01T00:00:00Z');
    expect(xml).toContain('<narrative>Test &amp; Co</narrative>');
    expect(xml).toContain('Gloves &lt;nitrile&gt;: 2000 (2 packs)');
    expect(xml).toContain('leaves out 1 item(s)');
    expect(xml.match(/>100\.00<\/value>/g)).toHaveLength(2);
  });

  it('commits at approval, disburses at dispatch, and ends at the confirmed receipt', () => {
    const open = iatiActivity(publisher, consignment, '2020-05-01T00:00:00Z');
    expect(open).toContain('<activity-status code="2"/>');
    expect(open).toContain('<transaction-type code="3"/><transaction-date iso-date="2020-04-05"/>');
    const done = iatiActivity(publisher, { ...consignment, receivedOn: '2020-04-09' }, '2020-05-01T00:00:00Z');
    expect(done).toContain('<activity-status code="3"/>');
    expect(done).toContain('<activity-date type="4" iso-date="2020-04-09"/>');
    const cancelled = iatiActivity(publisher, { ...consignment, cancelled: true }, '2020-05-01T00:00:00Z');
    expect(cancelled).toContain('<activity-status code="5"/>');
    expect(cancelled).not.toContain('<transaction-type code="3"/>');
  });
});

describe('iatiMissionActivity', () => {
  const mission: IatiMission = {
    id: 7,
    kind: 'remote',
    objectives: ['prevention-control'],
    places: '',
    startDate: '2020-04-10',
    endDate: '2020-04-10',
    status: 'completed',
    experts: 3,
    partner: { id: 'ORG-WHO', kind: 'organisation', iso2: null, nameEn: 'World Health Organization', nameZh: '世界卫生组织', acronym: 'WHO' },
  };

  it('reports a completed consultation with its actual dates, to the organisation, with no money', () => {
    const xml = iatiMissionActivity(publisher, mission, '2020-05-01T00:00:00Z');
    expect(xml).toContain('<iati-identifier>XX-TEST-M7</iati-identifier>');
    expect(xml).toContain('remote consultation to World Health Organization (WHO)');
    expect(xml).toContain('<activity-status code="3"/>');
    expect(xml).toContain('<activity-date type="2" iso-date="2020-04-10"/>');
    expect(xml).toContain('<activity-date type="4" iso-date="2020-04-10"/>');
    expect(xml).toContain('<participating-org role="4" type="40">');
    expect(xml).not.toContain('<recipient-country');
    expect(xml).not.toContain('<transaction>');
  });

  it('has planned dates only until the mission is under way, and status 5 once cancelled', () => {
    const planned = iatiMissionActivity(publisher, { ...mission, status: 'planned' }, '2020-05-01T00:00:00Z');
    expect(planned).toContain('<activity-status code="1"/>');
    expect(planned).not.toMatch(/activity-date type="[24]"/);
    expect(iatiMissionActivity(publisher, { ...mission, status: 'cancelled' }, 'x')).toContain('<activity-status code="5"/>');
  });
});
