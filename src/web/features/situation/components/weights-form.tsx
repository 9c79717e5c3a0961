import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeverityWeights } from '../../../../shared/schemas/situation';
import { ErrorAlert } from '../../../components/error-alert';
import { useSaveSeverityWeights, useSeverityWeights } from '../api/severity-weights';

const FACTORS = ['incidence', 'growth', 'deaths', 'health-system'] as const;

/** For coordinators: the relative weights of the severity factors (0 switches a factor off). */
export function WeightsForm() {
  const { t } = useTranslation('situation');
  const current = useSeverityWeights();
  const save = useSaveSeverityWeights();
  const [weights, setWeights] = useState<SeverityWeights | null>(null);
  useEffect(() => {
    if (current.data) setWeights(current.data.weights);
  }, [current.data]);

  if (current.isError) return <ErrorAlert error={current.error} />;
  if (!weights) return null;
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        {FACTORS.map((key) => (
          <NumberInput
            key={key}
            label={t(`severity.factors.${key}`)}
            value={weights[key]}
            min={0}
            max={100}
            step={0.05}
            decimalScale={2}
            onChange={(v) => setWeights({ ...weights, [key]: typeof v === 'number' ? v : 0 })}
            w={200}
          />
        ))}
      </Group>
      <Group gap="sm">
        <Button onClick={() => save.mutate(weights)} loading={save.isPending}>
          {t('admin.weights.save')}
        </Button>
        {current.data?.updatedAt && (
          <Text size="xs" c="dimmed">
            {t('admin.weights.updated', { at: current.data.updatedAt.slice(0, 16).replace('T', ' '), by: current.data.updatedBy ?? '' })}
          </Text>
        )}
      </Group>
      {save.isError && <ErrorAlert error={save.error} />}
    </Stack>
  );
}
