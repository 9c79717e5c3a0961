import { Anchor, Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isKnownRegion } from '../../../config/geography';
import { useLocale } from '../../../i18n/use-locale';
import { SortableTh } from '../../../components/sortable-th';
import { formatIndicator } from '../utils/format';
import type { OverviewCountry } from '../utils/overview-rows';
import { DETAIL_KEYS, indicatorValue, SORT_KEYS, type SortKey } from '../utils/indicators';

const PAGE_SIZE = 25;

/**
 * Every country on the chosen date, sortable by each indicator (unknown values last); a click opens the
 * country. `detailed` adds the columns that come from the details (new and total cases and deaths).
 */
export function RankingTable({ rows, detailed = false }: { rows: readonly OverviewCountry[]; detailed?: boolean }) {
  const { t } = useTranslation('situation');
  const { t: tShell } = useTranslation();
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

  // 230 rows were one very long page: the reader searches, filters by region and pages through.
  const [search, setSearch] = useState('');
  const [region, setRegion] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const regions = useMemo(() => [...new Set(rows.map((r) => r.region).filter((r): r is string => r !== null))].sort(), [rows]);
  const filtered = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return sorted.filter(
      (r) => (region === null || r.region === region) && (needle === '' || [r.name, r.nameZh, r.iso3].some((text) => text.toLowerCase().includes(needle))),
    );
  }, [sorted, search, region]);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = filtered.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  const sortBy = (key: SortKey) =>
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: key === 'name' ? 'asc' : 'desc' }));

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('ranking.search')}
          placeholder={t('ranking.searchPlaceholder')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', xs: 240 }}
        />
        <Select
          label={t('ranking.region')}
          placeholder={t('ranking.allRegions')}
          data={regions.map((r) => ({ value: r, label: isKnownRegion(r) ? tShell(`regions.${r}`) : r }))}
          value={region}
          onChange={(value) => {
            setRegion(value);
            setPage(1);
          }}
          clearable
          w={{ base: '100%', xs: 200 }}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
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
            {shown.map((row) => (
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
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm" c="dimmed" data-testid="ranking-range">
          {filtered.length === 0
            ? t('ranking.noMatch')
            : t('ranking.range', { from: (current - 1) * PAGE_SIZE + 1, to: (current - 1) * PAGE_SIZE + shown.length, total: filtered.length })}
        </Text>
        {pages > 1 && <Pagination total={pages} value={current} onChange={setPage} size="sm" getControlProps={(control) => ({ 'aria-label': t(`ranking.page.${control}`) })} />}
      </Group>
    </Stack>
  );
}
