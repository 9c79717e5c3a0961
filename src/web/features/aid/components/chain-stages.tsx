import { Badge, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AidItem } from '../../../../shared/schemas/aid';
import type { PartnerChain } from '../../../../shared/schemas/aid-chain';
import { useLocale } from '../../../i18n/use-locale';
import { nameById } from '../utils/names';

export const CHAIN_STAGES = ['signal', 'need', 'request', 'allocation', 'consignment', 'receipt'] as const;
type Stage = (typeof CHAIN_STAGES)[number];

/** The six stages from signal to receipt, each with its one figure: in a row on a desktop, two by two on a phone. */
export function ChainStages({ chain }: { chain: PartnerChain }) {
  const { t } = useTranslation('aid');
  const { formatDecimal, formatInteger } = useLocale();
  const sum = (key: 'requested' | 'allocated' | 'shipped' | 'received') => chain.items.reduce((s, r) => s + r[key], 0);
  const need = chain.items.reduce((s, r) => s + (r.need ?? 0), 0);
  const figure: Record<Stage, { value: string; detail: string }> = {
    signal: {
      value: chain.indicators?.incidence7dPer100k == null ? '—' : formatDecimal(chain.indicators.incidence7dPer100k),
      detail: chain.kind === 'organisation' ? t('chain.organisation') : chain.indicators ? t('chain.incidence', { date: chain.indicators.date ?? '—' }) : t('chain.noSignal'),
    },
    need: { value: chain.estimate ? formatInteger(need) : '—', detail: chain.estimate ? t('chain.needUnits') : t('chain.noEstimate') },
    request: { value: formatInteger(sum('requested')), detail: t('chain.requestCount', { count: chain.requests.length }) },
    allocation: { value: formatInteger(sum('allocated')), detail: t('chain.batchCount', { count: chain.batches.length }) },
    consignment: { value: formatInteger(sum('shipped')), detail: t('chain.consignmentCount', { count: chain.consignments.length }) },
    receipt: { value: formatInteger(sum('received')), detail: t('chain.receivedGood') },
  };
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs" data-testid="chain-stages">
      {CHAIN_STAGES.map((s, k) => (
        <Card key={s} withBorder padding="sm" data-testid={`chain-stage-${s}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {k + 1}. {t(`chain.stage.${s}`)}
          </Text>
          <Text fz="xl" fw={700} data-testid="chain-figure">
            {figure[s].value}
          </Text>
          <Text size="xs" c="dimmed">
            {figure[s].detail}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** Each item along the chain: need, requested, allocated, shipped, received, damaged and short side by side. */
export function ChainItemsTable({ chain, items }: { chain: PartnerChain; items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger } = useLocale();
  const itemName = nameById(items, name);
  if (chain.items.length === 0) return <Text c="dimmed">{t('chain.nothing')}</Text>;
  const n = (v: number | null) => (v === null ? '—' : formatInteger(v));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid="chain-items">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('chain.item')}</Table.Th>
            {(['need', 'requested', 'allocated', 'shipped', 'received', 'damaged', 'short'] as const).map((c) => (
              <Table.Th key={c} ta="right">
                {t(`chain.column.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {chain.items.map((r) => (
            <Table.Tr key={r.item} data-item={r.item}>
              <Table.Td>{itemName(r.item)}</Table.Td>
              <Table.Td ta="right">{n(r.need === null ? null : Math.round(r.need))}</Table.Td>
              <Table.Td ta="right">{n(r.requested)}</Table.Td>
              <Table.Td ta="right">{n(r.allocated)}</Table.Td>
              <Table.Td ta="right">{n(r.shipped)}</Table.Td>
              <Table.Td ta="right">{n(r.received)}</Table.Td>
              <Table.Td ta="right" c={r.damaged > 0 ? 'red' : undefined}>
                {n(r.damaged)}
              </Table.Td>
              <Table.Td ta="right" c={r.short > 0 ? 'orange' : undefined}>
                {n(r.short)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The situation's indicators the chain starts from, and the priority factors the next plan would weigh. */
export function ChainSignal({ chain }: { chain: PartnerChain }) {
  const { t } = useTranslation('aid');
  const { formatDecimal, formatInteger } = useLocale();
  const i = chain.indicators;
  const d = (v: number | null | undefined) => (v == null ? '—' : formatDecimal(v));
  const rows: Array<[string, string]> = i
    ? [
        [t('chain.indicator.incidence'), d(i.incidence7dPer100k)],
        // A factor, as on the Situation page: 1 is flat, 2 a doubling in a week.
        [t('chain.indicator.growth'), i.growth7d == null ? '—' : `× ${formatDecimal(i.growth7d)}`],
        [t('chain.indicator.deaths'), d(i.deaths28dPerMillion)],
        [t('chain.indicator.beds'), d(i.hospitalBedsPerThousand)],
        [t('chain.indicator.cases'), i.newCasesSmoothed == null ? '—' : formatInteger(i.newCasesSmoothed)],
      ]
    : [];
  return (
    <Stack gap={6} data-testid="chain-signal">
      {rows.length === 0 && <Text c="dimmed">{chain.kind === 'organisation' ? t('chain.organisation') : t('chain.noSignal')}</Text>}
      {rows.map(([label, value]) => (
        <Group key={label} justify="space-between">
          <Text size="sm">{label}</Text>
          <Text size="sm" fw={600}>
            {value}
          </Text>
        </Group>
      ))}
      {chain.estimate && (
        <>
          <Text size="sm" mt="xs">
            {t('chain.priority', { value: formatDecimal(chain.estimate.priority) })}
          </Text>
          <Group gap={4}>
            {chain.estimate.factors.map((f) => (
              <Badge key={f.key} size="sm" variant={f.missing ? 'outline' : 'light'} color={f.missing ? 'gray' : 'blue'}>
                {t(`factor.${f.key}`, { defaultValue: f.key })} {f.missing ? '—' : formatDecimal(f.contribution)}
              </Badge>
            ))}
          </Group>
        </>
      )}
    </Stack>
  );
}
