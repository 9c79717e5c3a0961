import { Button, Group, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useAddEdition } from '../api/manage-documents';

const FIELDS = ['date', 'summary'] as const;

// A new draft edition of a document: its date and what changed.
export function NewEditionForm({ documentId }: { documentId: number }) {
  const { t } = useTranslation('knowledge');
  const add = useAddEdition();
  const [date, setDate] = useState('');
  const [summary, setSummary] = useState('');
  const errors = fieldErrors(add.error, FIELDS);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({ documentId, body: { date, summary } }, { onSuccess: () => setSummary('') });
      }}
    >
      <Group align="flex-end" wrap="wrap" gap="sm">
        <TextInput type="date" label={t('manage.editionDate')} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
        <Textarea label={t('manage.summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} maxLength={4000} autosize minRows={1} style={{ flex: 1, minWidth: 200 }} error={errors.summary} />
        <Button type="submit" variant="light" loading={add.isPending}>
          {t('manage.addEdition')}
        </Button>
      </Group>
      <ErrorAlert error={add.error} shownFields={FIELDS} />
    </form>
  );
}
