import { z } from 'zod';
import { EmailSchema, PasswordSchema } from './common';
import { RoleSchema } from './roles';

export const UserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  partnerId: z.string().nullable(),
  postId: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

const scopeRefinement = <T extends { role?: string; partnerId?: string | null; postId?: string | null }>(
  value: T,
  ctx: z.RefinementCtx,
) => {
  if (value.role === 'partner_focal_point' && !value.partnerId)
    ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'a partner focal point is scoped to one partner' });
  if (value.role === 'consular_officer' && !value.postId)
    ctx.addIssue({ code: 'custom', path: ['postId'], message: 'a consular officer is scoped to one embassy or consulate' });
};

export const CreateUserSchema = z
  .object({
    email: EmailSchema,
    displayName: z.string().trim().min(1).max(120),
    role: RoleSchema,
    password: PasswordSchema,
    partnerId: z.string().min(1).max(40).nullable().default(null),
    postId: z.string().min(1).max(40).nullable().default(null),
  })
  .superRefine(scopeRefinement);
export type CreateUser = z.infer<typeof CreateUserSchema>;

// An admin's edit of an account. A new role keeps the scope it needs: the partner or post comes with it,
// or is the one the account already has (the service checks the result, not only the patch).
export const UpdateUserSchema = z.object({
  displayName: z.string().trim().min(1).max(120).optional(),
  disabled: z.boolean().optional(),
  password: PasswordSchema.optional(),
  role: RoleSchema.optional(),
  partnerId: z.string().min(1).max(40).nullable().optional(),
  postId: z.string().min(1).max(40).nullable().optional(),
});
export type UpdateUser = z.infer<typeof UpdateUserSchema>;

/** A signed-in user's own password change: the current one proves it is them (PUT /api/auth/password). */
export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'enter your current password').max(256),
  newPassword: PasswordSchema,
});
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

export const UserListSchema = z.object({ users: z.array(UserSchema) });
