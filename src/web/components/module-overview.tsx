import { Badge, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModuleId } from '../config/modules';
import { ModuleIcon } from './module-icon';
import { PageHeader } from './page-header';

/**
 * A module's front page until its tools land: what it is for, who uses it and what it will do.
 * Each module's feature folder renders this and replaces it with its real content in later work.
 */
export function ModuleOverview({ id }: { id: ModuleId }) {
  const { t } = useTranslation();
  const capabilities = t(`modules.${id}.capabilities`, { returnObjects: true });

  return (
    <>
      <PageHeader title={t(`modules.${id}.title`)} description={t(`modules.${id}.job`)} icon={<ModuleIcon id={id} size={48} />} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
        <Card h="100%">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">
              {t('moduleOverview.capabilitiesTitle')}
            </Title>
            <Badge variant="light" color="gray">
              {t('moduleOverview.inPreparation')}
            </Badge>
          </Group>
          <List spacing="xs" size="sm">
            {capabilities.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="lg">
          <Card>
            <Title order={2} size="h4" mb="xs">
              {t('moduleOverview.usersTitle')}
            </Title>
            <Text size="sm">{t(`modules.${id}.users`)}</Text>
          </Card>
          <Card bg="concord.0" style={{ borderColor: 'var(--mantine-color-concord-1)' }}>
            <Title order={2} size="h4" mb="xs">
              {t('moduleOverview.chainTitle')}
            </Title>
            <Text size="sm">{t(`modules.${id}.chain`)}</Text>
          </Card>
        </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
