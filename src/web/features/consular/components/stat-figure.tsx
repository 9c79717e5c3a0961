import { Card, Text } from '@mantine/core';

/** One headline figure of the statistics: its label, value and an optional line of detail. */
export function StatFigure({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId: string }) {
  return (
    <Card>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
      {detail !== undefined && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Card>
  );
}
