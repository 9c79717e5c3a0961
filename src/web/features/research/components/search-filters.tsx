import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMutationLabel } from '../../../../core/genome/mutation-label';
import { QC_STATUSES } from '../../../../shared/schemas/research';
import type { Filters } from '../utils/search-params';

interface SearchFiltersProps {
  value: Filters;
  onSearch(filters: Filters): void;
}

/** Mutation, clade, country, collection dates and QC status; applied on submit. */
export function SearchFilters({ value, onSearch }: SearchFiltersProps) {
  const { t } = useTranslation('research');
  const [draft, setDraft] = useState<Filters>(value);
  const [mutationInvalid, setMutationInvalid] = useState(false);
  const set = (key: keyof Filters) => (v: string | null) => setDraft((d) => ({ ...d, [key]: v ?? '' }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = !!draft.mutation?.trim() && !parseMutationLabel(draft.mutation).ok;
    setMutationInvalid(invalid);
    if (!invalid) onSearch(draft);
  };

  return (
    <form onSubmit={submit} aria-label={t('nav.search')}>
      <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }} spacing="sm">
        <TextInput
          label={t('filters.mutation')}
          placeholder={t('filters.mutationPlaceholder')}
          value={draft.mutation ?? ''}
          error={mutationInvalid ? t('filters.mutationInvalid') : undefined}
          onChange={(e) => set('mutation')(e.currentTarget.value)}
        />
        <TextInput label={t('filters.clade')} placeholder={t('filters.cladePlaceholder')} value={draft.clade ?? ''} onChange={(e) => set('clade')(e.currentTarget.value)} />
        <TextInput label={t('filters.country')} placeholder={t('filters.countryPlaceholder')} maxLength={3} value={draft.country ?? ''} onChange={(e) => set('country')(e.currentTarget.value)} />
        <TextInput type="date" label={t('filters.from')} value={draft.from ?? ''} onChange={(e) => set('from')(e.currentTarget.value)} />
        <TextInput type="date" label={t('filters.to')} value={draft.to ?? ''} onChange={(e) => set('to')(e.currentTarget.value)} />
        <Select
          label={t('filters.qc')}
          placeholder={t('filters.any')}
          clearable
          data={QC_STATUSES.map((s) => ({ value: s, label: t(`qc.${s}`) }))}
          value={draft.qc ?? null}
          onChange={set('qc')}
        />
      </SimpleGrid>
      <Group mt="sm" gap="xs">
        <Button type="submit">{t('filters.search')}</Button>
        <Button
          variant="subtle"
          onClick={() => {
            setDraft({});
            onSearch({});
          }}
        >
          {t('filters.reset')}
        </Button>
      </Group>
    </form>
  );
}
