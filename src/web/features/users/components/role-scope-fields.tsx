import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/schemas/countries';
import { ROLES, RoleSchema, type Role } from '../../../../shared/schemas/roles';
import { useLocale } from '../../../i18n/use-locale';

interface RoleScopeFieldsProps {
  role: Role | null;
  partnerId: string | null;
  postId: string;
  partners: readonly Partner[];
  onRole: (role: Role | null) => void;
  onPartner: (partnerId: string | null) => void;
  onPost: (postId: string) => void;
  errorOf: (field: 'role' | 'partnerId' | 'postId') => string | undefined;
  roleDescription?: string;
  roleDisabled?: boolean;
}

/** A role and the scope it needs (a partner for a focal point, a post for a consular officer), for creating and editing an account. */
export function RoleScopeFields(props: RoleScopeFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const partnerOptions = [...props.partners]
    .sort((a, b) => locale.compare(locale.name(a), locale.name(b)))
    .map((p) => ({ value: p.id, label: p.acronym ? `${p.acronym} · ${locale.name(p)}` : locale.name(p) }));
  return (
    <>
      <Select
        label={t('users.fields.role')}
        description={props.roleDescription}
        required
        disabled={props.roleDisabled}
        data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        value={props.role}
        onChange={(value) => props.onRole(value ? RoleSchema.parse(value) : null)}
        error={props.errorOf('role')}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      {props.role === 'partner_focal_point' && (
        <Select
          label={t('users.fields.partner')}
          description={t('users.partnerHint')}
          required
          searchable
          nothingFoundMessage={t('users.noPartner')}
          data={partnerOptions}
          value={props.partnerId}
          onChange={props.onPartner}
          error={props.errorOf('partnerId')}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {props.role === 'consular_officer' && (
        <TextInput
          label={t('users.fields.post')}
          description={t('users.postHint')}
          required
          value={props.postId}
          onChange={(e) => props.onPost(e.currentTarget.value)}
          error={props.errorOf('postId')}
        />
      )}
    </>
  );
}
