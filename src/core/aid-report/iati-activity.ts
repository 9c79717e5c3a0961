// IATI 2.03 activity XML (https://iatistandard.org/en/iati-standard/203/activity-standard/) for the aid
// module: one activity per batch consignment to one partner (docs/decisions/037). Pure text building:
// the server streams the header, one activity at a time, and the footer.

/** The COVID-19 GLIDE number, for humanitarian-scope (vocabulary 1-2: GLIDE). */
export const COVID19_GLIDE = 'EP-2020-000012-001';
/** DAC 5-digit sector 12264: COVID-19 control. */
export const DAC_SECTOR_COVID19 = '12264';

export interface IatiPublisher {
  /** The reporting organisation's IATI identifier, prefix of every activity identifier. */
  ref: string;
  name: string;
  /** IATI OrganisationType code, e.g. 10 government. */
  type: string;
  currency: string;
}

export interface IatiLine {
  itemNameEn: string;
  quantity: number;
  packs: number;
  /** Money value of the line in the publisher's currency; null when the item has no unit value. */
  value: number | null;
}

export interface IatiConsignment {
  batchNumber: number;
  batchDate: string;
  /** Approval timestamp (ISO): the commitment's date. */
  approvedAt: string;
  /** Dispatch and receipt days (YYYY-MM-DD) once known: a disbursement, and the activity's end. */
  dispatchedOn: string | null;
  receivedOn: string | null;
  cancelled: boolean;
  partner: { id: string; kind: 'country' | 'organisation'; iso2: string | null; nameEn: string; nameZh: string; acronym: string | null };
  lines: IatiLine[];
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
const narrative = (text: string, lang?: string) => `<narrative${lang ? ` xml:lang="${lang}"` : ''}>${escapeXml(text)}</narrative>`;
const day = (iso: string) => iso.slice(0, 10);
const money = (x: number) => (Math.round(x * 100) / 100).toFixed(2);

export function iatiHeader(generatedAt: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${escapeXml(generatedAt)}">\n`;
}
export const IATI_FOOTER = '</iati-activities>\n';

/** The identifier of a consignment's activity: the publisher's, the batch number and the partner. */
export const iatiIdentifier = (publisher: IatiPublisher, c: Pick<IatiConsignment, 'batchNumber' | 'partner'>) => `${publisher.ref}-B${c.batchNumber}-${c.partner.id}`;

/** One `iati-activity`, its elements in the order the 2.03 schema's sequence requires. */
export function iatiActivity(publisher: IatiPublisher, c: IatiConsignment, lastUpdated: string): string {
  const org = (tag: string, attrs: string) => `<${tag} ${attrs}>${narrative(publisher.name)}</${tag}>`;
  const receiverName = c.partner.acronym ? `${c.partner.nameEn} (${c.partner.acronym})` : c.partner.nameEn;
  const valued = c.lines.filter((l) => l.value !== null);
  const value = valued.reduce((sum, l) => sum + (l.value as number), 0);
  const goods = c.lines.map((l) => `${l.itemNameEn}: ${l.quantity} (${l.packs} packs)`).join('; ');
  const unvalued = c.lines.length - valued.length;
  const note = unvalued > 0 ? ` The value leaves out ${unvalued} item(s) with no unit value recorded.` : '';
  // Status: 2 implementation, 3 finalisation once the receipt is confirmed, 5 cancelled.
  const status = c.cancelled ? '5' : c.receivedOn ? '3' : '2';
  const transaction = (code: string, date: string, text: string) =>
    [
      '<transaction>',
      `<transaction-type code="${code}"/>`,
      `<transaction-date iso-date="${date}"/>`,
      `<value currency="${escapeXml(publisher.currency)}" value-date="${date}">${money(value)}</value>`,
      `<description>${narrative(text)}</description>`,
      org('provider-org', `ref="${escapeXml(publisher.ref)}" type="${escapeXml(publisher.type)}"`),
      `<receiver-org${c.partner.kind === 'organisation' ? ' type="40"' : ''}>${narrative(receiverName)}</receiver-org>`,
      '</transaction>',
    ].join('');
  const parts = [
    `<iati-activity last-updated-datetime="${escapeXml(lastUpdated)}" xml:lang="en" default-currency="${escapeXml(publisher.currency)}" humanitarian="1">`,
    `<iati-identifier>${escapeXml(iatiIdentifier(publisher, c))}</iati-identifier>`,
    org('reporting-org', `ref="${escapeXml(publisher.ref)}" type="${escapeXml(publisher.type)}"`),
    `<title>${narrative(`COVID-19 material assistance, batch ${c.batchNumber}, to ${receiverName}`)}${narrative(`抗击新冠肺炎物资援助 第${c.batchNumber}批 ${c.partner.nameZh}`, 'zh')}</title>`,
    `<description type="1">${narrative(`In-kind supplies: ${goods}.${note}`)}</description>`,
    org('participating-org', `ref="${escapeXml(publisher.ref)}" role="1" type="${escapeXml(publisher.type)}"`),
    `<participating-org role="4"${c.partner.kind === 'organisation' ? ' type="40"' : ''}>${narrative(receiverName)}</participating-org>`,
    `<activity-status code="${status}"/>`,
    `<activity-date type="1" iso-date="${c.batchDate}"/>`,
    `<activity-date type="2" iso-date="${day(c.approvedAt)}"/>`,
    ...(c.receivedOn ? [`<activity-date type="4" iso-date="${c.receivedOn}"/>`] : []),
    ...(c.partner.kind === 'country' && c.partner.iso2 ? [`<recipient-country code="${escapeXml(c.partner.iso2)}" percentage="100"/>`] : []),
    `<sector vocabulary="1" code="${DAC_SECTOR_COVID19}" percentage="100"/>`,
    `<humanitarian-scope type="1" vocabulary="1-2" code="${COVID19_GLIDE}">${narrative('COVID-19 pandemic')}</humanitarian-scope>`,
    '<collaboration-type code="1"/>',
    '<default-flow-type code="10"/>',
    '<default-finance-type code="110"/>',
    // Commitment at approval; disbursement when the goods leave.
    transaction('2', day(c.approvedAt), `Batch ${c.batchNumber} approved`),
    ...(c.dispatchedOn && !c.cancelled ? [transaction('3', c.dispatchedOn, `Batch ${c.batchNumber} dispatched`)] : []),
    '</iati-activity>\n',
  ];
  return parts.join('\n');
}

export interface IatiMission {
  id: number;
  kind: 'in-country' | 'remote';
  objectives: string[];
  places: string;
  startDate: string;
  endDate: string;
  status: 'planned' | 'under-way' | 'completed' | 'cancelled';
  experts: number;
  partner: IatiConsignment['partner'];
}

const OBJECTIVE_TEXT: Record<string, string> = {
  'prevention-control': 'prevention and control',
  clinical: 'clinical diagnosis and treatment',
  community: 'community management',
};

/** The identifier of an expert mission's activity: the publisher's, M and the mission's id. */
export const iatiMissionIdentifier = (publisher: IatiPublisher, m: Pick<IatiMission, 'id'>) => `${publisher.ref}-M${m.id}`;

/**
 * One `iati-activity` for an expert mission or remote consultation (docs/decisions/037): technical assistance
 * (aid type D02) with no money transaction, since Concord records the experts' days and not their cost. Its
 * dates are planned until the mission is under way, actual after.
 */
export function iatiMissionActivity(publisher: IatiPublisher, m: IatiMission, lastUpdated: string): string {
  const org = (tag: string, attrs: string) => `<${tag} ${attrs}>${narrative(publisher.name)}</${tag}>`;
  const receiverName = m.partner.acronym ? `${m.partner.nameEn} (${m.partner.acronym})` : m.partner.nameEn;
  const what = m.kind === 'remote' ? 'remote consultation' : 'expert mission';
  const objectives = m.objectives.map((o) => OBJECTIVE_TEXT[o] ?? o).join(', ');
  // Status: 1 pipeline (planned), 2 implementation, 3 finalisation, 5 cancelled.
  const status = { planned: '1', 'under-way': '2', completed: '3', cancelled: '5' }[m.status];
  const started = m.status === 'under-way' || m.status === 'completed';
  const parts = [
    `<iati-activity last-updated-datetime="${escapeXml(lastUpdated)}" xml:lang="en" default-currency="${escapeXml(publisher.currency)}" humanitarian="1">`,
    `<iati-identifier>${escapeXml(iatiMissionIdentifier(publisher, m))}</iati-identifier>`,
    org('reporting-org', `ref="${escapeXml(publisher.ref)}" type="${escapeXml(publisher.type)}"`),
    `<title>${narrative(`COVID-19 technical assistance, ${what} to ${receiverName}`)}${narrative(`抗击新冠肺炎技术援助 ${m.kind === 'remote' ? '远程会诊' : '专家组'} ${m.partner.nameZh}`, 'zh')}</title>`,
    `<description type="1">${narrative(`A team of ${m.experts} expert(s), ${m.startDate} to ${m.endDate}: ${objectives}.${m.places ? ` Places: ${m.places}.` : ''}`)}</description>`,
    org('participating-org', `ref="${escapeXml(publisher.ref)}" role="1" type="${escapeXml(publisher.type)}"`),
    `<participating-org role="4"${m.partner.kind === 'organisation' ? ' type="40"' : ''}>${narrative(receiverName)}</participating-org>`,
    `<activity-status code="${status}"/>`,
    `<activity-date type="1" iso-date="${m.startDate}"/>`,
    ...(started ? [`<activity-date type="2" iso-date="${m.startDate}"/>`] : []),
    `<activity-date type="3" iso-date="${m.endDate}"/>`,
    ...(m.status === 'completed' ? [`<activity-date type="4" iso-date="${m.endDate}"/>`] : []),
    ...(m.partner.kind === 'country' && m.partner.iso2 ? [`<recipient-country code="${escapeXml(m.partner.iso2)}" percentage="100"/>`] : []),
    `<sector vocabulary="1" code="${DAC_SECTOR_COVID19}" percentage="100"/>`,
    `<humanitarian-scope type="1" vocabulary="1-2" code="${COVID19_GLIDE}">${narrative('COVID-19 pandemic')}</humanitarian-scope>`,
    '<collaboration-type code="1"/>',
    '<default-flow-type code="10"/>',
    '<default-finance-type code="110"/>',
    '<default-aid-type code="D02" vocabulary="1"/>',
    '</iati-activity>\n',
  ];
  return parts.join('\n');
}
