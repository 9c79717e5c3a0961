import { Anchor, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AidItem } from '../../../../shared/schemas/aid';
import type { PartnerChain } from '../../../../shared/schemas/aid-chain';
import { ErrorAlert } from '../../../components/error-alert';
import { IconPackage } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { useLocale } from '../../../i18n/use-locale';
import { useAidItems } from '../api/get-items';
import { usePartnerChain } from '../api/get-partner-chain';
import { ChainItemsTable, ChainSignal, ChainStages } from '../components/chain-stages';
import { ConsignmentStatusBadge } from '../components/consignment-summary';
import { MissionsList } from '../components/missions-list';
import { StatusBadge } from '../components/status-badge';
import { nameById } from '../utils/names';

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Card withBorder data-testid={testId}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/**
 * One partner's chain from signal to receipt (issue 15): its situation, the need estimated from it, its
 * requests, what batches allocated, the consignments and what arrived. Coordinators and admins reach every
 * partner, a focal point its own; any other answers 404, shown as such.
 */
export function PartnerChainPage() {
  const { t } = useTranslation('aid');
  const { name } = useLocale();
  const partnerId = useParams().partnerId ?? '';
  const chain = usePartnerChain(partnerId);
  const items = useAidItems();
  if (chain.isPending || items.isPending)
    return (
      <Group justify="center" py="xl">
        <Loader size="sm" />
      </Group>
    );
  if (chain.isError || items.isError) return <ErrorAlert error={chain.error ?? items.error} />;
  const c = chain.data;
  const partnerName = name(c);
  return (
    <>
      <Group gap="md" mb="xs">
        <Anchor component={Link} to="/aid" size="sm">
          {t('chain.back')}
        </Anchor>
        {c.iso3 && (
          <Anchor component={Link} to={`/situation/${c.iso3}`} size="sm" data-testid="chain-situation-link">
            {t('chain.situationOf', { name: partnerName })}
          </Anchor>
        )}
      </Group>
      <PageHeader title={t('chain.title', { name: partnerName })} description={t('chain.description')} icon={<IconPackage size={28} />} />
      <Stack gap="md">
        <ChainStages chain={c} />
        <Section title={t('chain.byItem')} testId="chain-by-item">
          <ChainItemsTable chain={c} items={items.data.items} />
        </Section>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Section title={t('chain.stage.signal')} testId="chain-signal-section">
            <ChainSignal chain={c} />
          </Section>
          <Section title={t('chain.stage.request')} testId="chain-requests">
            <Requests chain={c} items={items.data.items} />
          </Section>
        </SimpleGrid>
        <Section title={t('chain.stage.allocation')} testId="chain-allocations">
          <Allocations chain={c} items={items.data.items} />
        </Section>
        <Section title={t('chain.consignmentsAndReceipts')} testId="chain-consignments">
          <Consignments chain={c} items={items.data.items} />
        </Section>
        <Section title={t('ta.mission.title')} testId="chain-missions">
          <MissionsList missions={c.missions} partnerName={() => partnerName} />
        </Section>
      </Stack>
    </>
  );
}

function Requests({ chain, items }: { chain: PartnerChain; items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger } = useLocale();
  const itemName = nameById(items, name);
  if (chain.requests.length === 0) return <Text c="dimmed">{t('chain.noRequest')}</Text>;
  return (
    <Stack gap="xs">
      {chain.requests.map((r) => (
        <Group key={r.id} justify="space-between" align="flex-start" wrap="nowrap" data-request={r.id}>
          <div>
            <Text size="sm" fw={600}>
              #{r.id} · {t('chain.neededBy', { date: r.neededBy })}
            </Text>
            <Text size="xs">{r.lines.map((l) => `${itemName(l.item)}: ${formatInteger(l.quantity)}`).join(' · ')}</Text>
          </div>
          <StatusBadge status={r.status} />
        </Group>
      ))}
    </Stack>
  );
}

function Allocations({ chain, items }: { chain: PartnerChain; items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger } = useLocale();
  const itemName = nameById(items, name);
  const rows = chain.batches.flatMap((b) => b.allocations.filter((a) => a.partnerId === chain.partnerId).map((a, k) => ({ key: `${b.id}-${k}`, batch: b, ...a })));
  if (rows.length === 0) return <Text c="dimmed">{t('chain.noAllocation')}</Text>;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped data-testid="chain-allocation-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('chain.batch')}</Table.Th>
            <Table.Th>{t('chain.item')}</Table.Th>
            <Table.Th ta="right">{t('chain.column.allocated')}</Table.Th>
            <Table.Th>{t('chain.forRequest')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key} data-batch={r.batch.number}>
              <Table.Td>{t('chain.batchLabel', { number: r.batch.number, date: r.batch.batchDate })}</Table.Td>
              <Table.Td>{itemName(r.item)}</Table.Td>
              <Table.Td ta="right">{formatInteger(r.quantity)}</Table.Td>
              <Table.Td>{r.requestId === null ? t('chain.estimatedNeed') : `#${r.requestId}`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Consignments({ chain, items }: { chain: PartnerChain; items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger, formatDateTime } = useLocale();
  const itemName = nameById(items, name);
  if (chain.consignments.length === 0) return <Text c="dimmed">{t('consignment.none')}</Text>;
  return (
    <Stack gap="sm">
      {chain.consignments.map((c) => (
        <Card key={c.id} withBorder padding="sm" data-consignment={c.number}>
          <Group gap="sm" mb={4} wrap="wrap">
            <Text fw={600}>{c.number}</Text>
            <ConsignmentStatusBadge status={c.status} />
            <Anchor component={Link} to={`/aid/consignments/${c.id}/print`} size="sm">
              {t('print.open')}
            </Anchor>
          </Group>
          <Text size="xs" c="dimmed">
            {c.lines.map((l) => `${itemName(l.item)}: ${formatInteger(l.quantity)}`).join(' · ')}
          </Text>
          {c.receipts.length === 0 ? (
            <Text size="sm" c="dimmed" mt={4}>
              {t('chain.noReceipt')}
            </Text>
          ) : (
            <Stack gap={2} mt={4} data-testid="chain-receipts">
              {c.receipts.map((r, k) => (
                <Text key={k} size="sm">
                  {t('chain.receiptLine', { item: itemName(r.item), good: formatInteger(r.good), damaged: formatInteger(r.damaged), excess: formatInteger(r.excess), actor: r.actor, at: formatDateTime(r.at) })}
                </Text>
              ))}
            </Stack>
          )}
        </Card>
      ))}
    </Stack>
  );
}
