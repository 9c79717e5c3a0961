import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { usePublishedQuestions } from '../api/questions';
import { QuestionCard } from './question-card';

// The experts' answers published to every partner, newest first.
export function PublishedAnswers() {
  const { t } = useTranslation('knowledge');
  const published = usePublishedQuestions();
  return (
    <Stack gap="md">
      <Title order={3}>{t('questions.publishedTitle')}</Title>
      {published.isPending && <Loader size="sm" />}
      <ErrorAlert error={published.error} />
      {published.data?.questions.length === 0 && <Text c="dimmed">{t('questions.nonePublished')}</Text>}
      {published.data?.questions.map((q) => <QuestionCard key={q.id} question={q} showDue={false} />)}
    </Stack>
  );
}
