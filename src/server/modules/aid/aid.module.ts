import { defineServerModule } from '../module';
import { aidRoutes } from './aid.routes';
import { seedAidDemo } from './aid.seed';
import { aid } from './migrations/003-aid';
import { aidPledges } from './migrations/005-aid-pledges';
import { aidShipments } from './migrations/007-aid-shipments';
import { aidTechnicalAssistance } from './migrations/030-aid-technical-assistance';
import { aidDonorImports } from './migrations/031-aid-donor-imports';

export { createAidService } from './aid.service';

export const aidModule = defineServerModule({
  name: 'aid',
  routes: [aidRoutes],
  migrations: { '003-aid': aid, '005-aid-pledges': aidPledges, '007-aid-shipments': aidShipments, '030-aid-technical-assistance': aidTechnicalAssistance, '031-aid-donor-imports': aidDonorImports },
  seed: {
    level: 'full',
    message: 'seeded the aid demo (demo data: donor supply, reserve, partner requests and pledges)',
    run: ({ db, clock }) => seedAidDemo(db, clock),
  },
});
