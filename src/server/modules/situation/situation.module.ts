import { defineServerModule } from '../module';
import { situation } from './migrations/002-situation';
import { situationShownSource } from './migrations/010-situation-shown-source';
import { situationBacktestScores } from './migrations/097-situation-backtest-scores';
import { situationRoutes } from './situation.routes';
import { seedSituation } from './situation.seed';

export { createSituationService } from './situation.service';

export const situationModule = defineServerModule({
  name: 'situation',
  routes: [situationRoutes],
  migrations: { '002-situation': situation, '010-situation-shown-source': situationShownSource, '097-situation-backtest-scores': situationBacktestScores },
  seed: { level: 'full', message: 'seeded the JHU case and death series', run: ({ db, situation }) => seedSituation(db, situation) },
});
