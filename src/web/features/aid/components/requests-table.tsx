import { Box, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canTransition, type AidItem, type AidRequest, type RequestStatus } from '../../../../shared/schemas/aid';
import type { Partner } from '../../../../shared/schemas/countries';
import { useLocale } from '../../../i18n/use-locale';
import { useChangeRequestStatus } from '../api/change-request-status';
import { RequestDetail } from './request-detail';
import { StatusBadge } from './status-badge';
import { nameById } from '../utils/names';

// Quick moves; "ask for changes" goes through the request's detail, with a comment saying what to change.
const ACTIONS: Array<{ to: RequestStatus; label: 'submit' | 'review' | 'ship' | 'confirmReceipt' }> = [
  { to: 'submitted', label: 'submit' },
  { to: 'under_review', label: 'review' },
  { to: 'shipped', label: 'ship' },
  { to: 'received', label: 'confirmReceipt' },
];

/** Requests with their status and the moves the viewer may make (the server checks them again); each opens in full. */
export function RequestsTable(props: { requests: readonly AidRequest[]; items: readonly AidItem[]; partners?: readonly Partner[]; as: 'partner' | 'coordinator' }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger } = useLocale();
  const change = useChangeRequestStatus();
  const [open, setOpen] = useState<number | null>(null);
  const opened = props.requests.find((r) => r.id === open);
  const itemName = nameById(props.items, name);
  const partnerName = nameById(props.partners, name);
  if (props.requests.length === 0) return <Text c="dimmed">{t('requests.none')}</Text>;

  const lines = (r: AidRequest) => (
    <>
      {r.lines.map((l) => (
        <Text key={l.item} size="sm">
          {itemName(l.item)}: {formatInteger(l.quantity)}
          {l.allocated > 0 && ` (${t('supply.allocated')} ${formatInteger(l.allocated)})`}
        </Text>
      ))}
      {r.comments.slice(-1).map((c) => (
        <Text key={c.id} size="xs" c="dimmed">
          {t('requests.lastComment')}: {c.body}
        </Text>
      ))}
    </>
  );
  // The table (wide screens) and the list (phones) are both rendered, one hidden by CSS: test ids only on the table's.
  const actions = (r: AidRequest, where: 'table' | 'list') => (
    <Group gap={4}>
      <Button size="compact-xs" variant="default" onClick={() => setOpen(r.id)} data-testid={where === 'table' ? `open-request-${r.id}` : undefined}>
        {props.as === 'partner' && r.status === 'draft' ? t('requests.edit') : t('requests.open')}
      </Button>
      {ACTIONS.filter((a) => canTransition(r.status, a.to, props.as)).map((a) => (
        <Button key={a.to} size="compact-xs" variant="light" loading={change.isPending && change.variables?.id === r.id} onClick={() => change.mutate({ id: r.id, change: { status: a.to } })}>
          {t(`requests.${a.label}`)}
        </Button>
      ))}
    </Group>
  );

  return (
    <>
      <Stack gap="xs" hiddenFrom="sm" data-testid="requests-list">
        {props.requests.map((r) => (
          <Card key={r.id} withBorder padding="sm">
            <Group justify="space-between" wrap="nowrap" mb={4}>
              <Text fw={600} size="sm">
                {t('requests.request', { id: r.id })}
                {props.as === 'coordinator' && ` · ${partnerName(r.partnerId)}`}
              </Text>
              <StatusBadge status={r.status} />
            </Group>
            {lines(r)}
            <Text size="xs" c="dimmed" mt={4}>
              {t('requests.neededBy')}: {r.neededBy}
            </Text>
            <Box mt="xs">{actions(r, 'list')}</Box>
          </Card>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={640} visibleFrom="sm">
        <Table striped data-testid="requests-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('requests.id')}</Table.Th>
              {props.as === 'coordinator' && <Table.Th>{t('requests.partner')}</Table.Th>}
              <Table.Th>{t('requests.lines')}</Table.Th>
              <Table.Th>{t('requests.neededBy')}</Table.Th>
              <Table.Th>{t('requests.status')}</Table.Th>
              <Table.Th>{t('requests.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.requests.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.id}</Table.Td>
                {props.as === 'coordinator' && <Table.Td>{partnerName(r.partnerId)}</Table.Td>}
                <Table.Td>{lines(r)}</Table.Td>
                <Table.Td>{r.neededBy}</Table.Td>
                <Table.Td>
                  <StatusBadge status={r.status} />
                </Table.Td>
                <Table.Td>{actions(r, 'table')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {opened && (
        <RequestDetail
          request={opened}
          items={props.items}
          as={props.as}
          title={props.as === 'coordinator' ? `${t('requests.request', { id: opened.id })} · ${partnerName(opened.partnerId)}` : t('requests.request', { id: opened.id })}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
