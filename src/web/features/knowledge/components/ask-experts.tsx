import { Button, Group, Loader, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_TOPICS, type QuestionTopic } from '../../../../shared/schemas/knowledge';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useAskExperts, usePartnerQuestions } from '../api/questions';
import { QuestionCard } from './question-card';

const FIELDS = ['topic', 'text'] as const;

// A focal point asks the experts a question on a topic and follows its questions: due, answered, published.
export function AskExperts({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('knowledge');
  const questions = usePartnerQuestions(partnerId);
  const ask = useAskExperts();
  const [topic, setTopic] = useState<QuestionTopic | null>(null);
  const [text, setText] = useState('');
  const errors = fieldErrors(ask.error, FIELDS);
  return (
    <Stack gap="md">
      <Title order={3}>{t('questions.askTitle')}</Title>
      {questions.data && <Text c="dimmed">{t('questions.target', { hours: questions.data.targetHours })}</Text>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (topic) ask.mutate({ partnerId, body: { topic, text } }, { onSuccess: () => setText('') });
        }}
      >
        <Stack gap="sm">
          <Select label={t('questions.topic')} data={QUESTION_TOPICS.map((value) => ({ value, label: t(`questions.topics.${value}`) }))} value={topic} onChange={(v) => setTopic(v as QuestionTopic | null)} error={errors.topic} allowDeselect={false} />
          <Textarea label={t('questions.text')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={3} maxLength={4000} error={errors.text} />
          <Group>
            <Button type="submit" loading={ask.isPending} disabled={!topic || text.trim() === ''}>
              {t('questions.ask')}
            </Button>
          </Group>
          <ErrorAlert error={ask.error} shownFields={FIELDS} />
        </Stack>
      </form>
      <Title order={4}>{t('questions.yours')}</Title>
      {questions.isPending && <Loader size="sm" />}
      <ErrorAlert error={questions.error} />
      {questions.data?.questions.length === 0 && <Text c="dimmed">{t('questions.noneAsked')}</Text>}
      {questions.data?.questions.map((q) => <QuestionCard key={q.id} question={q} />)}
    </Stack>
  );
}
