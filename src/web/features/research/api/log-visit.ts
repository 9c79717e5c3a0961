import { useEffect } from 'react';
import { OkSchema } from '../../../../shared/schemas/common';
import { apiRequest } from '../../../lib/api-client';
import { useMe } from '../../../lib/queries/get-me';

export const logVisit = (path: string) => apiRequest('/api/research/visits', { method: 'POST', body: { path }, schema: OkSchema });

/** Counts a visit of a page that reads nothing from the research API (the others are counted by their reads). */
export function useLogVisit(path: string) {
  // A signed-in visitor's POST needs the session's CSRF token, which arrives with /api/auth/me: wait for it.
  const me = useMe();
  const known = me.isSuccess || me.isError;
  useEffect(() => {
    if (!known) return;
    logVisit(path).catch(() => {
      // Statistics are best effort: a failed count never disturbs the page.
    });
  }, [path, known]);
}
