import { accountsModule } from './accounts/accounts.module';
import { aidModule } from './aid/aid.module';
import { auditModule } from './audit/audit.module';
import { consularModule } from './consular/consular.module';
import { countriesModule } from './countries/countries.module';
import { knowledgeModule } from './knowledge/knowledge.module';
import type { ServerModule } from './module';
import { researchModule } from './research/research.module';
import { situationModule } from './situation/situation.module';

// Every server module, once: the app registers their routes, the migrator runs their migrations and the
// first start runs their seeds, in this order (a module's seed may rely on those listed before it).
export const serverModules: readonly ServerModule[] = [
  countriesModule,
  accountsModule,
  auditModule,
  situationModule,
  aidModule,
  researchModule,
  knowledgeModule,
  consularModule,
];
