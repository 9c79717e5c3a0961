import { useQuery } from '@tanstack/react-query';
import { GenomeDetailSchema } from '../../../../shared/schemas/research';
import { apiRequest } from '../../../lib/api-client';

export const getGenome = (id: number, signal?: AbortSignal) => apiRequest(`/api/research/genomes/${id}`, { schema: GenomeDetailSchema, signal });

export const useGenome = (id: number) => useQuery({ queryKey: ['research', 'genome', id], queryFn: ({ signal }) => getGenome(id, signal) });
