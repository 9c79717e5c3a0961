import { Autocomplete, Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditActions } from '../api/get-audit-actions';
import type { AuditFilterKey, AuditFilters } from '../utils/audit-filters';

interface AuditFiltersFormProps {
  initial: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

const EMPTY: AuditFilters = { action: '', entityType: '', entityId: '', from: '', to: '' };

/** Action, entity type and id, and a date range; applied together so the table does not jump on every keystroke. */
export function AuditFiltersForm({ initial, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<AuditFilters>(initial);
  const actions = useAuditActions();
  const set = (key: AuditFilterKey) => (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const rangeError = values.from && values.to && values.from > values.to ? t('audit.rangeError') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!rangeError) onApply(values);
  };

  return (
    <form onSubmit={submit} aria-label={t('audit.filtersLabel')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        <Autocomplete
          label={t('audit.fields.action')}
          placeholder={t('audit.placeholders.action')}
          data={actions.data?.actions ?? []}
          value={values.action}
          onChange={(action) => setValues((v) => ({ ...v, action }))}
          limit={50}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('audit.fields.entityType')}
          placeholder={t('audit.placeholders.entityType')}
          value={values.entityType}
          onChange={set('entityType')}
        />
        <TextInput label={t('audit.fields.entityId')} value={values.entityId} onChange={set('entityId')} />
        <TextInput label={t('audit.fields.from')} type="date" value={values.from} onChange={set('from')} max={values.to || undefined} />
        <TextInput
          label={t('audit.fields.to')}
          type="date"
          value={values.to}
          onChange={set('to')}
          min={values.from || undefined}
          error={rangeError}
        />
      </SimpleGrid>
      <Group justify="flex-end" gap="xs" mt="sm">
        <Button
          variant="default"
          onClick={() => {
            setValues(EMPTY);
            onApply(EMPTY);
          }}
        >
          {t('audit.reset')}
        </Button>
        <Button type="submit">{t('audit.apply')}</Button>
      </Group>
    </form>
  );
}
