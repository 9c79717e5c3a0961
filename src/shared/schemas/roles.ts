import { z } from 'zod';

// The roles of docs/design.md. `anonymous` is never stored: it is the role of a request without a session.
export const ROLES = [
  'admin',
  'coordinator',
  'expert',
  'researcher',
  'consular_officer',
  'partner_focal_point',
  'citizen',
] as const;

export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;
export type Caller = Role | 'anonymous';
