import type { AgencyNeedsInput, AgencyNeedsParameters } from '../../../shared/schemas/aid';
import { layerParameters, renameOverridesPath } from '../../../core/needs/layered-parameters';
import { isParameterId, type NeedsOverrides } from '../../../core/needs/parameters';
import type { Actor } from '../../auth/actor';
import type { Db, DbExecutor } from '../../db/types';
import { Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import { findSetting, putSetting } from './aid.repo';

// The agency's own needs-model values (ADR 035): saved under the aid setting `needs` as parameter id →
// number, only the ids the agency changed. The supply overview, every plan run and the approval check
// take them as overrides, with a plan run's own overrides on top.

const KEY = 'needs';

/** The agency's saved values; ids the model no longer has are left out. */
export async function readAgencyNeeds(db: DbExecutor): Promise<NeedsOverrides> {
  const row = await findSetting(db, KEY);
  if (!row) return {};
  const stored = JSON.parse(row.value) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(stored).filter((e): e is [string, number] => isParameterId(e[0]) && typeof e[1] === 'number'));
}

function payload(agency: NeedsOverrides): AgencyNeedsParameters {
  const layered = layerParameters(agency);
  if (layered.ok) return { parameters: layered.parameters };
  // Saved values passed the same check; only a change of the model's defaults can fail it (a severity
  // split that no longer adds to 1). List them as saved all the same, so that they can be corrected.
  const model = layerParameters();
  if (!model.ok) throw new Unprocessable('the needs model’s own defaults are invalid', model.errors);
  return {
    parameters: model.parameters.map((p) => {
      const value = agency[p.id];
      return value === undefined ? p : { ...p, value, agencyValue: value, origin: 'agency', overridden: true };
    }),
  };
}

export function createAidNeedsService(deps: { db: Db; audit: AuditService }) {
  const { db, audit } = deps;
  return {
    async parameters(): Promise<AgencyNeedsParameters> {
      return payload(await readAgencyNeeds(db));
    },

    /** Replaces the agency's values (`{}` resets to the model's defaults), checked by the model, audited. */
    async putParameters(actor: Actor, input: AgencyNeedsInput): Promise<AgencyNeedsParameters> {
      const checked = layerParameters(input.values);
      if (!checked.ok) throw new Unprocessable('the needs parameters were refused', renameOverridesPath(checked.errors, 'values'));
      const after = checked.overrides;
      await db.transaction().execute(async (trx) => {
        const before = await readAgencyNeeds(trx);
        await putSetting(trx, KEY, JSON.stringify(after));
        await audit.record(trx, actor, { action: 'aid.needs.parameters', entityType: 'aid_settings', entityId: KEY, summary: { before, after } });
      });
      return payload(after);
    },
  };
}

export type AidNeedsService = ReturnType<typeof createAidNeedsService>;
