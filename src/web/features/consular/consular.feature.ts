import { IconShield } from '../../components/icons';
import { defineFeature, page } from '../../app/feature';

export const consularFeature = defineFeature({
  id: 'consular',
  routes: [{ path: '/consular', lazy: page(() => import('./routes/consular-page'), 'ConsularPage') }],
  nav: [{ section: 'modules', to: '/consular', label: 'modules.consular.title', icon: IconShield }],
});
