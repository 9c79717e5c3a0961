import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  actions?: ReactNode;
}

/** The top of every page: its title (also the browser tab's), a line on what it is for, and its main actions. */
export function PageHeader({ title, description, icon, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: title }));
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="md" wrap="wrap">
      <Group gap="sm" align="flex-start" wrap="nowrap" style={{ flex: '1 1 20rem' }}>
        {icon}
        <Stack gap={4}>
          <Title order={1} fz={{ base: 24, sm: 28 }} lh={1.25}>
            {title}
          </Title>
          {description && (
            <Text c="dimmed" maw={760}>
              {description}
            </Text>
          )}
        </Stack>
      </Group>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
