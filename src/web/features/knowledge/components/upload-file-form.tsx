import { Button, FileInput, Group, Progress, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { uploadEditionFile } from '../api/upload-file';

const LANGUAGES = ['en', 'zh', 'fr', 'es', 'ar', 'ru', 'pt'] as const;
const FIELDS = ['language', 'fileName', 'body'] as const;

// One file of a draft edition in one language, with the upload's progress (large PDFs take a while).
export function UploadFileForm({ editionId }: { editionId: number }) {
  const { t } = useTranslation('knowledge');
  const client = useQueryClient();
  const [language, setLanguage] = useState<string>('en');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const upload = useMutation({
    mutationFn: (input: { file: File; language: string }) => uploadEditionFile(editionId, input.file, input.language, setProgress),
    onSuccess: () => {
      setFile(null);
      return client.invalidateQueries({ queryKey: ['knowledge'] });
    },
  });
  const errors = fieldErrors(upload.error, FIELDS);
  return (
    <Stack gap={4}>
      <Group align="flex-end" wrap="wrap" gap="sm">
        <Select w={130} label={t('manage.language')} data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))} value={language} onChange={(v) => v && setLanguage(v)} allowDeselect={false} error={errors.language} />
        <FileInput w={240} label={t('manage.file')} placeholder={t('manage.choose')} accept=".pdf,.docx,.md,application/pdf,text/markdown" value={file} onChange={setFile} clearable error={errors.fileName ?? errors.body} />
        <Button
          variant="light"
          disabled={file === null}
          loading={upload.isPending}
          onClick={() => {
            if (!file) return;
            setProgress(0);
            upload.mutate({ file, language });
          }}
        >
          {t('manage.upload')}
        </Button>
      </Group>
      {upload.isPending && (
        <Stack gap={2}>
          <Progress value={progress * 100} aria-label={t('manage.progress')} />
          <Text size="xs" c="dimmed">
            {t('manage.uploaded', { percent: Math.round(progress * 100) })}
          </Text>
        </Stack>
      )}
      <ErrorAlert error={upload.error} shownFields={FIELDS} />
    </Stack>
  );
}
