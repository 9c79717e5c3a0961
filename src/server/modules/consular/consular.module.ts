import { defineServerModule } from '../module';

export { createConsularService } from './consular.service';

export const consularModule = defineServerModule({ name: 'consular', routes: [] });
