import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AidItemSchema, PledgeInputSchema, RequestLineInputSchema, RequestStatusSchema, ReserveSettingsSchema, SupplyInputSchema } from '../../../shared/schemas/aid';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import { SEED_DIR } from '../../config/data-paths';
import { countRequests, insertItems, insertPledge, insertRequest, listItems, listSupply, putSetting, replaceLines, upsertSupply } from './aid.repo';

// The aid demo (data/seed/aid-demo.json, marked there as demo data): the catalogue, and at level 'full'
// a donor's supply and reserve with open requests from twenty partners and a few other donors' pledges.
// Each step only fills empty tables.

const AidDemoSchema = z.object({
  items: z.array(AidItemSchema),
  supply: z.array(SupplyInputSchema.extend({ item: z.string() })),
  reserveSettings: ReserveSettingsSchema,
  requests: z.array(
    z.object({
      partnerId: z.string(),
      status: RequestStatusSchema,
      neededInDays: z.number().int().min(0),
      justification: z.string().startsWith('Demo data'),
      lines: z.array(RequestLineInputSchema),
    }),
  ),
  pledges: z.array(PledgeInputSchema.omit({ expectedDate: true }).extend({ donor: z.string().startsWith('Demo data'), expectedInDays: z.number().int().min(0) })).default([]),
});

const readDemo = (dir: URL) => AidDemoSchema.parse(JSON.parse(readFileSync(new URL('aid-demo.json', dir), 'utf8')));

/** The item catalogue, when it is empty. Returns how many items it added. */
export async function seedAidCatalogue(db: Db, clock: Clock, dir: URL = SEED_DIR): Promise<number> {
  if ((await listItems(db)).length > 0) return 0;
  const demo = readDemo(dir);
  const now = clock().toISOString();
  await insertItems(
    db,
    demo.items.map((i) => ({ id: i.id, name_en: i.nameEn, name_zh: i.nameZh, unit: i.unit, pack_size: i.packSize, pack_weight_kg: i.packWeightKg, pack_volume_m3: i.packVolumeM3, value: i.value, unit_value: i.unitValue ?? null, updated_at: now })),
  );
  return demo.items.length;
}

/** Demo supply, reserve settings and requests, when the module holds no supply and no request. */
export async function seedAidDemo(db: Db, clock: Clock, dir: URL = SEED_DIR): Promise<{ requests: number; pledges: number } | null> {
  await seedAidCatalogue(db, clock, dir);
  if ((await listSupply(db)).length > 0 || (await countRequests(db)) > 0) return null;
  const demo = readDemo(dir);
  const now = clock();
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    for (const s of demo.supply) {
      await upsertSupply(trx, { item_id: s.item, stock_on_hand: s.stockOnHand, weekly_incoming: s.weeklyIncoming, committed: s.committed, reserve_floor: s.reserveFloor, updated_at: iso });
    }
    await putSetting(trx, 'reserve', JSON.stringify(demo.reserveSettings));
    for (const r of demo.requests) {
      const neededBy = new Date(now.getTime() + r.neededInDays * 86_400_000).toISOString().slice(0, 10);
      const id = await insertRequest(trx, { partner_id: r.partnerId, status: r.status, needed_by: neededBy, justification: r.justification, created_by: null, created_at: iso, updated_at: iso });
      await replaceLines(trx, id, r.lines);
    }
    for (const p of demo.pledges) {
      const expectedDate = new Date(now.getTime() + p.expectedInDays * 86_400_000).toISOString().slice(0, 10);
      await insertPledge(trx, { partner_id: p.partnerId, item_id: p.item, quantity: p.quantity, donor: p.donor, expected_date: expectedDate, created_by: null, created_by_label: 'demo seed', created_at: iso });
    }
  });
  return { requests: demo.requests.length, pledges: demo.pledges.length };
}
