import { Anchor, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../i18n/use-locale';
import { SortableTh } from '../../../components/sortable-th';
import { formatIndicator } from '../utils/format';
import type { OverviewCountry } from '../utils/overview-rows';
import { DETAIL_KEYS, indicatorValue, SORT_KEYS, type SortKey } from '../utils/indicators';

/**
 * Every country on the chosen date, sortable by each indicator (unknown values last); a click opens the
 * country. `detailed` adds the columns that come from the details (new and total cases and deaths).
 */
export function RankingTable({ rows, detailed = false }: { rows: readonly OverviewCountry[]; detailed?: boolean }) {
  const { t } = useTranslation('situation');
  const locale = useLocale();
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({ key: 'severity', direction: 'desc' });
  const keys: readonly SortKey[] = detailed ? [...SORT_KEYS, ...DETAIL_KEYS] : SORT_KEYS;

  const sorted = useMemo(() => {
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      if (sort.key === 'name') return sign * locale.compare(locale.name({ nameEn: a.name, nameZh: a.nameZh }), locale.name({ nameEn: b.name, nameZh: b.nameZh }));
      const x = indicatorValue(a, sort.key);
      const y = indicatorValue(b, sort.key);
      if (x === null) return y === null ? 0 : 1;
      if (y === null) return -1;
      return sign * (x - y);
    });
  }, [rows, sort, locale]);

  const sortBy = (key: SortKey) =>
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: key === 'name' ? 'asc' : 'desc' }));

  return (
    <Table.ScrollContainer minWidth={detailed ? 1250 : 900} type="native">
      <Table striped highlightOnHover aria-label={t('ranking.label')} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            {keys.map((key) => (
              <SortableTh key={key} sorted={sort.key === key ? sort.direction : false} onSort={() => sortBy(key)} align={key === 'name' ? 'left' : 'right'}>
                {t(`ranking.columns.${key}`)}
              </SortableTh>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={row.iso3}>
              <Table.Td>
                <Anchor component={Link} to={`/situation/${row.iso3}`} size="sm">
                  {locale.name({ nameEn: row.name, nameZh: row.nameZh })}
                </Anchor>
              </Table.Td>
              {keys.filter((k) => k !== 'name').map((key) => (
                <Table.Td key={key} ta="right">
                  <Text size="sm">{formatIndicator(key, indicatorValue(row, key), locale)}</Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
