import { Alert, Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AidItem, PlanRun } from '../../../../shared/schemas/aid';
import { useLocale } from '../../../i18n/use-locale';
import type { Cell } from './allocation-table';

/** Why a recipient got what it got of an item, with the item's cut-off and where one more pack would go. */
export function CellExplanation({ run, items, cell }: { run: PlanRun; items: readonly AidItem[]; cell: Cell | null }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger, formatDecimal } = useLocale();
  if (!cell) return <Text c="dimmed">{t('plan.cellHint')}</Text>;
  const e = run.plan.explanations.find((x) => x.recipient === cell.recipient && x.item === cell.item);
  const summary = run.plan.items.find((i) => i.item === cell.item);
  const recipient = run.recipients.find((r) => r.partnerId === cell.recipient);
  const item = items.find((i) => i.id === cell.item);
  if (!e || !summary || !recipient) return null;
  const whatIf = run.plan.whatIf.find((w) => w.kind === 'one-more-pack' && w.item === cell.item);
  const pledged = recipient.pledged.find((p) => p.item === cell.item);
  // Who the netted quantity comes from: recorded pledges and other donors' imported files (docs/decisions/046).
  const sources = (recipient.pledgedSources ?? []).filter((s) => s.item === cell.item);
  const nextTo = whatIf?.kind === 'one-more-pack' && whatIf.recipient ? run.recipients.find((r) => r.partnerId === whatIf.recipient) : undefined;
  return (
    <Card withBorder data-testid="cell-explanation">
      <Title order={4} mb="xs">
        {t('plan.explanation', { partner: name(recipient), allocated: formatInteger(e.allocated), item: item ? name(item) : e.item })}
      </Title>
      {recipient.demandBasis === 'estimated-need' && (
        <Alert color="orange" variant="light" p="xs" mb="xs" data-testid="estimated-demand-note">
          {t('plan.estimatedDemand', { weeks: run.options.needsHorizonWeeks })}
        </Alert>
      )}
      <Text fw={600}>{t(`reason.${e.reason}`)}</Text>
      <Text size="sm" c="dimmed" mb="xs">
        {e.detail}
      </Text>
      <List size="sm">
        <List.Item>
          {t('supply.demand')}: {formatInteger(e.demand)} · {t('plan.packs')}: {formatInteger(e.packs)} · {t('plan.coverage')}: {Math.round(e.coverage * 100)}%
        </List.Item>
        <List.Item>
          {t('plan.nextPack')}: {e.nextPackValue === null ? '–' : formatDecimal(e.nextPackValue)} · {t('plan.cutOff')}: {summary.cutOffValue === null ? '–' : formatDecimal(summary.cutOffValue)}
        </List.Item>
        <List.Item>
          {t('plan.limitedBy')}: {t(`limit.${summary.limitedBy}`)} — {summary.detail}
        </List.Item>
        {pledged && (
          <List.Item>
            {t('plan.pledgedNetted', { quantity: formatInteger(pledged.quantity) })}
            {sources.length > 0 && (
              <List size="xs" withPadding data-testid="pledged-sources">
                {sources.map((s) => (
                  <List.Item key={`${s.donor}-${s.kind}-${s.origin}`}>
                    {t('plan.pledgedFrom', { donor: s.donor, quantity: formatInteger(s.quantity), kind: t(`donors.kind.${s.kind}`), origin: t(`donors.originName.${s.origin}`) })}
                  </List.Item>
                ))}
              </List>
            )}
          </List.Item>
        )}
        <List.Item>
          {t('plan.whatIf')}: {nextTo ? name(nextTo) : t('plan.nobody')}
        </List.Item>
      </List>
    </Card>
  );
}
