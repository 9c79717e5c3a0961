import { defineServerModule } from '../module';
import { auditRoutes } from './audit.routes';

export { createAuditService } from './audit.service';

// Its table (audit_log) is part of the foundation migration: every module writes to it from the start.
export const auditModule = defineServerModule({ name: 'audit', routes: [auditRoutes] });
