import { useMutation } from '@tanstack/react-query';
import { PlanRunSchema, type PlanOptions } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';

// A plan run is a what-if: nothing is saved, so it is a mutation the planner calls on demand.
export const runPlan = (options: PlanOptions) => apiRequest('/api/aid/plan', { method: 'POST', body: options, schema: PlanRunSchema });
export const useRunPlan = () => useMutation({ mutationFn: runPlan });
