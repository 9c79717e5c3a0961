import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { GenomePageSchema, type DownloadQuery } from '../../../../shared/schemas/research';
import { apiRequest, buildUrl } from '../../../lib/api-client';

export interface GenomeSearchParams {
  mutation?: string;
  clade?: string;
  country?: string;
  from?: string;
  to?: string;
  qc?: string;
  limit: number;
  offset: number;
}

export const searchGenomes = (query: GenomeSearchParams, signal?: AbortSignal) =>
  apiRequest('/api/research/genomes', { schema: GenomePageSchema, query: { ...query }, signal });

export const useGenomeSearch = (query: GenomeSearchParams) =>
  useQuery({ queryKey: ['research', 'genomes', query], queryFn: ({ signal }) => searchGenomes(query, signal), placeholderData: keepPreviousData });

/** The address that streams the whole search (every page) as a file. */
export const downloadUrl = (query: Omit<GenomeSearchParams, 'limit' | 'offset'>, format: DownloadQuery['format']) =>
  buildUrl('/api/research/genomes/download', { ...query, format });
