import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useHealth } from '../../features/health/api/get-health';

/** A quiet line at the foot of the navigation: is the server answering, and on which database. */
export function HealthStatus() {
  const { t } = useTranslation();
  const health = useHealth();
  const ok = health.isSuccess;
  const label = health.isPending
    ? t('health.checking')
    : ok
      ? t('health.online', { db: t(`health.db.${health.data.db}`) })
      : t('health.offline');
  return (
    <Group gap={8} wrap="nowrap" role="status" aria-live="polite">
      <span
        aria-hidden="true"
        style={{
          width: 8,
          height: 8,
          borderRadius: '50%',
          background: health.isPending ? 'var(--mantine-color-gray-4)' : ok ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-red-6)',
        }}
      />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
