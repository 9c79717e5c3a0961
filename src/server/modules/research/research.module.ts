import { defineServerModule } from '../module';
import { research } from './migrations/004-research';
import { researchIndelLabels } from './migrations/006-research-indel-labels';
import { researchAccessBounds } from './migrations/007-research-access-bounds';
import { researchVaccines } from './migrations/007-research-vaccines';
import { researchSearchIndexes } from './migrations/095-research-search-indexes';
import { researchResults } from './migrations/050-research-results';
import { researchGenomeDayCounts } from './migrations/051-research-genome-day-counts';
import { researchAnalysisVersion } from './migrations/052-research-analysis-version';
import { seedResearch } from './research.seed';
import { researchRoutes } from './research.routes';

export { createResearchService } from './research.service';

export const researchModule = defineServerModule({
  name: 'research',
  routes: [researchRoutes],
  migrations: {
    '004-research': research,
    '006-research-indel-labels': () => researchIndelLabels(),
    '007-research-access-bounds': () => researchAccessBounds(),
    '007-research-vaccines': researchVaccines,
    '095-research-search-indexes': () => researchSearchIndexes(),
    '050-research-results': researchResults,
    '051-research-genome-day-counts': researchGenomeDayCounts,
    '052-research-analysis-version': () => researchAnalysisVersion(),
  },
  seed: {
    level: 'full',
    message: 'seeded the vaccine tracker, the research results and the genome repository (genomes analysed in the background)',
    run: ({ db, research, countries }) => seedResearch(db, research, countries),
  },
});
