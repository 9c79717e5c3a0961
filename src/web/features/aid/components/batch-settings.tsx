import { Group, Loader, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITY_WEIGHT_KEYS, type AidItem, type BatchSettings } from '../../../../shared/schemas/aid';
import type { Partner } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useNeedsParameters } from '../api/get-needs-parameters';
import { DEFAULT_WEIGHTS } from '../utils/plan-defaults';
import { nameById } from '../utils/names';

/** The settings an approved plan was run with, as a table of setting → value; needs values only where not the model's. */
export function BatchSettingsTable({ settings, items, partners }: { settings: BatchSettings | null; items: readonly AidItem[]; partners: readonly Partner[] }) {
  const { t } = useTranslation('aid');
  const { name, tag } = useLocale();
  if (!settings) return <Text c="dimmed">{t('batchSettings.unreadable')}</Text>;
  const plain = new Intl.NumberFormat(tag, { maximumSignificantDigits: 6 });
  const itemName = nameById(items, name);
  const partnerName = nameById(partners, name);
  const perPartner = (values: Record<string, number> | undefined) =>
    Object.entries(values ?? {})
      .map(([id, value]) => t('batchSettings.partnerValue', { partner: partnerName(id), value: plain.format(value) }))
      .join(' · ');
  const rows: Array<[string, ReactNode]> = [
    [t('options.weeksToBatch'), plain.format(settings.weeksToBatch)],
    [t('options.items'), settings.items?.length ? settings.items.map(itemName).join(' · ') : t('options.itemsPlaceholder')],
    [t('options.weights'), PRIORITY_WEIGHT_KEYS.map((key) => t('batchSettings.weight', { factor: t(`factor.${key}`), value: plain.format(settings.priorityWeightValues?.[key] ?? settings.weights?.[key] ?? DEFAULT_WEIGHTS[key]) })).join(' · ')],
    [t('options.needsHorizon'), plain.format(settings.needsHorizonWeeks)],
    [t('options.freight'), settings.freightCapacityKg === undefined ? t('batchSettings.noLimit') : plain.format(settings.freightCapacityKg)],
    [t('options.estimatedDemand'), settings.estimatedDemand ? t('batchSettings.on') : t('batchSettings.off')],
  ];
  if (Object.keys(settings.severities ?? {}).length > 0) rows.push([t('batchSettings.severities'), perPartner(settings.severities)]);
  if (Object.keys(settings.priorities ?? {}).length > 0) rows.push([t('batchSettings.priorities'), perPartner(settings.priorities)]);
  rows.push([t('batchSettings.needsValues'), <ChangedNeedsValues key="needs" values={settings.needsValues} />]);
  return (
    <Table variant="vertical" withTableBorder data-testid="batch-settings">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={260}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The needs-model values of the batch that differ from the model's defaults (GET /api/aid/needs-parameters). */
function ChangedNeedsValues({ values }: { values: BatchSettings['needsValues'] }) {
  const { t } = useTranslation('aid');
  const { tag } = useLocale();
  const parameters = useNeedsParameters();
  if (values === undefined) return <Text size="sm">{t('batchSettings.needsNotKept')}</Text>;
  if (values === null) return <Text size="sm">{t('batchSettings.needsFailed')}</Text>;
  if (parameters.isPending) {
    return (
      <Group>
        <Loader size="xs" />
      </Group>
    );
  }
  if (parameters.isError) return <ErrorAlert error={parameters.error} />;
  const plain = new Intl.NumberFormat(tag, { maximumSignificantDigits: 6 });
  const changed = parameters.data.parameters.flatMap((p) => {
    const value = values[p.id];
    return value !== undefined && value !== p.modelValue ? [{ p, value }] : [];
  });
  if (changed.length === 0) return <Text size="sm">{t('batchSettings.needsNone')}</Text>;
  return (
    <Table data-testid="batch-needs-values">
      <Table.Tbody>
        {changed.map(({ p, value }) => (
          <Table.Tr key={p.id} data-parameter={p.id}>
            <Table.Td>{t(`needsParameters.labels.${p.id}`, { defaultValue: p.label })}</Table.Td>
            <Table.Td>{t('batchSettings.needsValue', { value: plain.format(value), unit: t(`needsParameters.units.${p.id}`, { defaultValue: p.unit }) })}</Table.Td>
            <Table.Td c="dimmed">{t('needsParameters.defaultValue', { value: plain.format(p.modelValue) })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
