import { useMutation } from '@tanstack/react-query';
import { JobStatusSchema, type Submission } from '../../../../shared/schemas/research';
import { apiRequest } from '../../../lib/api-client';

export const submitGenomes = (body: Submission) => apiRequest('/api/research/submissions', { method: 'POST', body, schema: JobStatusSchema });

export const useSubmitGenomes = () => useMutation({ mutationFn: submitGenomes });
