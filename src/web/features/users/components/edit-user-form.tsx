import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/schemas/countries';
import type { Role } from '../../../../shared/schemas/roles';
import { UpdateUserSchema, type UpdateUser, type User } from '../../../../shared/schemas/users';
import { ErrorAlert } from '../../../components/error-alert';
import { useFieldMessages } from '../../../lib/field-errors';
import { useUpdateUser } from '../api/update-user';
import { RoleScopeFields } from './role-scope-fields';

const FIELDS = ['displayName', 'role', 'partnerId', 'postId', 'password'] as const;
type Field = (typeof FIELDS)[number];

interface EditUserFormProps {
  user: User;
  partners: readonly Partner[];
  /** An admin editing their own account keeps the admin role. */
  isSelf: boolean;
  onSaved: (user: User) => void;
  onCancel: () => void;
}

/** An admin's edit of an account: its name, role and the scope the role needs, and a new password if given. */
export function EditUserForm({ user, partners, isSelf, onSaved, onCancel }: EditUserFormProps) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [values, setValues] = useState({ displayName: user.displayName, role: user.role as Role, partnerId: user.partnerId, postId: user.postId ?? '', password: '' });
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const server = useFieldMessages(update.error, FIELDS, { partnerId: t('users.fieldErrors.partnerId'), postId: t('users.fieldErrors.postId') });
  const errorOf = (field: Field) => clientErrors[field] ?? server.byField[field];

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setClientErrors((e) => ({ ...e, [key]: undefined }));
  };

  // Only what changed is sent, so the audit log records exactly the edit.
  const changes: UpdateUser = {
    ...(values.displayName.trim() !== user.displayName && { displayName: values.displayName.trim() }),
    ...(values.role !== user.role && { role: values.role }),
    ...(values.role === 'partner_focal_point' && values.partnerId !== user.partnerId && { partnerId: values.partnerId }),
    ...(values.role === 'consular_officer' && values.postId.trim() !== (user.postId ?? '') && { postId: values.postId.trim() || null }),
    ...(values.password && { password: values.password }),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Partial<Record<Field, string>> = {};
    const checked = UpdateUserSchema.safeParse(changes);
    if (!checked.success)
      for (const issue of checked.error.issues) {
        const field = issue.path[0];
        if (typeof field === 'string' && (FIELDS as readonly string[]).includes(field)) errors[field as Field] = t(`users.fieldErrors.${field as Field}`);
      }
    if (values.role === 'partner_focal_point' && !values.partnerId) errors.partnerId = t('users.fieldErrors.partnerId');
    if (values.role === 'consular_officer' && !values.postId.trim()) errors.postId = t('users.fieldErrors.postId');
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    if (Object.keys(changes).length === 0) return onCancel();
    update.mutate({ id: user.id, changes }, { onSuccess: onSaved });
  };


  return (
    <form onSubmit={submit} noValidate aria-label={t('users.editTitle', { name: user.displayName })}>
      <Stack gap="sm">
        {update.isError && <ErrorAlert error={update.error} shownFields={server.shownFields} />}
        <TextInput label={t('users.fields.email')} value={user.email} readOnly variant="filled" />
        <TextInput
          label={t('users.fields.displayName')}
          required
          value={values.displayName}
          onChange={(e) => set('displayName', e.currentTarget.value)}
          error={errorOf('displayName')}
          data-autofocus
        />
        <RoleScopeFields
          role={values.role}
          partnerId={values.partnerId}
          postId={values.postId}
          partners={partners}
          onRole={(role) => role && set('role', role)}
          onPartner={(value) => set('partnerId', value)}
          onPost={(value) => set('postId', value)}
          errorOf={errorOf}
          roleDescription={isSelf ? t('users.ownRoleHint') : undefined}
          roleDisabled={isSelf}
        />
        <PasswordInput
          label={t('users.fields.newPassword')}
          description={t('users.resetHint')}
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => set('password', e.currentTarget.value)}
          error={errorOf('password')}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('users.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
