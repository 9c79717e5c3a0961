import { Card, Group, Loader, Progress, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useCountries } from '../../../lib/queries/get-countries';
import { useImportedCaseStatistics } from '../api/imported-cases';
import { ImportedCasesCharts } from './imported-cases-charts';
import { StatFigure } from './stat-figure';

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** Imported cases over a range: how many, the shares holding our passport and of students, and where they came from. */
export function ImportedCasesStatistics({ initial }: { initial: { from: string; to: string } }) {
  const { t } = useTranslation('consular');
  const { name, formatInteger } = useLocale();
  const [range, setRange] = useState(initial);
  const stats = useImportedCaseStatistics(range);
  const countries = useCountries();
  const byIso3 = new Map((countries.data?.countries ?? []).map((c) => [c.iso3, c]));
  const reversed = range.from !== '' && range.to !== '' && range.from > range.to;

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <TextInput type="date" label={t('importedCases.from')} value={range.from} onChange={(e) => setRange({ ...range, from: e.currentTarget.value })} />
        <TextInput type="date" label={t('importedCases.to')} value={range.to} onChange={(e) => setRange({ ...range, to: e.currentTarget.value })} error={reversed ? t('importedCases.reversed') : undefined} />
      </Group>
      {stats.isPending && !reversed && <Loader size="sm" />}
      {stats.isError && <ErrorAlert error={stats.error} />}
      {stats.data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <StatFigure label={t('importedCases.total')} value={formatInteger(stats.data.total)} testId="imported-total" />
            <StatFigure label={t('importedCases.ownPassport')} value={percent(stats.data.ownPassport.share)} detail={formatInteger(stats.data.ownPassport.count)} testId="imported-own" />
            <StatFigure label={t('importedCases.students')} value={percent(stats.data.students.share)} detail={formatInteger(stats.data.students.count)} testId="imported-students" />
          </SimpleGrid>
          <ImportedCasesCharts range={range} />
          <Card>
            <Title order={3} size="h5" mb="xs">
              {t('importedCases.byOrigin')}
            </Title>
            {stats.data.byOrigin.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('importedCases.none')}
              </Text>
            ) : (
              <Table>
                <Table.Tbody>
                  {stats.data.byOrigin.map((o) => {
                    const country = byIso3.get(o.iso3);
                    return (
                      <Table.Tr key={o.iso3}>
                        <Table.Td>{country ? name(country) : o.iso3}</Table.Td>
                        <Table.Td w="50%">
                          <Progress value={(o.count / stats.data.total) * 100} aria-label={country ? name(country) : o.iso3} />
                        </Table.Td>
                        <Table.Td ta="right">{formatInteger(o.count)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </>
      )}
    </Stack>
  );
}
