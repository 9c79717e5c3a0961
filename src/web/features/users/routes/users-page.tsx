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
import { UsersTable } from '../components/users-table';

/** Admin → Users: every account, creating new ones and disabling or enabling them. */
export function UsersPage({ partners, currentUserId }: { partners: readonly Partner[]; currentUserId: number | undefined }) {
  const { t } = useTranslation();
  const users = useUsers();
  const update = useUpdateUser();
  const [creating, { open, close }] = useDisclosure(false);
  const [created, setCreated] = useState<User | null>(null);

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
      {(created || update.isError) && (
        <Stack gap="sm" mb="md">
          {created && (
          <Alert color="teal" variant="light" withCloseButton onClose={() => setCreated(null)} closeButtonLabel={t('common.dismiss')}>
            {t('users.created', { name: created.displayName, email: created.email })}
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
    </>
  );
}

