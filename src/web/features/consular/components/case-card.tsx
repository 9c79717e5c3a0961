import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/schemas/consular';
import { ErrorAlert } from '../../../components/error-alert';
import { CaseRouting } from './case-routing';
import { SlaClock } from './sla-clock';

/** The next statuses an officer may choose from each status (the server checks the same flow). */
const NEXT: Record<Case['status'], Case['status'][]> = {
  new: ['assigned', 'resolved'],
  assigned: ['waiting_on_citizen', 'resolved'],
  waiting_on_citizen: ['assigned', 'resolved'],
  resolved: ['closed', 'assigned'],
  closed: [],
};

interface CaseCardProps {
  item: Case;
  /** Officers reply or note and move the status; a citizen only replies. */
  mode: 'officer' | 'citizen';
  onMessage(kind: 'reply' | 'note', body: string): Promise<unknown>;
  onStatus?(status: Case['status']): void;
  error?: unknown;
}

/** One help request: who, what, the SLA clocks and the post's local time, the conversation and what to do next. */
export function CaseCard({ item, mode, onMessage, onStatus, error }: CaseCardProps) {
  const { t } = useTranslation('consular');
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<'reply' | 'note'>('reply');
  const send = () => void onMessage(mode === 'citizen' ? 'reply' : kind, body).then(() => setBody(''));
  return (
    <Card data-testid="consular-case" data-status={item.status}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{`#${item.id} ${item.callerName} · ${t(`topics.${item.topic}`)}`}</Text>
          <Group gap="xs">
            <Badge color={item.urgency === 'life_threatening' ? 'red' : item.urgency === 'urgent' ? 'orange' : 'gray'}>{t(`urgencies.${item.urgency}`)}</Badge>
            <Badge variant="outline">{t(`statuses.${item.status}`)}</Badge>
          </Group>
        </Group>
        <Text size="sm">{item.summary}</Text>
        <Group gap="xs">
          <SlaClock label={t('sla.firstResponse')} timer={item.firstResponse} />
          <SlaClock label={t('sla.resolution')} timer={item.resolution} />
          <Text size="xs" c="dimmed">
            {t(item.postOpen ? 'postOpen' : 'postClosed', { post: item.postId, time: item.postLocalTime })}
          </Text>
        </Group>
        {mode === 'officer' && item.status !== 'closed' && <CaseRouting item={item} />}
        {item.messages.map((m) => (
          <Text key={m.id} size="sm" c={m.kind === 'note' ? 'dimmed' : undefined} fs={m.kind === 'note' ? 'italic' : undefined}>
            {`${t(`messageKinds.${m.kind}`)} · ${m.author}: ${m.body}`}
          </Text>
        ))}
        {item.status !== 'closed' && (
          <>
            {mode === 'officer' && <SegmentedControl size="xs" w="fit-content" value={kind} onChange={(v) => setKind(v as 'reply' | 'note')} data={[{ value: 'reply', label: t('messageKinds.reply') }, { value: 'note', label: t('messageKinds.note') }]} />}
            <Textarea label={t(mode === 'officer' && kind === 'note' ? 'writeNote' : 'writeReply')} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={1} />
            <Group gap="xs">
              <Button size="xs" onClick={send} disabled={body.trim() === ''}>
                {t('send')}
              </Button>
              {onStatus &&
                NEXT[item.status].map((s) => (
                  <Button key={s} size="xs" variant="light" onClick={() => onStatus(s)}>
                    {t(`moveTo.${s}`)}
                  </Button>
                ))}
            </Group>
          </>
        )}
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
    </Card>
  );
}
