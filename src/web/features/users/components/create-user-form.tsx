import { Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/schemas/countries';
import { ROLES, RoleSchema, type Role } from '../../../../shared/schemas/roles';
import { CreateUserSchema, type User } from '../../../../shared/schemas/users';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useLocale } from '../../../i18n/use-locale';
import { useCreateUser } from '../api/create-user';

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
  const locale = useLocale();
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
  const serverErrors = fieldErrors(create.error, FIELDS);
  const errorOf = (field: Field) => clientErrors[field] ?? serverErrors[field];

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

  const partnerOptions = [...partners]
    .sort((a, b) => locale.compare(locale.name(a), locale.name(b)))
    .map((p) => ({ value: p.id, label: p.acronym ? `${p.acronym} · ${locale.name(p)}` : locale.name(p) }));

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
        <Select
          label={t('users.fields.role')}
          required
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={values.role}
          onChange={(value) => set('role', value ? RoleSchema.parse(value) : null)}
          error={errorOf('role')}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        {values.role === 'partner_focal_point' && (
          <Select
            label={t('users.fields.partner')}
            description={t('users.partnerHint')}
            required
            searchable
            nothingFoundMessage={t('users.noPartner')}
            data={partnerOptions}
            value={values.partnerId}
            onChange={(value) => set('partnerId', value)}
            error={errorOf('partnerId')}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {values.role === 'consular_officer' && (
          <TextInput
            label={t('users.fields.post')}
            description={t('users.postHint')}
            required
            value={values.postId}
            onChange={(e) => set('postId', e.currentTarget.value)}
            error={errorOf('postId')}
          />
        )}
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
