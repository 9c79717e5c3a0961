import { Badge, Group, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country } from '../../../../shared/schemas/countries';
import { IconSearch } from '../../../components/icons';
import { isKnownRegion, WHO_REGIONS } from '../../../config/geography';
import { useLocale } from '../../../i18n/use-locale';
import { filterCountries, sortCountries, type CountrySort, type CountrySortKey } from '../utils/filter-countries';
import { SortableTh } from '../../../components/sortable-th';

/** Every country with its codes, regions, population and hospital beds; searchable, filterable by WHO region, sortable. */
export function CountriesTable({ countries }: { countries: readonly Country[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [search, setSearch] = useState('');
  const [whoRegion, setWhoRegion] = useState<string | null>(null);
  const [sort, setSort] = useState<CountrySort>({ key: 'name', direction: 'asc' });

  const rows = useMemo(
    () => sortCountries(filterCountries(countries, search, whoRegion), sort, locale.name, locale.compare),
    [countries, search, whoRegion, sort, locale],
  );

  const sortBy = (key: CountrySortKey) =>
    setSort((current) =>
      current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: key === 'name' ? 'asc' : 'desc' },
    );
  const sorted = (key: CountrySortKey) => (sort.key === key ? sort.direction : false);
  const none = t('common.none');

  return (
    <>
      <Group gap="md" mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('countries.search')}
          placeholder={t('countries.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 16rem' }}
          maw={420}
        />
        <Select
          label={t('countries.whoRegion')}
          placeholder={t('countries.allRegions')}
          data={WHO_REGIONS.map((r) => ({ value: r, label: t(`whoRegions.long.${r}`) }))}
          value={whoRegion}
          onChange={setWhoRegion}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          style={{ flex: '0 1 16rem' }}
          comboboxProps={{ withinPortal: true }}
        />
        <Text size="sm" c="dimmed" ml="auto" aria-live="polite">
          {t('countries.count', { shown: locale.formatInteger(rows.length), total: locale.formatInteger(countries.length) })}
        </Text>
      </Group>

      <Table.ScrollContainer minWidth={860} type="native">
        <Table striped aria-label={t('countries.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh sorted={sorted('name')} onSort={() => sortBy('name')}>
                {t('countries.columns.name')}
              </SortableTh>
              <Table.Th>{t('countries.columns.iso3')}</Table.Th>
              <Table.Th>{t('countries.columns.iso2')}</Table.Th>
              <Table.Th>{t('countries.columns.region')}</Table.Th>
              <Table.Th>{t('countries.columns.whoRegion')}</Table.Th>
              <SortableTh sorted={sorted('population')} onSort={() => sortBy('population')} align="right">
                {t('countries.columns.population')}
              </SortableTh>
              <SortableTh sorted={sorted('beds')} onSort={() => sortBy('beds')} align="right">
                {t('countries.columns.beds')}
              </SortableTh>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.iso3}>
                <Table.Td fw={500}>{locale.name(c)}</Table.Td>
                <Table.Td ff="monospace" fz="sm">
                  {c.iso3}
                </Table.Td>
                <Table.Td ff="monospace" fz="sm">
                  {c.iso2}
                </Table.Td>
                <Table.Td fz="sm">{c.region ? (isKnownRegion(c.region) ? t(`regions.${c.region}`) : c.region) : none}</Table.Td>
                <Table.Td>
                  {c.whoRegion ? (
                    <Tooltip label={t(`whoRegions.long.${c.whoRegion}`)} withinPortal>
                      <Badge variant="light" color="concord" size="sm" radius="sm">
                        {t(`whoRegions.short.${c.whoRegion}`)}
                      </Badge>
                    </Tooltip>
                  ) : (
                    none
                  )}
                </Table.Td>
                <Table.Td ta="right" className="tabular-nums">
                  {c.population === null ? none : locale.formatInteger(c.population)}
                </Table.Td>
                <Table.Td ta="right" className="tabular-nums">
                  {c.hospitalBedsPerThousand === null ? none : locale.formatDecimal(c.hospitalBedsPerThousand)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && (
        <Text ta="center" c="dimmed" py="xl">
          {t('countries.noMatch')}
        </Text>
      )}
    </>
  );
}
