import { Badge, Group, NumberInput, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AidItem, PlanRecipient } from '../../../../shared/schemas/aid';
import { useLocale } from '../../../i18n/use-locale';
import { nameById } from '../utils/names';

type FactorKey = 'incidence' | 'growth' | 'deaths' | 'health-system' | 'coordinator-severity' | 'shortage' | 'urgency';

/** The recipients ranked by priority, each with the factors that make it up; organisations take a coordinator-set severity. */
export function RecipientsTable(props: {
  recipients: readonly PlanRecipient[];
  items: readonly AidItem[];
  severities: Record<string, number>;
  onSeverity: (partnerId: string, value: number | undefined) => void;
}) {
  const { t } = useTranslation('aid');
  const { name, formatDecimal, formatInteger } = useLocale();
  const itemName = nameById(props.items, name);
  // The shortage factor's tooltip: the estimate behind it, item by item.
  const needsLabel = (r: PlanRecipient) => (
    <Stack gap={2}>
      <Text size="xs" fw={600}>
        {t('recipients.needsTitle')}
      </Text>
      {r.needs.map((n) => (
        <Text key={n.item} size="xs">
          {t('recipients.needLine', { item: itemName(n.item), need: formatInteger(n.need), received: formatInteger(n.received), pledged: formatInteger(n.pledged), unmet: Math.round(n.unmetShare * 100) })}
        </Text>
      ))}
    </Stack>
  );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="recipients-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('recipients.partner')}</Table.Th>
            <Table.Th ta="right">{t('recipients.priority')}</Table.Th>
            <Table.Th>{t('recipients.breakdown')}</Table.Th>
            <Table.Th>{t('recipients.severity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.recipients.map((r) => (
            <Table.Tr key={r.partnerId}>
              <Table.Td>
                {name(r)}
                {r.demandBasis === 'estimated-need' && (
                  <Badge ml={6} size="xs" color="orange" variant="light" data-testid="estimated-badge">
                    {t('recipients.estimated')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatDecimal(r.priority)}
                {r.prioritySource === 'coordinator' && (
                  <Text size="xs" c="dimmed">
                    {t('recipients.setByCoordinator')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {r.factors.map((f) => (
                    <Tooltip key={f.key} multiline w={f.key === 'shortage' && r.needs.length > 0 ? 380 : undefined} label={f.key === 'shortage' && r.needs.length > 0 ? needsLabel(r) : `${formatDecimal(f.scaled ?? 0)} × ${formatDecimal(f.effectiveWeight)}`}>
                      <Badge variant={f.missing ? 'outline' : 'light'} color={f.missing ? 'gray' : 'blue'} size="sm">
                        {t(`factor.${f.key as FactorKey}`)} {f.missing ? t('recipients.missing') : formatDecimal(f.contribution)}
                      </Badge>
                    </Tooltip>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  w={90}
                  min={0}
                  max={1}
                  step={0.1}
                  decimalScale={2}
                  aria-label={t('recipients.severity')}
                  value={props.severities[r.partnerId] ?? ''}
                  onChange={(v) => props.onSeverity(r.partnerId, typeof v === 'number' ? v : undefined)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
