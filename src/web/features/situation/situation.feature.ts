import { moduleIcons } from '../../components/module-icon';
import { defineFeature, page } from '../../app/feature';
import en from './locales/en.json';
import zh from './locales/zh.json';

export const situationFeature = defineFeature({
  id: 'situation',
  routes: [
    { path: '/situation', lazy: page(() => import('./routes/situation-page'), 'SituationPage') },
    { path: '/situation/spread', lazy: page(() => import('./routes/spread-page'), 'SpreadPage') },
    { path: '/situation/:iso3', lazy: page(() => import('./routes/country-page'), 'CountryPage') },
  ],
  nav: [{ section: 'modules', to: '/situation', label: 'modules.situation.title', icon: moduleIcons.situation }],
  locales: { en, zh },
});
