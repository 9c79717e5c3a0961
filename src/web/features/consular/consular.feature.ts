import { IconShield } from '../../components/icons';
import { defineFeature, page } from '../../app/feature';
import en from './locales/en.json';
import zh from './locales/zh.json';

export const consularFeature = defineFeature({
  id: 'consular',
  routes: [{ path: '/consular', lazy: page(() => import('./routes/consular-page'), 'ConsularPage') }],
  nav: [{ section: 'modules', to: '/consular', label: 'modules.consular.title', icon: IconShield }],
  locales: { en, zh },
});
