import { moduleIcons } from '../../components/module-icon';
import { defineFeature, page } from '../../app/feature';
import en from './locales/en.json';
import zh from './locales/zh.json';

export const consularFeature = defineFeature({
  id: 'consular',
  routes: [{ path: '/consular', lazy: page(() => import('./routes/consular-page'), 'ConsularPage') }],
  nav: [{ section: 'modules', to: '/consular', label: 'modules.consular.title', icon: moduleIcons.consular }],
  locales: { en, zh },
});
