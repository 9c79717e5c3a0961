import { Badge, Group, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country, Partner } from '../../../../shared/schemas/countries';
import { IconSearch } from '../../../components/icons';
import { useLocale } from '../../../i18n/use-locale';
import { fold } from '../utils/filter-countries';

interface PartnersTableProps {
  partners: readonly Partner[];
  countries: readonly Country[];
}

/** Partner organisations (WHO, Africa CDC, ASEAN, ...): recipients in their own right, with their headquarters and members. */
export function PartnersTable({ partners, countries }: PartnersTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [search, setSearch] = useState('');
  const countryByIso3 = useMemo(() => new Map(countries.map((c) => [c.iso3, c])), [countries]);
  const none = t('common.none');

  const rows = useMemo(() => {
    const needle = fold(search.trim());
    return partners
      .filter((p) => !needle || [p.acronym ?? '', p.nameEn, p.nameZh, p.id].some((f) => fold(f).includes(needle)))
      .sort((a, b) => locale.compare(a.acronym ?? locale.name(a), b.acronym ?? locale.name(b)));
  }, [partners, search, locale]);

  const headquarters = (p: Partner) => {
    if (!p.headquartersIso3) return none;
    const country = countryByIso3.get(p.headquartersIso3);
    return country ? locale.name(country) : p.headquartersIso3;
  };

  return (
    <>
      <Group gap="md" mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('partners.search')}
          placeholder={t('partners.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 16rem' }}
          maw={420}
        />
        <Text size="sm" c="dimmed" ml="auto" aria-live="polite">
          {t('partners.count', { shown: locale.formatInteger(rows.length), total: locale.formatInteger(partners.length) })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={760} type="native">
        <Table striped aria-label={t('partners.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('partners.columns.acronym')}</Table.Th>
              <Table.Th>{t('partners.columns.name')}</Table.Th>
              <Table.Th>{t('partners.columns.kind')}</Table.Th>
              <Table.Th>{t('partners.columns.headquarters')}</Table.Th>
              <Table.Th ta="right">{t('partners.columns.members')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td fw={600}>{p.acronym ?? none}</Table.Td>
                <Table.Td>{locale.name(p)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={p.kind === 'organisation' ? 'grape' : 'concord'} size="sm" radius="sm">
                    {t(`partners.kinds.${p.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td fz="sm">{headquarters(p)}</Table.Td>
                <Table.Td ta="right" className="tabular-nums">
                  {p.memberIso3.length > 0 ? locale.formatInteger(p.memberIso3.length) : none}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && (
        <Text ta="center" c="dimmed" py="xl">
          {t('partners.noMatch')}
        </Text>
      )}
    </>
  );
}
