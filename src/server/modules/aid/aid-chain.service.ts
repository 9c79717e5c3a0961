import { partnerChainRows } from '../../../core/aid/partner-chain';
import type { PartnerChain } from '../../../shared/schemas/aid-chain';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import { NotFound } from '../../errors';
import type { ServiceLog } from '../../log';
import { defaultServiceLog } from '../../log';
import type { CountriesService } from '../countries/countries.service';
import { requirePartnerScope } from './aid-access';
import type { AidMissionsService } from './aid-missions.service';
import type { AidPlannerService } from './aid-planner.service';
import type { AidRequestsService } from './aid-requests.service';
import type { AidShipmentsService } from './aid-shipments.service';
import { readSituationFacts, type SituationReader } from './aid-situation';

// The chain in one view (issue 15): one partner from the signal to the receipt, read through the aid
// services that answer each stage on its own, so that a stage shows here exactly what its own screen shows.

export function createAidChainService(deps: {
  clock: Clock;
  log?: ServiceLog;
  countries: CountriesService;
  situation?: SituationReader;
  requests: Pick<AidRequestsService, 'listForPartner'>;
  planner: Pick<AidPlannerService, 'batchesForPartner' | 'estimate'>;
  shipments: Pick<AidShipmentsService, 'listForPartner'>;
  missions: Pick<AidMissionsService, 'list'>;
}) {
  const log = deps.log ?? defaultServiceLog;

  /** The estimate the next plan would make; a partner the plan cannot build for today has none, not an error page. */
  async function estimateOf(partnerId: string): Promise<PartnerChain['estimate']> {
    try {
      const r = await deps.planner.estimate(partnerId, deps.clock().toISOString().slice(0, 10));
      return r && { priority: r.priority, factors: r.factors, needs: r.needs, caseProjection: r.caseProjection ?? null };
    } catch (err) {
      log.warn({ err, partnerId }, 'aid: the estimated need could not be computed for the chain page');
      return null;
    }
  }

  return {
    /** A partner's chain: coordinators and admins any partner, a focal point its own (404 for any other, as for an absent one). */
    async chain(actor: Actor, partnerId: string): Promise<PartnerChain> {
      requirePartnerScope(actor, partnerId, 'partner');
      const partner = (await deps.countries.partners()).find((p) => p.id === partnerId);
      if (!partner) throw new NotFound('partner');
      const [facts, estimate, requests, batches, consignments, missions] = await Promise.all([
        partner.kind === 'country' ? readSituationFacts(deps.situation, log) : Promise.resolve(null),
        estimateOf(partnerId),
        deps.requests.listForPartner(actor, partnerId),
        deps.planner.batchesForPartner(actor, partnerId),
        deps.shipments.listForPartner(actor, partnerId),
        deps.missions.list(actor, { partnerId }),
      ]);
      const known = partner.iso3 === null ? undefined : facts?.byIso3.get(partner.iso3);
      const indicators = known
        ? {
            date: facts?.date ?? null,
            incidence7dPer100k: known.incidence7dPer100k,
            growth7d: known.growth7d,
            deaths28dPerMillion: known.deaths28dPerMillion,
            hospitalBedsPerThousand: known.hospitalBedsPerThousand,
            newCasesSmoothed: known.newCasesSmoothed,
          }
        : null;
      const items = partnerChainRows({
        needs: estimate?.needs ?? [],
        requests,
        allocations: batches.flatMap((b) => b.allocations.filter((a) => a.partnerId === partnerId)),
        consignments,
      });
      return {
        partnerId,
        nameEn: partner.nameEn,
        nameZh: partner.nameZh,
        kind: partner.kind,
        iso3: partner.kind === 'country' ? partner.iso3 : null,
        indicators,
        estimate,
        items,
        requests,
        batches,
        consignments,
        missions,
      };
    },
  };
}

export type AidChainService = ReturnType<typeof createAidChainService>;
