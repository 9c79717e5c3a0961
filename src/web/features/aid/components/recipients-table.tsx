import { Anchor, Badge, Group, NumberInput, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AidItem, PlanRecipient, PriorityWeightKey } from '../../../../shared/schemas/aid';
import { useLocale } from '../../../i18n/use-locale';
import { nameById } from '../utils/names';


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
  const tooltipOf = (r: PlanRecipient, f: PlanRecipient['factors'][number]) => {
    if (f.key === 'shortage' && r.needs.length > 0) return needsLabel(r);
    const score = `${formatDecimal(f.scaled ?? 0)} × ${formatDecimal(f.effectiveWeight)}`;
    return f.key === 'importation' && f.raw !== null ? `${t('recipients.importedTooltip', { value: formatDecimal(f.raw) })} · ${score}` : score;
  };
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped data-testid="recipients-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('recipients.partner')}</Table.Th>
            <Table.Th ta="right">{t('recipients.priority')}</Table.Th>
            <Table.Th>{t('recipients.breakdown')}</Table.Th>
            <Table.Th>{t('recipients.needColumn')}</Table.Th>
            <Table.Th>{t('recipients.severity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.recipients.map((r) => (
            <Table.Tr key={r.partnerId}>
              <Table.Td>
                {/* A country's row leads to its Situation page, where the signal behind its priority is shown. */}
                {r.kind === 'country' && r.iso3 ? (
                  <Anchor component={Link} to={`/situation/${r.iso3}`} size="sm" data-testid="recipient-situation-link">
                    {name(r)}
                  </Anchor>
                ) : (
                  name(r)
                )}
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
                    <Tooltip key={f.key} multiline w={f.key === 'shortage' && r.needs.length > 0 ? 380 : undefined} label={tooltipOf(r, f)}>
                      <Badge variant={f.missing ? 'outline' : 'light'} color={f.missing ? 'gray' : 'blue'} size="sm">
                        {t(`factor.${f.key as PriorityWeightKey}`)} {f.missing ? t('recipients.missing') : formatDecimal(f.contribution)}
                      </Badge>
                    </Tooltip>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td data-testid="recipient-need">
                <NeedAndCases recipient={r} itemName={itemName} />
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

/**
 * Beside the need, the cases it was estimated from: the forecast's weekly median with its 95% interval where
 * the forecast beats the baseline in the country's backtest (ADR 042), or the recent mean held flat.
 */
function NeedAndCases({ recipient: r, itemName }: { recipient: PlanRecipient; itemName: (id: string) => string }) {
  const { t } = useTranslation('aid');
  const { formatDecimal, formatInteger } = useLocale();
  const projection = r.caseProjection ?? null;
  return (
    <Stack gap={2}>
      {r.needs.map((n) => (
        <Text key={n.item} size="xs">
          {t('recipients.needShort', { item: itemName(n.item), need: formatInteger(n.need), unmet: Math.round(n.unmetShare * 100) })}
        </Text>
      ))}
      {projection === null ? (
        <Text size="xs" c="dimmed">
          {t('recipients.casesUnknown')}
        </Text>
      ) : projection.basis === 'recent-mean' ? (
        <Text size="xs" c="dimmed">
          {t('recipients.casesRecentMean')}
        </Text>
      ) : (
        <>
          {projection.weeks.map((w) => (
            <Text key={w.weekEnd} size="xs" data-testid="forecast-interval">
              {w.weekEnd} · {t('recipients.casesForecast', { median: formatInteger(w.median), lower: formatInteger(w.lower), upper: formatInteger(w.upper) })}
            </Text>
          ))}
          {projection.relativeWis !== null && (
            <Text size="xs" c="dimmed">
              {t('recipients.casesForecastScore', { wis: formatDecimal(projection.relativeWis) })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
