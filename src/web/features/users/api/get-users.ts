import { queryOptions, useQuery } from '@tanstack/react-query';
import { UserListSchema } from '../../../../shared/schemas/users';
import { apiRequest } from '../../../lib/api-client';

export const usersQueryKey = ['users'] as const;

export const getUsers = (signal?: AbortSignal) => apiRequest('/api/users', { schema: UserListSchema, signal });

export const usersQueryOptions = () => queryOptions({ queryKey: usersQueryKey, queryFn: ({ signal }) => getUsers(signal) });

export const useUsers = () => useQuery(usersQueryOptions());
