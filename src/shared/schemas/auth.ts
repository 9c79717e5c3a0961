import { z } from 'zod';
import { RoleSchema } from './roles';

export const EmailSchema = z.email({ message: 'expected an email address' }).max(254).transform((e) => e.toLowerCase());
export const PasswordSchema = z.string().min(10, 'a password has at least 10 characters').max(256);

export const LoginRequestSchema = z.object({ email: EmailSchema, password: z.string().min(1).max(256) });
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const SessionUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  partnerId: z.string().nullable(),
  postId: z.string().nullable(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

// csrfToken goes back in the x-csrf-token header of every cookie-authenticated write.
export const MeSchema = z.object({ user: SessionUserSchema.nullable(), csrfToken: z.string().nullable() });
export type Me = z.infer<typeof MeSchema>;
