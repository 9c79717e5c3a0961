import { useQuery } from '@tanstack/react-query';
import { DatasetGenesSchema } from '../../../../shared/schemas/research';
import { apiRequest } from '../../../lib/api-client';

export const getDatasetGenes = (signal?: AbortSignal) => apiRequest('/api/research/dataset', { schema: DatasetGenesSchema, signal });

export const useDatasetGenes = () => useQuery({ queryKey: ['research', 'dataset'], queryFn: ({ signal }) => getDatasetGenes(signal), staleTime: Infinity });
