import { useQuery } from '@tanstack/react-query';
import {
  ExpertListSchema,
  MissionListSchema,
  MissionSchema,
  TeamListSchema,
  TeamSchema,
  type MissionInput,
  type MissionUpdate,
  type TeamInput,
} from '../../../../shared/schemas/aid-missions';
import { apiRequest } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

// Technical assistance (ADR 045): expert teams, missions to partners and remote consultations. Under
// ['aid'], so that every aid write (and the figures that count missions) is refetched after each one.

export const useExperts = (enabled = true) =>
  useQuery({ queryKey: ['aid', 'experts'], queryFn: ({ signal }) => apiRequest('/api/aid/experts', { schema: ExpertListSchema, signal }), enabled });
export const useTeams = (enabled = true) => useQuery({ queryKey: ['aid', 'teams'], queryFn: ({ signal }) => apiRequest('/api/aid/teams', { schema: TeamListSchema, signal }), enabled });
export const useMissions = () => useQuery({ queryKey: ['aid', 'missions'], queryFn: ({ signal }) => apiRequest('/api/aid/missions', { schema: MissionListSchema, signal }) });
export const usePartnerMissions = (partnerId: string) =>
  useQuery({
    queryKey: ['aid', 'missions', 'partner', partnerId],
    queryFn: ({ signal }) => apiRequest(`/api/aid/partners/${encodeURIComponent(partnerId)}/missions`, { schema: MissionListSchema, signal }),
  });

export const useCreateTeam = () => useAidMutation((body: TeamInput) => apiRequest('/api/aid/teams', { method: 'POST', body, schema: TeamSchema }));
export const useUpdateTeam = () => useAidMutation(({ id, body }: { id: number; body: TeamInput }) => apiRequest(`/api/aid/teams/${id}`, { method: 'PUT', body, schema: TeamSchema }));
export const useCreateMission = () => useAidMutation((body: MissionInput) => apiRequest('/api/aid/missions', { method: 'POST', body, schema: MissionSchema }));
export const useUpdateMission = () =>
  useAidMutation(({ id, body }: { id: number; body: MissionUpdate }) => apiRequest(`/api/aid/missions/${id}`, { method: 'PATCH', body, schema: MissionSchema }));
