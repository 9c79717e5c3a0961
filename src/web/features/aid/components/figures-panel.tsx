import { Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AidItem } from '../../../../shared/schemas/aid';
import type { AidFigures } from '../../../../shared/schemas/aid-figures';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useAidFigures } from '../api/get-figures';
import { nameById } from '../utils/names';
import { todayIso } from '../utils/plan-defaults';

type Row = Pick<AidFigures['byRegion'][number], 'countries' | 'organisations' | 'packs' | 'tonnes'>;

/** The figures the agency publishes as of a date: the headline, the material part, and tables by region, item, batch and month (print-ready). */
export function FiguresPanel({ items }: { items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger, formatDecimal } = useLocale();
  const [date, setDate] = useState(todayIso());
  const figures = useAidFigures(date);
  const itemName = nameById(items, name);
  const table = (title: string, key: string, rows: Array<Row & { label: string }>) => (
    <Card withBorder>
      <Title order={4} mb="xs">
        {title}
      </Title>
      <Table striped withTableBorder data-testid={`figures-${key}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">{t('figures.countries')}</Table.Th>
            <Table.Th ta="right">{t('figures.organisations')}</Table.Th>
            <Table.Th ta="right">{t('figures.packs')}</Table.Th>
            <Table.Th ta="right">{t('figures.tonnes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.label}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td ta="right">{formatInteger(r.countries)}</Table.Td>
              <Table.Td ta="right">{formatInteger(r.organisations)}</Table.Td>
              <Table.Td ta="right">{formatInteger(r.packs)}</Table.Td>
              <Table.Td ta="right">{formatDecimal(r.tonnes)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput type="date" label={t('figures.asOf')} value={date} onChange={(e) => setDate(e.currentTarget.value)} w={180} />
        <Button variant="default" onClick={() => window.print()}>
          {t('consignment.print')}
        </Button>
      </Group>
      {figures.isPending && <Loader size="sm" />}
      {figures.isError && <ErrorAlert error={figures.error} />}
      {figures.data && (
        <>
          <Text size="lg" fw={600} data-testid="figures-headline">
            {t('figures.headline', { countries: figures.data.countries, organisations: figures.data.organisations, batches: figures.data.batches, date: figures.data.date })}
          </Text>
          <Text data-testid="figures-material">
            {t('figures.material', { items: formatInteger(figures.data.material.items), units: formatInteger(figures.data.material.units), packs: formatInteger(figures.data.material.packs), tonnes: formatDecimal(figures.data.material.tonnes) })}
          </Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {table(t('figures.byRegion'), 'region', figures.data.byRegion.map((r) => ({ ...r, label: r.region ?? t('figures.noRegion') })))}
            {table(t('figures.byItem'), 'item', figures.data.byItem.map((r) => ({ ...r, label: itemName(r.item) })))}
            {table(t('figures.byBatch'), 'batch', figures.data.byBatch.map((r) => ({ ...r, label: t('figures.batch', { number: r.number, date: r.batchDate }) })))}
            {table(t('figures.byMonth'), 'month', figures.data.byMonth.map((r) => ({ ...r, label: r.month })))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
