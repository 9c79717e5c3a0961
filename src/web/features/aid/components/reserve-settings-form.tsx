import { Button, Group, NumberInput, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReserveSettings } from '../../../../shared/schemas/aid';
import type { Country } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { usePutReserveSettings } from '../api/put-reserve-settings';

/** The donor country, the reserve horizon and the donor's recent daily cases (empty: from the situation). */
export function ReserveSettingsForm({ settings, countries, notes }: { settings: ReserveSettings; countries: readonly Country[]; notes: readonly string[] }) {
  const { t } = useTranslation('aid');
  const { name } = useLocale();
  const put = usePutReserveSettings();
  const [draft, setDraft] = useState<ReserveSettings>(settings);
  return (
    <>
      <Group align="flex-end" gap="sm" data-testid="reserve-settings">
        <Select
          label={t('reserveSettings.donor')}
          data={countries.map((c) => ({ value: c.iso3, label: name(c) }))}
          value={draft.donorIso3}
          onChange={(v) => v && setDraft((d) => ({ ...d, donorIso3: v }))}
          searchable
          allowDeselect={false}
          w={240}
        />
        <NumberInput
          label={t('reserveSettings.horizonWeeks')}
          min={1}
          max={52}
          allowDecimal={false}
          value={draft.horizonWeeks}
          onChange={(x) => setDraft((d) => ({ ...d, horizonWeeks: typeof x === 'number' ? x : d.horizonWeeks }))}
          w={200}
        />
        <NumberInput
          label={t('reserveSettings.dailyCases')}
          placeholder={t('reserveSettings.fromSituation')}
          min={0}
          value={draft.donorDailyCases ?? ''}
          onChange={(x) => setDraft((d) => ({ ...d, donorDailyCases: typeof x === 'number' ? x : null }))}
          w={240}
        />
        <Button onClick={() => put.mutate(draft)} loading={put.isPending}>
          {t('edit.save')}
        </Button>
      </Group>
      {put.isError && <ErrorAlert error={put.error} />}
      {notes.map((note) => (
        <Text key={note} size="xs" c="dimmed" mt={4}>
          {note}
        </Text>
      ))}
    </>
  );
}
