import { IconUsers } from '../../components/icons';
import { defineFeature, page } from '../../app/feature';

export const usersFeature = defineFeature({
  id: 'users',
  adminRoutes: [{ path: '/admin/users', lazy: page(() => import('./routes/users-route'), 'UsersRoute') }],
  nav: [{ section: 'admin', to: '/admin/users', label: 'nav.users', icon: IconUsers, roles: ['admin'] }],
});
