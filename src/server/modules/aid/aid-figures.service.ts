import { aidFigures } from '../../../core/aid-report/figures';
import type { AidFigures } from '../../../shared/schemas/aid-figures';
import type { Db } from '../../db/types';
import type { CountriesService } from '../countries/countries.service';
import { listAllocations, listBatches, listItems } from './aid.repo';
import type { AidMissionsService } from './aid-missions.service';

// The figures the agency publishes as of a date (src/core/aid-report/figures.ts): loads the approved
// batches, their allocations, the catalogue's pack data and the partners, and counts; the technical part
// (expert missions) comes from the missions service.

export function createAidFiguresService(deps: { db: Db; countries: CountriesService; missions: Pick<AidMissionsService, 'figures'> }) {
  const { db, countries } = deps;
  return {
    async figures(date: string): Promise<AidFigures> {
      const [batches, allocations, items, partners, technical] = await Promise.all([listBatches(db), listAllocations(db), listItems(db), countries.partners(), deps.missions.figures(date)]);
      const material = aidFigures(date, {
        batches: batches.map((b) => ({ id: b.id, number: Number(b.number), batchDate: b.batch_date, approvedAt: b.approved_at })),
        allocations: allocations.map((a) => ({ batchId: a.batch_id, partnerId: a.partner_id, item: a.item_id, quantity: Number(a.quantity), packs: Number(a.packs) })),
        items: items.map((i) => ({ id: i.id, packWeightKg: Number(i.pack_weight_kg), packVolumeM3: Number(i.pack_volume_m3) })),
        partners: partners.map((p) => ({ id: p.id, kind: p.kind, whoRegion: p.whoRegion })),
      });
      return { ...material, technical };
    },
  };
}
