import { useEffect } from 'react';
import { OkSchema } from '../../../../shared/schemas/common';
import { apiRequest } from '../../../lib/api-client';

export const logVisit = (path: string) => apiRequest('/api/research/visits', { method: 'POST', body: { path }, schema: OkSchema });

/** Counts a visit of a page that reads nothing from the research API (the others are counted by their reads). */
export function useLogVisit(path: string) {
  useEffect(() => {
    logVisit(path).catch(() => {
      // Statistics are best effort: a failed count never disturbs the page.
    });
  }, [path]);
}
