import { Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AidItem } from '../../../../shared/schemas/aid';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { downloadFile } from '../../../lib/download-file';
import { useAidFigures } from '../api/get-figures';
import { figuresCsvFileName, figuresTables, tableCsv, type FiguresTable } from '../utils/figures-csv';
import { nameById } from '../utils/names';
import { todayIso } from '../utils/plan-defaults';
import { FiguresCharts } from './figures-charts';

/** The Figures tab: a date, the figures as of it, and the way to their print-ready report. */
export function FiguresPanel({ items }: { items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const [date, setDate] = useState(todayIso());
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput type="date" label={t('figures.asOf')} value={date} onChange={(e) => setDate(e.currentTarget.value)} w={180} />
        <Button variant="default" component={Link} to={`/aid/figures/report?date=${encodeURIComponent(date)}`} data-testid="figures-report-link">
          {t('figures.report')}
        </Button>
        {/* Every activity to date, for the IATI registry and other donors' systems (ADR 037); a plain download. */}
        <Button variant="default" component="a" href="/api/aid/iati/activities.xml" download="concord-iati-activities.xml" data-testid="iati-export">
          {t('figures.iati')}
        </Button>
      </Group>
      <FiguresView date={date} items={items} />
    </Stack>
  );
}

/** The headline, the material and technical parts, charts, and every table with its CSV (the report prints the same). */
export function FiguresView({ date, items, report = false }: { date: string; items: readonly AidItem[]; report?: boolean }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger, formatDecimal } = useLocale();
  const figures = useAidFigures(date);
  const itemName = useMemo(() => nameById(items, name), [items, name]);
  if (figures.isPending) return <Loader size="sm" />;
  if (figures.isError) return <ErrorAlert error={figures.error} />;
  const f = figures.data;
  const tables = figuresTables(f, { item: itemName });
  const label = (table: FiguresTable, row: ReadonlyArray<string | number | null>): string => {
    if (table.key === 'region') return (row[0] as string | null) ?? t('figures.noRegion');
    if (table.key === 'item') return String(row[1]);
    if (table.key === 'batch') return t('figures.batch', { number: row[0], date: row[1] });
    return String(row[0]);
  };
  // The columns shown; the CSV carries them all (units and cubic metres too).
  const shown = (row: ReadonlyArray<string | number | null>) => row.slice(-6);
  return (
    <Stack>
      <Text size="lg" fw={600} data-testid="figures-headline">
        {t('figures.headline', { countries: f.countries, organisations: f.organisations, batches: f.batches, date: f.date })}
      </Text>
      <Text data-testid="figures-material">
        {t('figures.material', { items: formatInteger(f.material.items), units: formatInteger(f.material.units), packs: formatInteger(f.material.packs), tonnes: formatDecimal(f.material.tonnes) })}
      </Text>
      <Text data-testid="figures-technical">
        {t('figures.technical', { teams: formatInteger(f.technical.teams), experts: formatInteger(f.technical.experts), missions: formatInteger(f.technical.missions), days: formatInteger(f.technical.missionDays), remote: formatInteger(f.technical.remoteConsultations) })}
      </Text>
      <FiguresCharts figures={f} itemName={itemName} />
      <SimpleGrid cols={{ base: 1, lg: report ? 1 : 2 }}>
        {tables.map((table) => (
          <Card withBorder key={table.key} component="section">
            <Group justify="space-between" mb="xs">
              <Title order={4}>{t(`figures.by.${table.key}`)}</Title>
              <Button
                size="xs"
                variant="light"
                className="no-print"
                data-testid={`figures-csv-${table.key}`}
                onClick={() => downloadFile(figuresCsvFileName(f.date, table.key), '\uFEFF' + tableCsv(table), 'text/csv;charset=utf-8')}
              >
                {t('figures.csv')}
              </Button>
            </Group>
            <Table striped withTableBorder data-testid={`figures-${table.key}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  {(['countries', 'organisations', 'units', 'packs', 'tonnes', 'cubicMetres'] as const).map((c) => (
                    <Table.Th key={c} ta="right">
                      {t(`figures.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((row, k) => (
                  <Table.Tr key={k}>
                    <Table.Td>{label(table, row)}</Table.Td>
                    {shown(row).map((v, i) => (
                      <Table.Td key={i} ta="right">
                        {i >= 4 ? formatDecimal(Number(v)) : formatInteger(Number(v))}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
