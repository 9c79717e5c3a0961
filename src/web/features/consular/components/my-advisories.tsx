import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useMyAdvisories, useOpenAdvisory } from '../api/advisories';
import { AdvisoryText } from './advisory-text';

/** The advisories the citizen's post sent them; opening one tells the post it was read. */
export function MyAdvisories() {
  const { t, i18n } = useTranslation('consular');
  const list = useMyAdvisories();
  const open = useOpenAdvisory();
  const [shown, setShown] = useState<number | null>(null);
  const zh = i18n.language.startsWith('zh');
  if (list.isError) return <ErrorAlert error={list.error} />;
  if (!list.data || list.data.advisories.length === 0) return null;
  return (
    <Card>
      <Title order={3} size="h5" mb="xs">
        {t('advisories.mine')}
      </Title>
      <Stack gap="xs">
        {list.data.advisories.map((a) => (
          <Stack key={a.id} gap={4} data-testid="my-advisory">
            <Group justify="space-between">
              <Text fw={600}>{zh ? a.titleZh : a.titleEn}</Text>
              <Group gap="xs">
                {a.openedAt === null && <Badge color="blue">{t('advisories.new')}</Badge>}
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => {
                    setShown(a.id);
                    if (a.openedAt === null) open.mutate(a.id);
                  }}
                >
                  {t('advisories.read')}
                </Button>
              </Group>
            </Group>
            {shown === a.id && <AdvisoryText title={zh ? a.titleZh : a.titleEn} body={zh ? a.bodyZh : a.bodyEn} />}
          </Stack>
        ))}
        {open.error ? <ErrorAlert error={open.error} /> : null}
      </Stack>
    </Card>
  );
}
