import { Button, Card, Group, Progress, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useReanalysis, useStartReanalysis } from '../api/reanalysis';

/**
 * For admins: how many stored genomes were analysed by an older analyser or dataset (ADR 014), and a button
 * that re-analyses them in the background, with its progress.
 */
export function ReanalysisPanel() {
  const { t } = useTranslation('research');
  const [started, setStarted] = useState<number | null>(null);
  const status = useReanalysis(true, started !== null);
  const start = useStartReanalysis();
  const data = status.data;
  if (!data || (data.stale === 0 && started === null)) return null;
  const done = started === null ? 0 : started - data.stale;
  return (
    <Card data-testid="reanalysis" withBorder>
      <Title order={3} size="h5" mb={4}>
        {t('reanalysis.title')}
      </Title>
      <Text size="sm" mb="xs">
        {data.stale === 0 ? t('reanalysis.done', { total: data.total }) : t('reanalysis.stale', { stale: data.stale, total: data.total })}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('reanalysis.help', { version: data.version })}
      </Text>
      {started !== null && data.stale > 0 && <Progress value={(done / Math.max(1, started)) * 100} animated mb="xs" aria-label={t('reanalysis.progress')} />}
      {started === null && (
        <Group>
          <Button
            size="xs"
            loading={start.isPending}
            onClick={() => start.mutate(undefined, { onSuccess: (s) => setStarted(s.stale) })}
            data-testid="start-reanalysis"
          >
            {t('reanalysis.start', { count: data.stale })}
          </Button>
        </Group>
      )}
      {start.isError && <ErrorAlert error={start.error} />}
    </Card>
  );
}
