import { IconList } from '../../components/icons';
import { defineFeature, page } from '../../app/feature';

export const auditFeature = defineFeature({
  id: 'audit',
  adminRoutes: [{ path: '/admin/audit', lazy: page(() => import('./routes/audit-page'), 'AuditPage') }],
  nav: [{ section: 'admin', to: '/admin/audit', label: 'nav.audit', icon: IconList, roles: ['admin'] }],
});
