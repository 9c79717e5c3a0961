import { AID_PRIORITY_WEIGHT_KEYS, type AgencyPriorityWeights, type AgencyPriorityWeightsInput, type AidPriorityWeightKey } from '../../../shared/schemas/aid';
import { layerPriorityWeights } from '../../../core/allocation/priority-weights';
import type { Actor } from '../../auth/actor';
import type { Db, DbExecutor } from '../../db/types';
import { Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import { findSetting, putSetting } from './aid.repo';
import { readAgencySeverityWeights, type SituationReader } from './aid-situation';
import type { ServiceLog } from '../../log';

// The agency's own values for the priority factors the aid module decides (shortage, urgency, importation
// risk; ADR 043), saved under the aid setting `priority-weights`. The severity factors' agency values are the
// Situation page's severity weights (ADR 036); a plan run's `weights` go on top of both.

const KEY = 'priority-weights';
type AidWeights = Partial<Record<AidPriorityWeightKey, number>>;

const isAidKey = (key: string): key is AidPriorityWeightKey => (AID_PRIORITY_WEIGHT_KEYS as readonly string[]).includes(key);

/** The agency's saved values; keys the model no longer has, or values that are not weights, are left out. */
export async function readAgencyPriorityWeights(db: DbExecutor): Promise<AidWeights> {
  const row = await findSetting(db, KEY);
  if (!row) return {};
  const stored = JSON.parse(row.value) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(stored).filter((e): e is [AidPriorityWeightKey, number] => isAidKey(e[0]) && typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0));
}

export function createAidPriorityWeightsService(deps: { db: Db; audit: AuditService; situation?: SituationReader; log?: ServiceLog }) {
  const { db, audit } = deps;
  const payload = async (aid: AidWeights): Promise<AgencyPriorityWeights> => ({ weights: layerPriorityWeights(await readAgencySeverityWeights(deps.situation, deps.log), {}, aid).weights });
  return {
    async weights(): Promise<AgencyPriorityWeights> {
      return payload(await readAgencyPriorityWeights(db));
    },

    /** Replaces the agency's values (`{}` resets to the model's), audited. */
    async putWeights(actor: Actor, input: AgencyPriorityWeightsInput): Promise<AgencyPriorityWeights> {
      const after = input.weights;
      // All of a plan's factors at 0 leaves nothing to rank recipients by; the Situation refuses the same for its weights.
      const layered = layerPriorityWeights(await readAgencySeverityWeights(deps.situation, deps.log), {}, after).values;
      if (Object.values(layered).every((w) => w === 0)) {
        throw new Unprocessable('the priority weights were refused', [{ path: 'weights', message: 'at least one priority weight must be above 0' }]);
      }
      await db.transaction().execute(async (trx) => {
        const before = await readAgencyPriorityWeights(trx);
        await putSetting(trx, KEY, JSON.stringify(after));
        await audit.record(trx, actor, { action: 'aid.priority.weights', entityType: 'aid_settings', entityId: KEY, summary: { before, after } });
      });
      return payload(after);
    },
  };
}

export type AidPriorityWeightsService = ReturnType<typeof createAidPriorityWeightsService>;
