import { Grid, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AidItem, PlanRun } from '../../../../shared/schemas/aid';
import { ErrorAlert } from '../../../components/error-alert';
import { WorldChoropleth } from '../../../components/world-choropleth';
import { useLocale } from '../../../i18n/use-locale';
import { useCountries } from '../../../lib/queries/get-countries';
import { allocationValues, splitForMap } from '../utils/allocation-map-values';
import { nameById } from '../utils/names';

/** The allocation on a world map (share of demand covered, or units of one item); organisations beside it. */
export function AllocationMap({ run, items, onSelect }: { run: PlanRun; items: readonly AidItem[]; onSelect: (partnerId: string, item: string | null) => void }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger } = useLocale();
  const countries = useCountries();
  const [item, setItem] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const itemIds = useMemo(() => [...new Set(run.plan.explanations.map((e) => e.item))], [run]);
  const { countries: values, organisations } = useMemo(
    () => splitForMap(allocationValues(run, item), new Map(run.recipients.map((r) => [r.partnerId, r.kind]))),
    [run, item],
  );
  const byIso3 = useMemo(() => new Map(run.recipients.filter((r) => r.iso3).map((r) => [r.iso3 as string, r])), [run]);
  const format = (v: number) => (item === null ? `${Math.round(v * 100)}%` : formatInteger(v));
  const itemName = nameById(items, name);
  if (countries.isError) return <ErrorAlert error={countries.error} />;
  const countryName = (iso3: string) => {
    const known = byIso3.get(iso3) ?? countries.data?.countries.find((c) => c.iso3 === iso3);
    return known ? name(known) : iso3;
  };
  const select = (partnerId: string) => {
    setSelected(partnerId);
    onSelect(partnerId, item);
  };

  return (
    <Stack gap="xs" data-testid="allocation-map">
      <Group justify="space-between" align="flex-end">
        <Title order={4}>{t('map.title')}</Title>
        <Select
          size="xs"
          w={260}
          label={t('map.show')}
          data={[{ value: '', label: t('map.coverage') }, ...itemIds.map((id) => ({ value: id, label: t('map.unitsOf', { item: itemName(id) }) }))]}
          value={item ?? ''}
          onChange={(v) => setItem(v ? v : null)}
          allowDeselect={false}
        />
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <WorldChoropleth
            values={values}
            countries={countries.data?.countries ?? []}
            label={t('map.label')}
            legendTitle={item === null ? t('map.coverage') : t('map.unitsOf', { item: itemName(item) })}
            noDataLabel={t('map.noDemand')}
            formatValue={format}
            countryName={countryName}
            domain={item === null ? [0, 1] : undefined}
            selected={selected}
            onSelect={(iso3) => {
              const recipient = byIso3.get(iso3);
              if (recipient) select(recipient.partnerId);
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Text fw={600} size="sm" mb={4}>
            {t('map.organisations')}
          </Text>
          {organisations.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('map.noOrganisations')}
            </Text>
          ) : (
            <List size="sm" spacing={4} data-testid="map-organisations">
              {organisations.map((o) => {
                const recipient = run.recipients.find((r) => r.partnerId === o.partnerId);
                return (
                  <List.Item key={o.partnerId} onClick={() => select(o.partnerId)} style={{ cursor: 'pointer' }}>
                    {recipient ? name(recipient) : o.partnerId}: {o.value === null ? t('map.noDemand') : format(o.value)}
                  </List.Item>
                );
              })}
            </List>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
