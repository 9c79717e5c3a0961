import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordSchema } from '../../../../shared/schemas/users';
import { ErrorAlert } from '../../../components/error-alert';
import { useFieldMessages } from '../../../lib/field-errors';
import { useChangePassword } from '../api/change-password';

const FIELDS = ['currentPassword', 'newPassword', 'repeat'] as const;
type Field = (typeof FIELDS)[number];

/** One's own new password, proven by the current one; the other sessions of the account end. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', repeat: '' });
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const server = useFieldMessages(change.error, FIELDS, { currentPassword: t('auth.profile.wrongCurrent') });
  const errorOf = (field: Field) => clientErrors[field] ?? server.byField[field];

  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setClientErrors((e) => ({ ...e, [field]: undefined }));
    if (change.isSuccess) change.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) errors.currentPassword = t('auth.passwordRequired');
    if (!ChangePasswordSchema.shape.newPassword.safeParse(values.newPassword).success) errors.newPassword = t('auth.profile.newPasswordRule');
    else if (values.repeat !== values.newPassword) errors.repeat = t('auth.profile.repeatMismatch');
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      { onSuccess: () => setValues({ currentPassword: '', newPassword: '', repeat: '' }) },
    );
  };

  const toggle = { 'aria-label': t('auth.togglePassword') };
  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.profile.passwordTitle')}>
      <Stack gap="sm">
        {change.isSuccess && (
          <Alert color="teal" variant="light" role="status">
            {t('auth.profile.changed')}
          </Alert>
        )}
        {change.isError && <ErrorAlert error={change.error} shownFields={server.shownFields} />}
        <PasswordInput
          label={t('auth.profile.currentPassword')}
          autoComplete="current-password"
          required
          value={values.currentPassword}
          onChange={(e) => set('currentPassword', e.currentTarget.value)}
          error={errorOf('currentPassword')}
          visibilityToggleButtonProps={toggle}
        />
        <PasswordInput
          label={t('auth.profile.newPassword')}
          description={t('auth.profile.newPasswordRule')}
          autoComplete="new-password"
          required
          value={values.newPassword}
          onChange={(e) => set('newPassword', e.currentTarget.value)}
          error={errorOf('newPassword')}
          visibilityToggleButtonProps={toggle}
        />
        <PasswordInput
          label={t('auth.profile.repeatPassword')}
          autoComplete="new-password"
          required
          value={values.repeat}
          onChange={(e) => set('repeat', e.currentTarget.value)}
          error={errorOf('repeat')}
          visibilityToggleButtonProps={toggle}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            {t('auth.profile.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
