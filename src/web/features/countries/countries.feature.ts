import { IconGlobe } from '../../components/icons';
import { defineFeature, page } from '../../app/feature';

export const countriesFeature = defineFeature({
  id: 'countries',
  routes: [{ path: '/countries', lazy: page(() => import('./routes/countries-page'), 'CountriesPage') }],
  nav: [{ section: 'reference', to: '/countries', label: 'nav.countries', icon: IconGlobe }],
});
