import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useAcknowledge, useInbox } from '../api/distribution';

// A partner focal point's inbox: the editions sent to its partner, each to download and acknowledge.
export function Inbox({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('knowledge');
  const { language, formatDateTime } = useLocale();
  const inbox = useInbox(partnerId);
  const ack = useAcknowledge();
  return (
    <Stack gap="md">
      <Title order={3}>{t('inbox.title')}</Title>
      {inbox.isPending && <Loader size="sm" />}
      <ErrorAlert error={inbox.error ?? ack.error} />
      {inbox.data?.items.length === 0 && <Text c="dimmed">{t('inbox.empty')}</Text>}
      {inbox.data?.items.map((item) => (
        <Card key={item.editionId} withBorder padding="md" data-testid={`inbox-${item.editionId}`}>
          <Group justify="space-between" wrap="wrap">
            <Text fw={600}>{language === 'zh' ? item.titleZh : item.titleEn}</Text>
            {item.acknowledgedAt ? (
              <Badge color="teal" variant="light">
                {t('inbox.acknowledgedAt', { at: formatDateTime(item.acknowledgedAt) })}
              </Badge>
            ) : (
              <Badge color="orange" variant="light">
                {t('inbox.awaiting')}
              </Badge>
            )}
          </Group>
          <Text size="sm">{t('documents.edition', { number: item.number, date: item.date })}</Text>
          <Text size="sm" c="dimmed">
            {item.summary}
          </Text>
          {item.reminder && (
            <Text size="sm" c="orange">
              {t(`inbox.reminder.${item.reminder.kind}`, { at: formatDateTime(item.reminder.at) })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('inbox.sentAt', { at: formatDateTime(item.sentAt) })}
          </Text>
          <Group gap="xs" mt="xs" wrap="wrap">
            {item.files.map((file) => (
              <Anchor key={file.id} href={`/api/knowledge/files/${file.id}`} size="sm" download>
                {t('inbox.download', { language: file.language, format: file.format.toUpperCase() })}
              </Anchor>
            ))}
            {!item.acknowledgedAt && (
              <Button size="xs" ml="auto" loading={ack.isPending && ack.variables?.editionId === item.editionId} onClick={() => ack.mutate({ partnerId, editionId: item.editionId })}>
                {t('inbox.acknowledge')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
