import { Anchor, Badge, Card, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useDocuments } from '../api/get-documents';

// The documents the reader may see, searchable in any language, with each edition's files to download.
export function DocumentsList() {
  const { t, i18n } = useTranslation('knowledge');
  const [query, setQuery] = useState('');
  const [q] = useDebouncedValue(query.trim(), 300);
  const documents = useDocuments(q);
  const zh = i18n.language.startsWith('zh');

  return (
    <Stack gap="md">
      <Title order={3}>{t('documents.title')}</Title>
      <TextInput label={t('documents.search')} placeholder={t('documents.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} maxLength={200} />
      {documents.isPending && <Loader size="sm" />}
      <ErrorAlert error={documents.error} />
      {documents.data?.documents.length === 0 && <Text c="dimmed">{t('documents.none')}</Text>}
      {documents.data?.documents.map((doc) => (
        <Card key={doc.id} withBorder padding="md">
          <Group justify="space-between" wrap="wrap">
            <Text fw={600}>{zh ? doc.titleZh : doc.titleEn}</Text>
            <Badge variant="light">{t(`kinds.${doc.kind}`)}</Badge>
          </Group>
          {doc.editions.map((edition) => (
            <Stack key={edition.id} gap={4} mt="sm">
              <Text size="sm">
                {t('documents.edition', { number: edition.number, date: edition.date })}
                {edition.publishedAt === null && ` · ${t('documents.draft')}`}
              </Text>
              <Text size="sm" c="dimmed">
                {edition.summary}
              </Text>
              <Group gap="xs">
                {edition.files.map((file) => (
                  <Anchor key={file.id} href={`/api/knowledge/files/${file.id}`} size="sm">
                    {t('documents.file', { language: file.language, format: file.format.toUpperCase() })}
                  </Anchor>
                ))}
              </Group>
            </Stack>
          ))}
        </Card>
      ))}
    </Stack>
  );
}
