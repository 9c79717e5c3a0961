import { Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AidItem, PlanRun } from '../../../../shared/schemas/aid';
import { useLocale } from '../../../i18n/use-locale';

/** Per item: allocated against demand, with what was left to give above the reserve. */
export function AllocationChart({ run, items }: { run: PlanRun; items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger } = useLocale();
  return (
    <Stack gap={6} data-testid="allocation-chart">
      <Text fw={600}>{t('plan.chart')}</Text>
      {run.plan.items
        .filter((s) => s.demand > 0)
        .map((s) => {
          const item = items.find((i) => i.id === s.item);
          const share = s.demand > 0 ? (100 * s.allocated) / s.demand : 0;
          return (
            <Group key={s.item} gap="xs" wrap="nowrap">
              <Text size="sm" w={200} truncate>
                {item ? name(item) : s.item}
              </Text>
              <Tooltip label={`${t('supply.allocated')} ${formatInteger(s.allocated)} / ${t('supply.demand')} ${formatInteger(s.demand)} · ${t('supply.giveable')} ${formatInteger(s.giveable)}`}>
                <Progress value={share} style={{ flex: 1 }} size="lg" color={share >= 99.5 ? 'teal' : 'blue'} />
              </Tooltip>
              <Text size="xs" w={48} ta="right">
                {Math.round(share)}%
              </Text>
            </Group>
          );
        })}
    </Stack>
  );
}
