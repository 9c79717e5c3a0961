import { Button, Group, Loader, MultiSelect, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_TOPICS, type ExpertQuestion, type QuestionTopic } from '../../../../shared/schemas/knowledge';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useLocale } from '../../../i18n/use-locale';
import { useDocuments } from '../api/get-documents';
import { useAnswerQuestion, useExperts, useMyTopics, usePublishQuestion, useSetMyTopics, useWorkQuestions } from '../api/questions';
import { QuestionCard } from './question-card';

const FIELDS = ['answer', 'editionId'] as const;
/** Unanswered first, soonest due first; then the rest, newest first. */
const byUrgency = (a: ExpertQuestion, b: ExpertQuestion) => Number(a.answeredAt !== null) - Number(b.answeredAt !== null) || (a.answeredAt === null ? a.dueAt.localeCompare(b.dueAt) : b.id - a.id);

// The experts' inbox: the questions routed to the signed-in expert and the unassigned queue (every question for
// coordinators), each answered, linked to an edition and published from here; an expert declares topics here.
export function ExpertInbox({ expert }: { expert: boolean }) {
  const { t } = useTranslation('knowledge');
  const questions = useWorkQuestions();
  const sorted = [...(questions.data?.questions ?? [])].sort(byUrgency);
  return (
    <Stack gap="md">
      <Title order={3}>{t('questions.inboxTitle')}</Title>
      {expert ? <MyTopics /> : <ExpertsLoad />}
      {questions.data && <Text c="dimmed">{t('questions.target', { hours: questions.data.targetHours })}</Text>}
      {questions.isPending && <Loader size="sm" />}
      <ErrorAlert error={questions.error} />
      {questions.data?.questions.length === 0 && <Text c="dimmed">{t('questions.inboxEmpty')}</Text>}
      {sorted.map((q) => (
        <QuestionCard key={q.id} question={q}>
          {q.status !== 'published' && <AnswerForm question={q} />}
        </QuestionCard>
      ))}
    </Stack>
  );
}

function AnswerForm({ question: q }: { question: ExpertQuestion }) {
  const { t } = useTranslation('knowledge');
  const { language } = useLocale();
  const documents = useDocuments('');
  const answer = useAnswerQuestion();
  const publish = usePublishQuestion();
  const [text, setText] = useState(q.answer ?? '');
  const [editionId, setEditionId] = useState<string | null>(q.edition ? String(q.edition.id) : null);
  const errors = fieldErrors(answer.error, FIELDS);
  const editions = (documents.data?.documents ?? []).flatMap((d) =>
    d.editions.filter((e) => e.publishedAt).map((e) => ({ value: String(e.id), label: `${language === 'zh' ? d.titleZh : d.titleEn} · ${t('documents.editionShort', { number: e.number })}` })),
  );
  return (
    <Stack gap="xs" mt="xs">
      <Textarea label={t('questions.answer')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} maxLength={8000} error={errors.answer} />
      <Select label={t('questions.edition')} placeholder={t('questions.noEdition')} data={editions} value={editionId} onChange={setEditionId} clearable searchable error={errors.editionId} />
      <Group gap="sm" wrap="wrap">
        <Button size="xs" disabled={text.trim() === ''} loading={answer.isPending} onClick={() => answer.mutate({ id: q.id, body: { answer: text, editionId: editionId ? Number(editionId) : null } })}>
          {t('questions.saveAnswer')}
        </Button>
        {q.status === 'answered' && (
          <Button size="xs" variant="light" color="grape" loading={publish.isPending} onClick={() => publish.mutate(q.id)}>
            {t('questions.publish')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={answer.error ?? publish.error} shownFields={FIELDS} />
    </Stack>
  );
}

function MyTopics() {
  const { t } = useTranslation('knowledge');
  const mine = useMyTopics(true);
  const save = useSetMyTopics();
  const [topics, setTopics] = useState<string[]>([]);
  useEffect(() => {
    if (mine.data) setTopics(mine.data.topics);
  }, [mine.data]);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <MultiSelect style={{ flex: 1, minWidth: 240 }} label={t('questions.myTopics')} data={QUESTION_TOPICS.map((value) => ({ value, label: t(`questions.topics.${value}`) }))} value={topics} onChange={setTopics} searchable clearable />
      <Button size="sm" variant="light" loading={save.isPending} onClick={() => save.mutate(topics as QuestionTopic[])}>
        {t('questions.saveTopics')}
      </Button>
      {save.isSuccess && !save.isPending && <Text size="sm">{t('questions.topicsSaved')}</Text>}
      <ErrorAlert error={mine.error ?? save.error} />
    </Group>
  );
}

function ExpertsLoad() {
  const { t } = useTranslation('knowledge');
  const experts = useExperts();
  if (!experts.data) return <ErrorAlert error={experts.error} />;
  if (experts.data.experts.length === 0) return <Text c="dimmed">{t('questions.noExperts')}</Text>;
  return (
    <Stack gap={2}>
      {experts.data.experts.map((e) => (
        <Text key={e.userId} size="sm">
          {t('questions.expertLoad', { name: e.name, open: e.open, topics: e.topics.map((topic) => t(`questions.topics.${topic}`)).join(', ') || '–' })}
        </Text>
      ))}
    </Stack>
  );
}
