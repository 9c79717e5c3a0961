import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CitizenListSchema } from '../../../../shared/schemas/consular';
import { KitOverviewSchema } from '../../../../shared/schemas/consular-kits';
import { apiRequest } from '../../../lib/api-client';

const KEY = ['consular', 'kits'] as const;

export const useKits = () => useQuery({ queryKey: KEY, queryFn: ({ signal }) => apiRequest('/api/consular/kits', { schema: KitOverviewSchema, signal }) });
/** The post's citizens, to pick who receives a kit (each read is audited by the server). */
export const usePostCitizens = () => useQuery({ queryKey: ['consular', 'citizens'], queryFn: ({ signal }) => apiRequest('/api/consular/citizens', { schema: CitizenListSchema, signal }) });

function useKitMutation<T>(request: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: (data) => queryClient.setQueryData(KEY, data) });
}

export const useReceiveKits = () => useKitMutation((body: { kitTypeId: string; received: number }) => apiRequest('/api/consular/kits/stock', { method: 'POST', body, schema: KitOverviewSchema }));
export const useOpenRound = () => useKitMutation((body: { kitTypeId: string; name: string; studentsOnly: boolean }) => apiRequest('/api/consular/kits/rounds', { method: 'POST', body, schema: KitOverviewSchema }));
export const useAllocateKit = () =>
  useKitMutation(({ roundId, citizenId }: { roundId: number; citizenId: number }) => apiRequest(`/api/consular/kits/rounds/${roundId}/allocations`, { method: 'POST', body: { citizenId }, schema: KitOverviewSchema }));
export const useHandOverKit = () =>
  useKitMutation(({ roundId, allocationId, status }: { roundId: number; allocationId: number; status: 'picked_up' | 'delivered' }) =>
    apiRequest(`/api/consular/kits/rounds/${roundId}/allocations/${allocationId}/handover`, { method: 'POST', body: { status }, schema: KitOverviewSchema }),
  );
