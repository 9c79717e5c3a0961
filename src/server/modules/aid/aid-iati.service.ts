import { Readable } from 'node:stream';
import { iatiActivity, iatiHeader, iatiMissionActivity, IATI_FOOTER, type IatiConsignment, type IatiMission, type IatiPublisher } from '../../../core/aid-report/iati-activity';
import { IatiPublisherSchema } from '../../../shared/schemas/aid-figures';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import { Conflict } from '../../errors';
import type { CountriesService } from '../countries/countries.service';
import { findSetting, listAllocations, listBatches, listItems } from './aid.repo';
import { consignmentDates } from './aid-shipments.repo';
import { listMissions } from './aid-missions.repo';

// The IATI 2.03 activity export (docs/decisions/037): one activity per batch consignment to one partner and
// one per expert mission or remote consultation, streamed one batch at a time so that a long history never
// sits in memory as one string.

/** Until the agency records its own (aid_settings key 'iati'): a placeholder identifier, USD. */
export const DEFAULT_IATI_PUBLISHER: IatiPublisher = { ref: 'XX-CONCORD', name: 'Concord coordinating agency', type: '10', currency: 'USD' };

export function createAidIatiService(deps: { db: Db; clock: Clock; countries: CountriesService }) {
  const { db, clock, countries } = deps;

  async function publisher(): Promise<IatiPublisher> {
    const row = await findSetting(db, 'iati');
    const parsed = row ? IatiPublisherSchema.safeParse(JSON.parse(row.value)) : null;
    return parsed?.success ? parsed.data : DEFAULT_IATI_PUBLISHER;
  }

  async function* activities(): AsyncGenerator<string> {
    const now = clock().toISOString();
    const [pub, partnerList, countryList, items, batches] = await Promise.all([publisher(), countries.partners(), countries.countries(), listItems(db), listBatches(db)]);
    const partners = new Map(partnerList.map((p) => [p.id, p]));
    const iso2 = new Map(countryList.map((c) => [c.iso3, c.iso2]));
    const itemById = new Map(items.map((i) => [i.id, i]));
    yield iatiHeader(now);
    for (const batch of batches) {
      const [allocations, dates] = await Promise.all([listAllocations(db, { batchId: batch.id }), consignmentDates(db, batch.id)]);
      const byPartner = new Map<string, typeof allocations>();
      for (const a of allocations) if (Number(a.packs) > 0) byPartner.set(a.partner_id, [...(byPartner.get(a.partner_id) ?? []), a]);
      for (const [partnerId, rows] of byPartner) {
        const p = partners.get(partnerId);
        const perItem = new Map<string, { quantity: number; packs: number }>();
        for (const r of rows) {
          const sum = perItem.get(r.item_id) ?? { quantity: 0, packs: 0 };
          perItem.set(r.item_id, { quantity: sum.quantity + Number(r.quantity), packs: sum.packs + Number(r.packs) });
        }
        const known = dates.get(partnerId);
        const consignment: IatiConsignment = {
          batchNumber: Number(batch.number),
          batchDate: batch.batch_date,
          approvedAt: batch.approved_at,
          dispatchedOn: known?.dispatchedOn ?? null,
          receivedOn: known?.receivedOn ?? null,
          cancelled: known?.cancelled ?? false,
          partner: {
            id: partnerId,
            kind: p?.kind ?? 'country',
            iso2: p?.iso3 ? (iso2.get(p.iso3) ?? null) : null,
            nameEn: p?.nameEn ?? partnerId,
            nameZh: p?.nameZh ?? partnerId,
            acronym: p?.acronym ?? null,
          },
          lines: [...perItem].map(([itemId, { quantity, packs }]) => {
            const item = itemById.get(itemId);
            const unitValue = item?.unit_value ?? null;
            return { itemNameEn: item?.name_en ?? itemId, quantity, packs, value: unitValue === null ? null : quantity * Number(unitValue) };
          }),
        };
        yield iatiActivity(pub, consignment, now);
      }
    }
    // Technical assistance: every mission, its team's size as the team holds it now (docs/decisions/045).
    const [missions, members] = await Promise.all([
      listMissions(db),
      db.selectFrom('aid_team_members').select((eb) => ['team_id', eb.fn.countAll<number>().as('n')]).groupBy('team_id').execute(),
    ]);
    const teamSize = new Map(members.map((m) => [m.team_id, Number(m.n)]));
    for (const m of [...missions].sort((a, b) => a.id - b.id)) {
      const p = partners.get(m.partner_id);
      const mission: IatiMission = {
        id: m.id,
        kind: m.kind as IatiMission['kind'],
        objectives: JSON.parse(m.objectives) as string[],
        places: m.places,
        startDate: m.start_date,
        endDate: m.end_date,
        status: m.status as IatiMission['status'],
        experts: teamSize.get(m.team_id) ?? 0,
        partner: { id: m.partner_id, kind: p?.kind ?? 'country', iso2: p?.iso3 ? (iso2.get(p.iso3) ?? null) : null, nameEn: p?.nameEn ?? m.partner_id, nameZh: p?.nameZh ?? m.partner_id, acronym: p?.acronym ?? null },
      };
      yield iatiMissionActivity(pub, mission, now);
    }
    yield IATI_FOOTER;
  }

  return {
    publisher,
    /**
     * The whole export as a stream of XML text. With nothing approved and no mission yet there is no activity, and the 2.03
     * schema requires at least one `iati-activity`: rather than an invalid document, a 409 that says so.
     */
    async activitiesXml(): Promise<Readable> {
      if (!(await listAllocations(db)).some((a) => Number(a.packs) > 0) && (await listMissions(db)).length === 0)
        throw new Conflict('nothing to report yet: the IATI 2.03 schema requires at least one activity, and no approved batch has allocated anything nor any expert mission been recorded', [{ path: 'activities', message: 'none' }]);
      return Readable.from(activities());
    },
  };
}
