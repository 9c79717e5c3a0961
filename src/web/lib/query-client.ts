import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiRequestError } from './api-client';

// The key under which the auth feature keeps /api/auth/me.
const ME_KEY = ['auth', 'me'] as const;

const isUnauthorised = (error: unknown) => isApiRequestError(error) && error.status === 401;

export function createQueryClient(): QueryClient {
  // A 401 on any other request means the session ended (expired, revoked, account disabled): ask who we
  // are again, so the shell shows the visitor as anonymous and admin pages send them to login.
  const refreshMe = (error: unknown, key: readonly unknown[] | undefined) => {
    if (isUnauthorised(error) && key?.[0] !== ME_KEY[0]) void client.invalidateQueries({ queryKey: ME_KEY });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => refreshMe(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error, _vars, _ctx, mutation) => refreshMe(error, mutation.options.mutationKey) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change on retry; a dropped connection might.
        retry: (failures, error) => failures < 2 && !(isApiRequestError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
  return client;
}
