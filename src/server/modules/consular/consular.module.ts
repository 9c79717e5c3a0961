import { defineServerModule } from '../module';
import { consularRoutes } from './consular.routes';
import { consular } from './migrations/070-consular';

export { createConsularService } from './consular.service';

export const consularModule = defineServerModule({
  name: 'consular',
  routes: [consularRoutes],
  migrations: { '070-consular': consular },
});
