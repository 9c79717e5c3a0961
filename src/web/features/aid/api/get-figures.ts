import { useQuery } from '@tanstack/react-query';
import { AidFiguresSchema } from '../../../../shared/schemas/aid-figures';
import { apiRequest } from '../../../lib/api-client';

export const useAidFigures = (date: string) =>
  useQuery({ queryKey: ['aid', 'figures', date], queryFn: ({ signal }) => apiRequest('/api/aid/figures', { query: { date }, schema: AidFiguresSchema, signal }), enabled: /^\d{4}-\d{2}-\d{2}$/.test(date) });
