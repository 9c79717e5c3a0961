import { z } from 'zod';
import { EmailSchema } from './common';
import { UserSchema } from './users';

export const LoginRequestSchema = z.object({ email: EmailSchema, password: z.string().min(1).max(256) });
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** Who is signed in: the account without its administrative fields. */
export const SessionUserSchema = UserSchema.pick({ id: true, email: true, displayName: true, role: true, partnerId: true, postId: true });
export type SessionUser = z.infer<typeof SessionUserSchema>;

// csrfToken goes back in the x-csrf-token header of every cookie-authenticated write.
export const MeSchema = z.object({ user: SessionUserSchema.nullable(), csrfToken: z.string().nullable() });
export type Me = z.infer<typeof MeSchema>;
