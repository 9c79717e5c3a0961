import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportationRisk } from '../../../../shared/schemas/spread';
import { useLocale } from '../../../i18n/use-locale';

const SIGNIFICANT = 3;

/**
 * Countries by the infections they are expected to import by air in a week, highest first, with the main source;
 * those at risk with few cases of their own and few hospital beds are flagged for preparedness aid.
 */
export function ImportationRiskTable({ risk, countryName }: { risk: ImportationRisk; countryName: (iso3: string) => string }) {
  const { t } = useTranslation('situation');
  const locale = useLocale();
  const expected = (value: number) => (value >= 100 ? locale.formatInteger(value) : Number(value.toPrecision(SIGNIFICANT)).toLocaleString(locale.tag));
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table striped aria-label={t('risk.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('risk.columns.rank')}</Table.Th>
            <Table.Th>{t('risk.columns.country')}</Table.Th>
            <Table.Th ta="right">{t('risk.columns.expected')}</Table.Th>
            <Table.Th>{t('risk.columns.mainSource')}</Table.Th>
            <Table.Th ta="right">{t('risk.columns.travellers')}</Table.Th>
            <Table.Th ta="right">{t('risk.columns.incidence')}</Table.Th>
            <Table.Th>{t('risk.columns.preparedness')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {risk.countries.map((row) => (
            <Table.Tr key={row.iso3}>
              <Table.Td>{row.rank}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/situation/${row.iso3}`} size="sm">
                  {countryName(row.iso3)}
                </Anchor>
              </Table.Td>
              <Table.Td ta="right">{expected(row.expectedPerWeek)}</Table.Td>
              <Table.Td>
                {row.mainSource === null ? '—' : countryName(row.mainSource)}
                {row.mainSource !== null && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({Math.round(row.mainSourceShare * 100)}%)
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{locale.formatInteger(row.travellersPerWeek)}</Table.Td>
              <Table.Td ta="right">{row.incidence7dPer100k === null ? '—' : locale.formatDecimal(row.incidence7dPer100k)}</Table.Td>
              <Table.Td>
                {row.preparedness && (
                  <Badge size="sm" color="orange" variant="light" title={t('risk.preparednessHelp')}>
                    {t('risk.preparednessFlag')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
