import { Button, Checkbox, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS } from '../../../../shared/schemas/knowledge';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useCreateDocument } from '../api/manage-documents';

const FIELDS = ['kind', 'titleEn', 'titleZh'] as const;
type Kind = (typeof DOCUMENT_KINDS)[number];

// A new document: its kind, titles in both languages, and whether everyone may read it once published.
export function NewDocumentForm() {
  const { t } = useTranslation('knowledge');
  const create = useCreateDocument();
  const [kind, setKind] = useState<Kind>('diagnosis_treatment');
  const [titleEn, setTitleEn] = useState('');
  const [titleZh, setTitleZh] = useState('');
  const [isPublic, setPublic] = useState(false);
  const errors = fieldErrors(create.error, FIELDS);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ kind, titleEn, titleZh, public: isPublic }, { onSuccess: () => (setTitleEn(''), setTitleZh('')) });
      }}
    >
      <Stack gap="sm">
        <Title order={4}>{t('manage.newDocument')}</Title>
        <Group grow align="flex-start" wrap="wrap">
          <Select label={t('manage.kind')} data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as Kind)} allowDeselect={false} error={errors.kind} />
          <TextInput label={t('manage.titleEn')} value={titleEn} onChange={(e) => setTitleEn(e.currentTarget.value)} maxLength={300} error={errors.titleEn} />
          <TextInput label={t('manage.titleZh')} value={titleZh} onChange={(e) => setTitleZh(e.currentTarget.value)} maxLength={300} error={errors.titleZh} />
        </Group>
        <Checkbox label={t('manage.public')} checked={isPublic} onChange={(e) => setPublic(e.currentTarget.checked)} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('manage.create')}
          </Button>
        </Group>
        <ErrorAlert error={create.error} shownFields={FIELDS} />
      </Stack>
    </form>
  );
}
