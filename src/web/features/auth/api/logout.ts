import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OkSchema } from '../../../../shared/schemas/common';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/queries/get-me';

export const logout = () => apiRequest('/api/auth/logout', { method: 'POST', schema: OkSchema });

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'logout'],
    mutationFn: logout,
    onSettled: () => {
      // Whatever the server said, this browser forgets the session and everything read with it.
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, { user: null, csrfToken: null });
    },
  });
}
