import { defineServerModule } from '../module';
import { consularRoutes } from './consular.routes';
import { seedConsularPosts } from './consular.seed';
import { consular } from './migrations/070-consular';
import { consularPostsCitizens } from './migrations/071-consular-posts-citizens';

export { createConsularService } from './consular.service';

export const consularModule = defineServerModule({
  name: 'consular',
  routes: [consularRoutes],
  migrations: { '070-consular': consular, '071-consular-posts-citizens': consularPostsCitizens },
  seed: {
    level: 'minimal',
    message: 'seeded the consular demo posts (demo data: embassies and consulates general)',
    run: ({ db, clock }) => seedConsularPosts(db, clock),
  },
});
