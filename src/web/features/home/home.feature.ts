import { defineFeature, page } from '../../app/feature';

export const homeFeature = defineFeature({
  id: 'home',
  routes: [{ index: true, lazy: page(() => import('./routes/home-page'), 'HomePage') }],
});
