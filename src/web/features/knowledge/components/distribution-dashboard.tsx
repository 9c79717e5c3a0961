import { Badge, Button, Group, Loader, NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useDeliveries, useOutbox, useReach, useRemind } from '../api/distribution';
import { useDocuments } from '../api/get-documents';
import { SupersededHolders } from './superseded-holders';

type Filter = 'all' | 'unacknowledged' | 'overdue';

// Who has which edition, who has not acknowledged after N days, and the figure the agency publishes.
export function DistributionDashboard() {
  const { t } = useTranslation('knowledge');
  const { language, name, formatDateTime, formatInteger } = useLocale();
  const reach = useReach();
  const documents = useDocuments('');
  const [editionId, setEditionId] = useState<string | null>(null);
  const [days, setDays] = useState<number | string>(7);
  const [filter, setFilter] = useState<Filter>('all');
  const overdueAfterDays = typeof days === 'number' ? Math.min(365, Math.max(0, Math.round(days))) : 7;
  const remind = useRemind();
  const outbox = useOutbox();
  const deliveries = useDeliveries(editionId === null ? null : Number(editionId), overdueAfterDays);
  const editions = (documents.data?.documents ?? []).flatMap((d) =>
    d.editions.filter((e) => e.publishedAt !== null).map((e) => ({ value: String(e.id), label: `${language === 'zh' ? d.titleZh : d.titleEn} · ${t('documents.editionShort', { number: e.number })}` })),
  );
  const rows = (deliveries.data?.deliveries ?? []).filter((d) => filter === 'all' || (filter === 'overdue' ? d.overdue : d.acknowledgedAt === null));
  const stat = (label: string, value: number | undefined) => (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value === undefined ? '–' : formatInteger(value)}
      </Text>
    </Paper>
  );
  return (
    <Stack gap="md">
      <Title order={3}>{t('dashboard.title')}</Title>
      <ErrorAlert error={reach.error ?? documents.error ?? deliveries.error ?? remind.error} />
      {reach.data && (
        <Text fw={600} size="lg" data-testid="reach">
          {t('dashboard.reach', { countries: reach.data.countries, organisations: reach.data.organisations })}
        </Text>
      )}
      <Group align="flex-end" wrap="wrap" gap="sm">
        <Select style={{ flex: 1, minWidth: 240 }} label={t('dashboard.edition')} data={editions} value={editionId} onChange={setEditionId} searchable />
        <NumberInput w={200} label={t('dashboard.overdueAfter')} min={0} max={365} value={days} onChange={setDays} />
      </Group>
      {deliveries.isFetching && <Loader size="sm" />}
      {deliveries.data && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {stat(t('dashboard.sent'), deliveries.data.sent)}
            {stat(t('dashboard.downloaded'), deliveries.data.downloaded)}
            {stat(t('dashboard.acknowledged'), deliveries.data.acknowledged)}
            {stat(t('dashboard.overdue'), deliveries.data.overdue)}
          </SimpleGrid>
          <Group gap="sm" wrap="wrap">
            <Button variant="light" disabled={deliveries.data.overdue === 0} loading={remind.isPending} onClick={() => remind.mutate({ editionId: deliveries.data.editionId, overdueAfterDays })}>
              {t('reminders.remindOverdue', { count: deliveries.data.overdue })}
            </Button>
            {remind.data && <Text size="sm">{t('reminders.result', { reminded: remind.data.reminded, emails: remind.data.emails })}</Text>}
          </Group>
          {outbox.data && <Text size="xs" c="dimmed">{t(outbox.data.smtp ? 'reminders.outbox' : 'reminders.outboxNoSmtp', { waiting: outbox.data.waiting, sent: outbox.data.sent, gaveUp: outbox.data.gaveUp })}</Text>}
          <SegmentedControl fullWidth style={{ maxWidth: 480 }} value={filter} onChange={(v) => setFilter(v as Filter)} data={(['all', 'unacknowledged', 'overdue'] as const).map((f) => ({ value: f, label: t(`dashboard.filter.${f}`) }))} />
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('dashboard.deliveries')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dashboard.partner')}</Table.Th>
                  <Table.Th>{t('dashboard.sentAt')}</Table.Th>
                  <Table.Th>{t('dashboard.downloadedAt')}</Table.Th>
                  <Table.Th>{t('dashboard.acknowledgedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((d) => (
                  <Table.Tr key={d.partnerId} data-partner={d.partnerId}>
                    <Table.Td>
                      {name(d)} <Text span size="xs" c="dimmed">({d.partnerId})</Text> {d.overdue && <Badge color="red" size="xs" variant="light">{t('dashboard.overdueBadge')}</Badge>}
                    </Table.Td>
                    <Table.Td>{formatDateTime(d.sentAt)}</Table.Td>
                    <Table.Td>{d.downloadedAt ? formatDateTime(d.downloadedAt) : '–'}</Table.Td>
                    <Table.Td>{d.acknowledgedAt ? formatDateTime(d.acknowledgedAt) : '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <SupersededHolders />
    </Stack>
  );
}
