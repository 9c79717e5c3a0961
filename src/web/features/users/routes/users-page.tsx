import { Alert, Button, Card, Group, Loader, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/schemas/countries';
import type { User } from '../../../../shared/schemas/users';
import { ErrorAlert } from '../../../components/error-alert';
import { IconPlus } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { useUsers } from '../api/get-users';
import { useUpdateUser } from '../api/update-user';
import { CreateUserForm } from '../components/create-user-form';
import { EditUserForm } from '../components/edit-user-form';
import { UsersTable } from '../components/users-table';

/** Admin → Users: every account, creating new ones, editing them (name, role, scope, password), disabling or enabling them. */
export function UsersPage({ partners, currentUserId }: { partners: readonly Partner[]; currentUserId: number | undefined }) {
  const { t } = useTranslation();
  const users = useUsers();
  const update = useUpdateUser();
  const [creating, { open, close }] = useDisclosure(false);
  const [created, setCreated] = useState<User | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  const [saved, setSaved] = useState<User | null>(null);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={open}>
            {t('users.new')}
          </Button>
        }
      />
      {(created || saved || update.isError) && (
        <Stack gap="sm" mb="md">
          {created && (
          <Alert color="teal" variant="light" withCloseButton onClose={() => setCreated(null)} closeButtonLabel={t('common.dismiss')}>
            {t('users.created', { name: created.displayName, email: created.email })}
          </Alert>
        )}
          {saved && (
            <Alert color="teal" variant="light" withCloseButton onClose={() => setSaved(null)} closeButtonLabel={t('common.dismiss')}>
              {t('users.saved', { name: saved.displayName })}
            </Alert>
          )}
          {update.isError && <ErrorAlert error={update.error} />}
        </Stack>
      )}
      <Card p={{ base: 'xs', sm: 'md' }}>
        {users.isPending ? (
          <Group justify="center" py="xl">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Group>
        ) : users.isError ? (
          <ErrorAlert error={users.error} />
        ) : (
          <UsersTable
            users={users.data.users}
            partners={partners}
            currentUserId={currentUserId}
            pendingId={update.isPending ? update.variables?.id : undefined}
            onToggleDisabled={(user) => update.mutate({ id: user.id, changes: { disabled: !user.disabled } })}
            onEdit={(user) => {
              setSaved(null);
              setEditing(user);
            }}
          />
        )}
      </Card>
      <Modal opened={creating} onClose={close} title={t('users.createTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <CreateUserForm
          partners={partners}
          onCancel={close}
          onCreated={(user) => {
            setCreated(user);
            close();
          }}
        />
      </Modal>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing ? t('users.editTitle', { name: editing.displayName }) : ''} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        {editing && (
          <EditUserForm
            key={editing.id}
            user={editing}
            partners={partners}
            isSelf={editing.id === currentUserId}
            onCancel={() => setEditing(null)}
            onSaved={(user) => {
              setSaved(user);
              setEditing(null);
            }}
          />
        )}
      </Modal>
    </>
  );
}

