import { defineServerModule } from '../module';
import { countriesRoutes } from './countries.routes';
import { seedCountries } from './countries.seed';

export { createCountriesService } from './countries.service';

// Its tables (countries, partners) are part of the foundation migration: every other module refers to them.
export const countriesModule = defineServerModule({
  name: 'countries',
  routes: [countriesRoutes],
  seed: { level: 'minimal', message: 'seeded countries and partner organisations', run: ({ db, clock }) => seedCountries(db, clock) },
});
