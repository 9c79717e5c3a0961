import { Badge, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { paths } from '../../../config/modules';
import { useMe } from '../../../lib/queries/get-me';
import { ChangePasswordForm } from '../components/change-password-form';

/** The signed-in user's own account: who they are, their role and scope, and a new password. */
export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  const user = me.data.user;
  if (!user) return <Navigate to={`${paths.login}?next=${encodeURIComponent(paths.profile)}`} replace />;

  return (
    <>
      <PageHeader title={t('auth.profile.title')} description={t('auth.profile.description')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card p={{ base: 'md', sm: 'lg' }}>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {user.displayName}
            </Title>
            <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {user.email}
            </Text>
            <Group gap="xs">
              <Badge variant="light">{t(`roles.${user.role}`)}</Badge>
              {user.partnerId && <Badge variant="outline">{t('users.scopePartner', { partner: user.partnerId })}</Badge>}
              {user.postId && <Badge variant="outline">{t('users.scopePost', { post: user.postId })}</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {t('auth.profile.askAdmin')}
            </Text>
          </Stack>
        </Card>
        <Card p={{ base: 'md', sm: 'lg' }}>
          <Title order={2} size="h4" mb="sm">
            {t('auth.profile.passwordTitle')}
          </Title>
          <ChangePasswordForm />
        </Card>
      </SimpleGrid>
    </>
  );
}
