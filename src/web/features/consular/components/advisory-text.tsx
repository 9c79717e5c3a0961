import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An advisory's text as plain text (never markup), as it is pasted into a group chat, with a copy button. */
export function AdvisoryText({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation('consular');
  const plain = `${title}\n\n${body}`;
  return (
    <Paper withBorder p="xs">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {plain}
      </Text>
      <Group justify="flex-end">
        <Button size="compact-xs" variant="subtle" onClick={() => void navigator.clipboard?.writeText(plain)}>
          {t('advisories.copy')}
        </Button>
      </Group>
    </Paper>
  );
}
