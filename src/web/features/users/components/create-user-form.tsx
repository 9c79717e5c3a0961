import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/schemas/countries';
import { RoleSchema, type Role } from '../../../../shared/schemas/roles';
import { CreateUserSchema, type User } from '../../../../shared/schemas/users';
import { ErrorAlert } from '../../../components/error-alert';
import { useFieldMessages } from '../../../lib/field-errors';
import { useCreateUser } from '../api/create-user';
import { RoleScopeFields } from './role-scope-fields';

const FIELDS = ['email', 'displayName', 'role', 'password', 'partnerId', 'postId'] as const;
type Field = (typeof FIELDS)[number];

interface CreateUserFormProps {
  partners: readonly Partner[];
  onCreated: (user: User) => void;
  onCancel: () => void;
}

/** A new account: who, which role, and the scope the role needs (a partner, or an embassy or consulate). */
export function CreateUserForm({ partners, onCreated, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [values, setValues] = useState({
    email: '',
    displayName: '',
    role: null as Role | null,
    password: '',
    partnerId: null as string | null,
    postId: '',
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const server = useFieldMessages(create.error, FIELDS, { partnerId: t('users.fieldErrors.partnerId'), postId: t('users.fieldErrors.postId') });
  const errorOf = (field: Field) => clientErrors[field] ?? server.byField[field];

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setClientErrors((e) => ({ ...e, [key]: undefined }));
  };

  const body = {
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    role: values.role ?? '',
    password: values.password,
    partnerId: values.role === 'partner_focal_point' ? values.partnerId : null,
    postId: values.role === 'consular_officer' ? values.postId.trim() || null : null,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The same schema the server applies; its messages are the server's, ours are translated per field.
    const checked = CreateUserSchema.safeParse(body);
    if (!checked.success) {
      const errors: Partial<Record<Field, string>> = {};
      for (const issue of checked.error.issues) {
        const field = issue.path[0];
        if (typeof field === 'string' && (FIELDS as readonly string[]).includes(field))
          errors[field as Field] = t(`users.fieldErrors.${field as Field}`);
      }
      setClientErrors(errors);
      return;
    }
    const role = RoleSchema.parse(body.role);
    create.mutate({ ...body, role }, { onSuccess: onCreated });
  };


  return (
    <form onSubmit={submit} noValidate aria-label={t('users.createTitle')}>
      <Stack gap="sm">
        {create.isError && <ErrorAlert error={create.error} shownFields={FIELDS} />}
        <TextInput
          label={t('users.fields.displayName')}
          required
          value={values.displayName}
          onChange={(e) => set('displayName', e.currentTarget.value)}
          error={errorOf('displayName')}
          data-autofocus
        />
        <TextInput
          label={t('users.fields.email')}
          type="email"
          required
          autoComplete="off"
          value={values.email}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={errorOf('email')}
        />
        <RoleScopeFields
          role={values.role}
          partnerId={values.partnerId}
          postId={values.postId}
          partners={partners}
          onRole={(role) => set('role', role)}
          onPartner={(value) => set('partnerId', value)}
          onPost={(value) => set('postId', value)}
          errorOf={errorOf}
        />
        <PasswordInput
          label={t('users.fields.password')}
          description={t('users.passwordHint')}
          required
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
          <Button type="submit" loading={create.isPending}>
            {t('users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
