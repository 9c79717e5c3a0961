import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { ChangePassword } from '../../../../shared/schemas/users';
import { apiRequest } from '../../../lib/api-client';

// 204 with no body: the schema accepts the nothing that comes back.
export const changePassword = (body: ChangePassword) => apiRequest('/api/auth/password', { method: 'PUT', body, schema: z.undefined() });

export const useChangePassword = () => useMutation({ mutationKey: ['auth', 'password'], mutationFn: changePassword });
