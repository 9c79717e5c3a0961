import { Anchor, Badge, Button, Card, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Edition } from '../../../../shared/schemas/knowledge';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useDocuments } from '../api/get-documents';
import { usePublishEdition } from '../api/manage-documents';
import { NewDocumentForm } from './new-document-form';
import { NewEditionForm } from './new-edition-form';
import { SendEditionForm } from './send-edition-form';
import { UploadFileForm } from './upload-file-form';

// The publishers' view: documents, their editions, each draft's files and publishing, each published edition's sending.
export function ManageDocuments() {
  const { t } = useTranslation('knowledge');
  const { language } = useLocale();
  const documents = useDocuments('');
  return (
    <Stack gap="lg">
      <NewDocumentForm />
      <Divider />
      {documents.isPending && <Loader size="sm" />}
      <ErrorAlert error={documents.error} />
      {documents.data?.documents.map((doc) => (
        <Card key={doc.id} withBorder padding="md" data-testid={`manage-document-${doc.id}`}>
          <Group justify="space-between" wrap="wrap">
            <Text fw={600}>{language === 'zh' ? doc.titleZh : doc.titleEn}</Text>
            <Group gap={4}>
              <Badge variant="light">{t(`kinds.${doc.kind}`)}</Badge>
              {doc.public && <Badge variant="outline">{t('manage.publicBadge')}</Badge>}
            </Group>
          </Group>
          <Stack gap="md" mt="sm">
            {doc.editions.map((edition) => (
              <EditionBlock key={edition.id} edition={edition} />
            ))}
            <NewEditionForm documentId={doc.id} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function EditionBlock({ edition }: { edition: Edition }) {
  const { t } = useTranslation('knowledge');
  const publish = usePublishEdition();
  const draft = edition.publishedAt === null;
  return (
    <Stack gap={6} data-testid={`edition-${edition.id}`}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={500}>
          {t('documents.edition', { number: edition.number, date: edition.date })}
        </Text>
        <Badge size="sm" color={draft ? 'gray' : 'teal'} variant="light">
          {draft ? t('documents.draft') : t('manage.published')}
        </Badge>
      </Group>
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
      {draft ? (
        <>
          <UploadFileForm editionId={edition.id} />
          <Group>
            <Button color="teal" disabled={edition.files.length === 0} loading={publish.isPending} onClick={() => publish.mutate(edition.id)}>
              {t('manage.publish')}
            </Button>
          </Group>
          <ErrorAlert error={publish.error} />
        </>
      ) : (
        <SendEditionForm editionId={edition.id} />
      )}
    </Stack>
  );
}
