import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/schemas/countries';
import type { User } from '../../../../shared/schemas/users';
import { useLocale } from '../../../i18n/use-locale';

interface UsersTableProps {
  users: readonly User[];
  partners: readonly Partner[];
  currentUserId: number | undefined;
  pendingId: number | undefined;
  onToggleDisabled: (user: User) => void;
  onEdit: (user: User) => void;
}

/** Accounts with their role, scope and status; admins edit, disable and enable them here (never disable themselves). */
export function UsersTable({ users, partners, currentUserId, pendingId, onToggleDisabled, onEdit }: UsersTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const partnerById = new Map(partners.map((p) => [p.id, p]));
  const none = t('common.none');

  const scope = (user: User) => {
    if (user.partnerId) {
      const partner = partnerById.get(user.partnerId);
      return t('users.scopePartner', { partner: partner ? locale.name(partner) : user.partnerId });
    }
    if (user.postId) return t('users.scopePost', { post: user.postId });
    return none;
  };

  return (
    <Table.ScrollContainer minWidth={780} type="native">
      <Table aria-label={t('users.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.columns.user')}</Table.Th>
            <Table.Th>{t('users.columns.role')}</Table.Th>
            <Table.Th>{t('users.columns.scope')}</Table.Th>
            <Table.Th>{t('users.columns.status')}</Table.Th>
            <Table.Th>{t('users.columns.created')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('users.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} c={user.disabled ? 'dimmed' : undefined}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {user.displayName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {user.email}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" radius="sm" color={user.role === 'admin' ? 'grape' : 'concord'}>
                  {t(`roles.${user.role}`)}
                </Badge>
              </Table.Td>
              <Table.Td fz="sm">{scope(user)}</Table.Td>
              <Table.Td>
                <Badge variant="dot" color={user.disabled ? 'gray' : 'teal'}>
                  {user.disabled ? t('users.statusDisabled') : t('users.statusActive')}
                </Badge>
              </Table.Td>
              <Table.Td fz="sm" className="tabular-nums">
                {locale.formatDateTime(user.createdAt)}
              </Table.Td>
              <Table.Td ta="right">
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button size="xs" variant="light" onClick={() => onEdit(user)} aria-label={t('users.editUser', { name: user.displayName })}>
                    {t('users.edit')}
                  </Button>
                  {user.id !== currentUserId && (
                    <Button
                      size="xs"
                      variant={user.disabled ? 'light' : 'subtle'}
                      color={user.disabled ? 'concord' : 'red'}
                      loading={pendingId === user.id}
                      onClick={() => onToggleDisabled(user)}
                      aria-label={t(user.disabled ? 'users.enableUser' : 'users.disableUser', { name: user.displayName })}
                    >
                      {user.disabled ? t('users.enable') : t('users.disable')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
