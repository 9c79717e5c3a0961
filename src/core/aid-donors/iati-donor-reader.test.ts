import { describe, expect, it } from 'vitest';
import { createDonorResolver, type DonorFlow } from './donor-flow';
import { createIatiDonorReader } from './iati-donor-reader';

const resolver = createDonorResolver({
  partners: [
    { id: 'KEN', iso3: 'KEN', acronym: null, nameEn: 'Kenya' },
    { id: 'ORG-WHO', iso3: null, acronym: 'WHO', nameEn: 'World Health Organization' },
  ],
  iso2ToIso3: new Map([['KE', 'KEN']]),
  items: [
    { id: 'gloves', nameEn: 'Examination gloves' },
    { id: 'ventilator', nameEn: 'Ventilator' },
  ],
});

const activity = (body: string, id = 'XM-DAC-1-A1') => `<iati-activity><iati-identifier>${id}</iati-identifier>
<reporting-org ref="XM-DAC-1" type="10"><narrative>Donor One</narrative></reporting-org>${body}</iati-activity>`;
const doc = (...activities: string[]) => `<?xml version="1.0"?>\n<iati-activities version="2.03">\n${activities.join('\n')}\n</iati-activities>\n`;
const goods = (title: string, periods: string, code = '') => `<result type="1"><indicator measure="1"><title><narrative>${title}</narrative></title>${code}${periods}</indicator></result>`;
const period = (end: string, target: string | null, actual: string | null) =>
  `<period><period-start iso-date="2026-01-01"/><period-end iso-date="${end}"/>${target === null ? '' : `<target value="${target}"/>`}${actual === null ? '' : `<actual value="${actual}"/>`}</period>`;

function read(xml: string, chunk = 7) {
  const flows: DonorFlow[] = [];
  const reader = createIatiDonorReader(resolver, (f) => flows.push(f));
  for (let i = 0; i < xml.length; i += chunk) reader.write(xml.slice(i, i + chunk));
  const error = reader.close();
  return { flows, error, reader };
}

describe('createIatiDonorReader', () => {
  it('reads delivered (actual) and still pledged (target beyond actual) goods per partner and item, across chunk boundaries', () => {
    const { flows, error, reader } = read(doc(activity(`<recipient-country code="KE" percentage="100"/>${goods('Examination gloves', period('2026-03-31', '10000', '4000'))}`)));
    expect(error).toBeNull();
    expect(reader.activities).toBe(1);
    expect(flows).toEqual([
      { donor: 'Donor One', donorRef: 'XM-DAC-1', partnerId: 'KEN', item: 'gloves', date: '2026-03-31', reference: 'XM-DAC-1-A1', line: 4, kind: 'delivery', quantity: 4000 },
      { donor: 'Donor One', donorRef: 'XM-DAC-1', partnerId: 'KEN', item: 'gloves', date: '2026-03-31', reference: 'XM-DAC-1-A1', line: 4, kind: 'pledge', quantity: 6000 },
    ]);
  });

  it('finds an organisation partner by its acronym and an item by its reference code', () => {
    const xml = doc(activity(`<participating-org role="4"><narrative>WHO</narrative></participating-org>${goods('Mechanical ventilators', period('2026-04-30', '20', null), '<reference vocabulary="99" code="ventilator"/>')}`));
    const { flows, error } = read(xml);
    expect(error).toBeNull();
    expect(flows.map((f) => [f.partnerId, f.item, f.kind, f.quantity])).toEqual([['ORG-WHO', 'ventilator', 'pledge', 20]]);
  });

  it('skips, and counts, activities of other partners and indicators of other goods; money-only activities give nothing', () => {
    const xml = doc(
      activity(`<recipient-country code="FR"/>${goods('Examination gloves', period('2026-03-31', '5', '5'))}`, 'a'),
      activity(`<recipient-country code="KE"/>${goods('Bed nets', period('2026-03-31', '5', '5'))}`, 'b'),
      activity('<recipient-country code="KE"/><transaction><transaction-type code="3"/><value>100</value></transaction>', 'c'),
    );
    const { flows, error, reader } = read(xml);
    expect(error).toBeNull();
    expect(flows).toEqual([]);
    expect(reader.activities).toBe(3);
    expect(reader.skips).toEqual({ unknownPartner: 1, unknownItem: 1 });
  });

  it('refuses XML that is not well formed at its line and column', () => {
    const xml = doc(activity('<recipient-country code="KE">'));
    const { error } = read(xml);
    expect(error).not.toBeNull();
    expect(error!.line).toBe(4);
    expect(error!.column).toBeGreaterThan(0);
  });

  it('refuses a quantity that is not a number, and a date that is not YYYY-MM-DD, at the element', () => {
    const bad = read(doc(activity(`<recipient-country code="KE"/>${goods('gloves', period('2026-03-31', 'many', null))}`)));
    expect(bad.error).toMatchObject({ line: 4, message: expect.stringContaining('expected a quantity') });
    const date = read(doc(activity(`<recipient-country code="KE"/>${goods('gloves', period('31/03/2026', '5', null))}`)));
    expect(date.error).toMatchObject({ line: 4, message: expect.stringContaining('YYYY-MM-DD') });
  });

  it('refuses another kind of document and an empty file', () => {
    expect(read('<rss><channel/></rss>').error).toMatchObject({ line: 1, message: expect.stringContaining('iati-activities') });
    expect(read('').error).not.toBeNull();
  });
});
