import type { AidItem, ReserveSettings, SupplyInput, SupplyLine, SupplyOverview, UpdateAidItem } from '../../../shared/schemas/aid';
import { estimateDomesticReserve, domesticReserve } from '../../../core/needs/domestic-reserve';
import type { NeedsOverrides } from '../../../core/needs/parameters';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { NotFound } from '../../errors';
import { requireFinite } from '../../http/require-finite';
import type { AuditService } from '../audit/audit.service';
import type { AidItemsTable } from './aid.tables';
import { readSituationFacts, type SituationFacts, type SituationReader } from './aid-situation';
import { readAgencyNeeds } from './aid-needs.service';
import { findItem, findSetting, listItems, listSupply, putSetting, updateItem, upsertSupply } from './aid.repo';
import { flatRecentCases } from '../../../core/aid/build-plan-instance';
import type { ServiceLog } from '../../log';

export const DEFAULT_RESERVE_SETTINGS: ReserveSettings = { donorIso3: 'CHN', horizonWeeks: 4, donorDailyCases: null };

export const toItem = (r: AidItemsTable): AidItem => ({
  id: r.id,
  nameEn: r.name_en,
  nameZh: r.name_zh,
  unit: r.unit,
  packSize: Number(r.pack_size),
  packWeightKg: Number(r.pack_weight_kg),
  packVolumeM3: Number(r.pack_volume_m3),
  value: Number(r.value),
  unitValue: r.unit_value === null || r.unit_value === undefined ? null : Number(r.unit_value),
});

export async function readReserveSettings(db: DbExecutor): Promise<ReserveSettings> {
  const row = await findSetting(db, 'reserve');
  return row ? { ...DEFAULT_RESERVE_SETTINGS, ...(JSON.parse(row.value) as Partial<ReserveSettings>) } : DEFAULT_RESERVE_SETTINGS;
}

/**
 * Supply per item with its domestic reserve: max(floor, the donor's own need over the reserve horizon),
 * the need from src/core/needs applied to the donor's recent daily cases (a flat series at the mean the
 * coordinator sets, until the situation module supplies the donor's series). The model's parameters are
 * the agency's saved values (ADR 035); a plan run passes its effective overrides instead (the agency's
 * with its own on top), so the donor's own need uses the same parameters as the partners'.
 */
export async function readSupplyOverview(db: DbExecutor, situation: SituationFacts | null = null, needsOverrides?: NeedsOverrides): Promise<SupplyOverview> {
  const [items, supply, settings, agency] = await Promise.all([listItems(db), listSupply(db), readReserveSettings(db), needsOverrides ? null : readAgencyNeeds(db)]);
  const overrides = needsOverrides ?? agency ?? {};
  const byItem = new Map(supply.map((s) => [s.item_id, s]));
  const floors = Object.fromEntries(items.map((i) => [i.id, Number(byItem.get(i.id)?.reserve_floor ?? 0)]));
  const notes: string[] = [];
  let reserve = domesticReserve(floors, []);
  const fromSituation = situation?.byIso3.get(settings.donorIso3)?.newCasesSmoothed ?? null;
  const donorCases = settings.donorDailyCases ?? fromSituation;
  if (donorCases === null) {
    notes.push(`no recent case count for the donor (${settings.donorIso3}): the reserve is the floor alone`);
  } else {
    if (settings.donorDailyCases === null) notes.push(`the donor's recent daily cases (${Math.round(donorCases)}) come from the situation of ${situation?.date ?? 'the latest date'}`);
    const estimate = estimateDomesticReserve({ recentDailyCases: flatRecentCases(donorCases), overrides }, settings.horizonWeeks, floors);
    if (estimate.ok) reserve = estimate.lines;
    else notes.push(`the donor's need could not be estimated: ${estimate.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  }
  const reserveByItem = new Map(reserve.map((r) => [r.item, r]));
  const lines: SupplyLine[] = items.map((item) => {
    const s = byItem.get(item.id);
    const r = reserveByItem.get(item.id);
    return {
      item: item.id,
      stockOnHand: Number(s?.stock_on_hand ?? 0),
      weeklyIncoming: Number(s?.weekly_incoming ?? 0),
      committed: Number(s?.committed ?? 0),
      reserveFloor: Number(s?.reserve_floor ?? 0),
      donorNeed: r?.estimatedNeed ?? 0,
      reserve: r?.reserve ?? Number(s?.reserve_floor ?? 0),
      reserveSetBy: r?.setBy ?? 'floor',
    };
  });
  return { settings, lines, notes };
}

export function createAidSupplyService(deps: { db: Db; clock: Clock; log?: ServiceLog; audit: AuditService; situation?: SituationReader }) {
  const { db, clock, audit } = deps;
  const overview = async () => readSupplyOverview(db, await readSituationFacts(deps.situation, deps.log));
  return {
    async items(): Promise<AidItem[]> {
      return (await listItems(db)).map(toItem);
    },

    async updateItem(actor: Actor, id: string, patch: UpdateAidItem): Promise<AidItem> {
      return db.transaction().execute(async (trx) => {
        const before = await findItem(trx, id);
        if (!before) throw new NotFound('item');
        await updateItem(trx, id, {
          ...(patch.nameEn !== undefined && { name_en: patch.nameEn }),
          ...(patch.nameZh !== undefined && { name_zh: patch.nameZh }),
          ...(patch.unit !== undefined && { unit: patch.unit }),
          ...(patch.packSize !== undefined && { pack_size: patch.packSize }),
          ...(patch.packWeightKg !== undefined && { pack_weight_kg: patch.packWeightKg }),
          ...(patch.packVolumeM3 !== undefined && { pack_volume_m3: patch.packVolumeM3 }),
          ...(patch.value !== undefined && { value: patch.value }),
          ...(patch.unitValue !== undefined && { unit_value: patch.unitValue }),
          updated_at: clock().toISOString(),
        });
        await audit.record(trx, actor, { action: 'aid.item.update', entityType: 'aid_item', entityId: id, summary: { ...patch } });
        return toItem((await findItem(trx, id))!);
      });
    },

    overview,

    /** The agency's own country (the donor of the reserve settings): one setting for the whole app, read by other modules too. */
    async donorIso3(): Promise<string> {
      return (await readReserveSettings(db)).donorIso3;
    },

    async putSupply(actor: Actor, itemId: string, input: SupplyInput): Promise<SupplyOverview> {
      await db.transaction().execute(async (trx) => {
        if (!(await findItem(trx, itemId))) throw new NotFound('item');
        await upsertSupply(trx, {
          item_id: itemId,
          stock_on_hand: input.stockOnHand,
          weekly_incoming: input.weeklyIncoming,
          committed: input.committed,
          reserve_floor: input.reserveFloor,
          updated_at: clock().toISOString(),
        });
        await audit.record(trx, actor, { action: 'aid.supply.update', entityType: 'aid_item', entityId: itemId, summary: { ...input } });
      });
      return overview();
    },

    async putReserveSettings(actor: Actor, settings: ReserveSettings): Promise<SupplyOverview> {
      const situation = await readSituationFacts(deps.situation, deps.log);
      await db.transaction().execute(async (trx) => {
        await putSetting(trx, 'reserve', JSON.stringify(settings));
        // What every later read answers from these settings must serialise, or they are not stored.
        requireFinite(await readSupplyOverview(trx, situation), 'body.donorDailyCases', 'the supply overview with these settings');
        await audit.record(trx, actor, { action: 'aid.reserve.settings', entityType: 'aid_settings', entityId: 'reserve', summary: { ...settings } });
      });
      return overview();
    },
  };
}

export type AidSupplyService = ReturnType<typeof createAidSupplyService>;
