import { Badge, Box, Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/schemas/audit';
import { useLocale } from '../../../i18n/use-locale';
import { summaryEntries } from '../utils/audit-filters';

function Summary({ summary }: { summary: Record<string, unknown> }) {
  const { t } = useTranslation();
  const entries = summaryEntries(summary);
  if (entries.length === 0) return <Text size="xs" c="dimmed">{t('common.none')}</Text>;
  return (
    <Box component="dl" m={0} style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 8, rowGap: 2 }}>
      {entries.map(([key, value]) => (
        <Box key={key} style={{ display: 'contents' }}>
          <Text component="dt" size="xs" c="dimmed" ff="monospace">
            {key}
          </Text>
          <Text component="dd" size="xs" ff="monospace" m={0} style={{ wordBreak: 'break-word' }}>
            {value}
          </Text>
        </Box>
      ))}
    </Box>
  );
}

/** Who did what to which record, when, and what changed. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table verticalSpacing="sm" aria-label={t('audit.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.columns.at')}</Table.Th>
            <Table.Th>{t('audit.columns.actor')}</Table.Th>
            <Table.Th>{t('audit.columns.action')}</Table.Th>
            <Table.Th>{t('audit.columns.entity')}</Table.Th>
            <Table.Th w="34%">{t('audit.columns.summary')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} style={{ verticalAlign: 'top' }}>
              <Table.Td fz="sm" className="tabular-nums" style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={entry.at}>{locale.formatDateTime(entry.at)}</time>
              </Table.Td>
              <Table.Td fz="sm">{entry.actorLabel}</Table.Td>
              <Table.Td>
                <Badge variant="light" radius="sm" color={entry.action.includes('fail') ? 'red' : 'concord'} tt="none" ff="monospace">
                  {entry.action}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{entry.entityType}</Text>
                  <Code fz="xs" w="fit-content">
                    {entry.entityId}
                  </Code>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Summary summary={entry.summary} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
