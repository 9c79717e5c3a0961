import { defineServerModule } from '../module';
import { research } from './migrations/004-research';
import { researchIndelLabels } from './migrations/006-research-indel-labels';
import { researchRoutes } from './research.routes';

export { createResearchService } from './research.service';

export const researchModule = defineServerModule({
  name: 'research',
  routes: [researchRoutes],
  migrations: { '004-research': research, '006-research-indel-labels': () => researchIndelLabels() },
});
