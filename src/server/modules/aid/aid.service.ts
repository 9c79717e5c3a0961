import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import type { AuditService } from '../audit/audit.service';
import type { CountriesService } from '../countries/countries.service';
import { createAidChainService } from './aid-chain.service';
import { createAidDonorsService } from './aid-donors.service';
import { createAidFiguresService } from './aid-figures.service';
import { createAidIatiService } from './aid-iati.service';
import { createAidMissionsService, type ExpertDirectory } from './aid-missions.service';
import { createAidNeedsService } from './aid-needs.service';
import { createAidPriorityWeightsService } from './aid-priority-weights.service';
import { createAidPlannerService, type PlanSolver } from './aid-planner.service';
import { createAidPledgesService } from './aid-pledges.service';
import { createAidRequestsService } from './aid-requests.service';
import { createAidShipmentsService } from './aid-shipments.service';
import { createAidSupplyService } from './aid-supply.service';
import type { SituationReader } from './aid-situation';
import type { ServiceLog } from '../../log';

// The aid module's service, as the rest of the server sees it: catalogue and supply, the agency's needs parameters and priority weights, requests, pledges, planner, shipments and receipts, technical assistance (expert missions), the published figures and the IATI export.
export function createAidService(deps: { db: Db; clock: Clock; log?: ServiceLog; audit: AuditService; countries: CountriesService; situation?: SituationReader; solve?: PlanSolver; users?: ExpertDirectory }) {
  // Approving a batch prepares its consignments in the same transaction.
  const shipments = createAidShipmentsService(deps);
  const missions = createAidMissionsService(deps);
  const requests = createAidRequestsService(deps);
  const planner = createAidPlannerService({ ...deps, shipments });
  const iati = createAidIatiService(deps);
  return {
    supply: createAidSupplyService(deps),
    needs: createAidNeedsService(deps),
    priorityWeights: createAidPriorityWeightsService(deps),
    requests,
    pledges: createAidPledgesService(deps),
    planner,
    shipments,
    missions,
    figures: createAidFiguresService({ ...deps, missions }),
    iati,
    chain: createAidChainService({ ...deps, requests, planner, shipments, missions }),
    donors: createAidDonorsService({ ...deps, agencyName: async () => (await iati.publisher()).name }),
  };
}

export type AidService = ReturnType<typeof createAidService>;
