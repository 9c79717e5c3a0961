import { Group, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../shared/schemas/roles';
import { ErrorAlert } from '../components/error-alert';
import { paths } from '../config/modules';
import { useMe } from '../lib/queries/get-me';
import { NotAllowedPage } from './routes/status-pages';

/** Anonymous visitors go to login and come back; signed-in users without one of `roles` are told so. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <Group justify="center" py={80}>
        <Loader size="sm" aria-label={t('common.loading')} />
      </Group>
    );
  }
  if (me.isError) return <ErrorAlert error={me.error} />;

  const user = me.data.user;
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`${paths.login}?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!roles.includes(user.role)) return <NotAllowedPage />;
  return <>{children}</>;
}
