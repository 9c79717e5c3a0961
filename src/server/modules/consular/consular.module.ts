import { defineServerModule } from '../module';
import { consularRoutes } from './consular.routes';
import { consularAdvisoriesRoutes } from './consular-advisories.routes';
import { consularKitsRoutes } from './consular-kits.routes';
import { consularStatisticsRoutes } from './consular-statistics.routes';
import { seedConsularPosts } from './consular.seed';
import { consular } from './migrations/070-consular';
import { consularPostsCitizens } from './migrations/071-consular-posts-citizens';
import { consularCases } from './migrations/072-consular-cases';
import { consularAdvisories } from './migrations/073-consular-advisories';
import { consularKits } from './migrations/074-consular-kits';
import { consularEscalation } from './migrations/075-consular-escalation';
import { consularOfficerPosts } from './migrations/076-consular-officer-posts';
import { consularCallHistory } from './migrations/077-consular-call-history';
import { consularCaseDeadlines } from './migrations/078-consular-case-deadlines';
import { consularStatisticsDays } from './migrations/079-consular-statistics-days';

export { createConsularService } from './consular.service';

export const consularModule = defineServerModule({
  name: 'consular',
  routes: [consularRoutes, consularAdvisoriesRoutes, consularKitsRoutes, consularStatisticsRoutes],
  migrations: { '070-consular': consular, '071-consular-posts-citizens': consularPostsCitizens, '072-consular-cases': consularCases, '073-consular-advisories': consularAdvisories, '074-consular-kits': consularKits, '075-consular-escalation': consularEscalation, '076-consular-officer-posts': consularOfficerPosts, '077-consular-call-history': consularCallHistory, '078-consular-case-deadlines': consularCaseDeadlines, '079-consular-statistics-days': consularStatisticsDays },
  seed: {
    level: 'minimal',
    message: 'seeded the consular demo posts (demo data: embassies and consulates general)',
    run: ({ db, clock }) => seedConsularPosts(db, clock),
  },
});
