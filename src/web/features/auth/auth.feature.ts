import { defineFeature, page } from '../../app/feature';

export const authFeature = defineFeature({
  id: 'auth',
  routes: [
    { path: '/login', lazy: page(() => import('./routes/login-page'), 'LoginPage') },
    { path: '/profile', lazy: page(() => import('./routes/profile-page'), 'ProfilePage') },
  ],
});
