import { queryOptions, useQuery } from '@tanstack/react-query';
import { MeSchema, type Me } from '../../../shared/schemas/auth';
import { apiRequest, setCsrfToken } from '../api-client';

export const meQueryKey = ['auth', 'me'] as const;

export async function getMe(signal?: AbortSignal): Promise<Me> {
  const me = await apiRequest('/api/auth/me', { schema: MeSchema, signal });
  setCsrfToken(me.csrfToken);
  return me;
}

export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000 });

/** The signed-in user (null when anonymous) and the session's CSRF token. */
export const useMe = () => useQuery(meQueryOptions());
