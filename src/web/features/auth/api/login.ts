import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MeSchema, type LoginRequest, type Me } from '../../../../shared/schemas/auth';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/queries/get-me';

export async function login(body: LoginRequest): Promise<Me> {
  const me = await apiRequest('/api/auth/login', { method: 'POST', body, schema: MeSchema });
  setCsrfToken(me.csrfToken);
  return me;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'login'],
    mutationFn: login,
    onSuccess: (me) => {
      // What an anonymous visitor had cached (nothing private) gives way to the signed-in view.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
