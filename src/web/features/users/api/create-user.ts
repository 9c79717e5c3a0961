import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { UserSchema, type CreateUserSchema } from '../../../../shared/schemas/users';
import { apiRequest } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

// The form sends what it holds; the server applies CreateUserSchema's defaults and checks.
export type CreateUserInput = z.input<typeof CreateUserSchema>;

export const createUser = (body: CreateUserInput) => apiRequest('/api/users', { method: 'POST', body, schema: UserSchema });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
