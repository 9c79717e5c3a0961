import { PledgeInputSchema, type Pledge, type PledgeInput } from '../../../shared/schemas/aid';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import { NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { CountriesService } from '../countries/countries.service';
import type { AidPledgesTable } from './aid.tables';
import { deletePledge, findItem, findPledge, insertPledge, listPledges } from './aid.repo';

// Other donors' pledges to partners, recorded by coordinators: what a partner will get from elsewhere is
// netted from its demand in the next plan and counted against its estimated need (shortage).

export const toPledge = (r: Omit<AidPledgesTable, 'id'> & { id: number }): Pledge => ({
  id: r.id,
  partnerId: r.partner_id,
  item: r.item_id,
  quantity: Number(r.quantity),
  donor: r.donor,
  expectedDate: r.expected_date,
  createdBy: r.created_by_label,
  createdAt: r.created_at,
});

export function createAidPledgesService(deps: { db: Db; clock: Clock; audit: AuditService; countries: CountriesService }) {
  const { db, clock, audit, countries } = deps;
  return {
    async list(filter: { partnerId?: string } = {}): Promise<Pledge[]> {
      return (await listPledges(db, filter)).map(toPledge);
    },

    async create(actor: Actor, raw: PledgeInput): Promise<Pledge> {
      const input = PledgeInputSchema.parse(raw);
      const partnerKnown = await countries.partnerExists(input.partnerId);
      return db.transaction().execute(async (trx) => {
        const details = [
          ...(partnerKnown ? [] : [{ path: 'partnerId', message: `no partner ${input.partnerId}` }]),
          ...((await findItem(trx, input.item)) ? [] : [{ path: 'item', message: `no catalogue item ${input.item}` }]),
        ];
        if (details.length > 0) throw new Unprocessable('the pledge names an unknown partner or item', details);
        const id = await insertPledge(trx, {
          partner_id: input.partnerId,
          item_id: input.item,
          quantity: input.quantity,
          donor: input.donor,
          expected_date: input.expectedDate,
          created_by: actor.userId,
          created_by_label: actor.label,
          created_at: clock().toISOString(),
        });
        await audit.record(trx, actor, { action: 'aid.pledge.create', entityType: 'aid_pledge', entityId: id, summary: { ...input } });
        return toPledge((await findPledge(trx, id))!);
      });
    },

    async remove(actor: Actor, id: number): Promise<Pledge> {
      return db.transaction().execute(async (trx) => {
        const row = await findPledge(trx, id);
        if (!row) throw new NotFound('pledge');
        await deletePledge(trx, id);
        const pledge = toPledge(row);
        await audit.record(trx, actor, { action: 'aid.pledge.delete', entityType: 'aid_pledge', entityId: id, summary: { partnerId: pledge.partnerId, item: pledge.item, quantity: pledge.quantity, donor: pledge.donor } });
        return pledge;
      });
    },
  };
}

export type AidPledgesService = ReturnType<typeof createAidPledgesService>;
