import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertQuestion } from '../../../../shared/schemas/knowledge';
import { useLocale } from '../../../i18n/use-locale';

const STATUS_COLOURS = { unassigned: 'gray', assigned: 'blue', answered: 'teal', published: 'grape' } as const;

// One question to the experts as every screen shows it: topic, status, due or overdue, the expert, the answer
// and the edition it refers to; `children` holds what the screen lets its reader do with it.
export function QuestionCard({ question: q, children, showDue = true }: { question: ExpertQuestion; children?: ReactNode; showDue?: boolean }) {
  const { t } = useTranslation('knowledge');
  const { language, formatDateTime } = useLocale();
  return (
    <Card withBorder padding="md" data-testid={`question-${q.id}`}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="wrap">
            <Badge variant="outline">{t(`questions.topics.${q.topic}`)}</Badge>
            <Text size="sm" c="dimmed">
              {t('questions.askedBy', { partner: q.partnerId, at: formatDateTime(q.askedAt) })}
            </Text>
          </Group>
          <Group gap="xs" wrap="wrap">
            {showDue && q.overdue && (
              <Badge color="red" variant="filled">
                {t('questions.overdue')}
              </Badge>
            )}
            <Badge color={STATUS_COLOURS[q.status]} variant="light">
              {t(`questions.statuses.${q.status}`)}
            </Badge>
          </Group>
        </Group>
        <Text fw={600} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {q.text}
        </Text>
        {showDue && !q.answeredAt && (
          <Text size="sm" c={q.overdue ? 'red' : 'dimmed'}>
            {t('questions.due', { at: formatDateTime(q.dueAt) })}
          </Text>
        )}
        {q.expert && (
          <Text size="sm" c="dimmed">
            {t('questions.expert', { name: q.expert.name })}
          </Text>
        )}
        {q.answer && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="answer">
            {t('questions.answerIs', { answer: q.answer })}
          </Text>
        )}
        {q.edition && (
          <Text size="sm" c="dimmed">
            {t('questions.refersTo', { title: language === 'zh' ? q.edition.titleZh : q.edition.titleEn, number: q.edition.number })}
          </Text>
        )}
        {children}
      </Stack>
    </Card>
  );
}
