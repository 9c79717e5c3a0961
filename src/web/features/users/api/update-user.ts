import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserSchema, type UpdateUser } from '../../../../shared/schemas/users';
import { apiRequest } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

export const updateUser = ({ id, changes }: { id: number; changes: UpdateUser }) =>
  apiRequest(`/api/users/${id}`, { method: 'PATCH', body: changes, schema: UserSchema });

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
