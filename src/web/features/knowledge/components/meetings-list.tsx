import { Anchor, Badge, Button, Card, Group, Loader, MultiSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/schemas/knowledge';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useLocale } from '../../../i18n/use-locale';
import { usePartners } from '../../../lib/queries/get-partners';
import { useDocuments } from '../api/get-documents';
import { useAsk, useCreateMeeting, useMeetingTotals, useMeetings, useRegister } from '../api/meetings';
import { MeetingRecordForm } from './meeting-record-form';
import { SlotChoice } from './slot-choice';

const FIELDS = ['titleEn', 'titleZh', 'start', 'end', 'invitees'] as const;
const toUtc = (local: string) => (local ? `${local}:00Z` : '');

// Briefings and exchange meetings: organisers schedule them; invited focal points download the invitation,
// register and send questions. The figure "N meetings with M countries and regions" heads the list.
export function MeetingsList({ organiser, partnerId }: { organiser: boolean; partnerId: string | null }) {
  const { t } = useTranslation('knowledge');
  const meetings = useMeetings();
  const totals = useMeetingTotals();
  return (
    <Stack gap="md">
      <Title order={3}>{t('meetings.title')}</Title>
      {totals.data && <Text fw={600}>{t('meetings.totals', { meetings: t('meetings.meetingCount', { count: totals.data.meetings }), reached: t('meetings.reachedCount', { count: totals.data.countries + totals.data.organisations }) })}</Text>}
      {organiser && <NewMeetingForm />}
      {meetings.isPending && <Loader size="sm" />}
      <ErrorAlert error={meetings.error ?? totals.error} />
      {meetings.data?.meetings.length === 0 && <Text c="dimmed">{t('meetings.none')}</Text>}
      {meetings.data?.meetings.map((m) => <MeetingCard key={m.id} meeting={m} partnerId={partnerId} organiser={organiser} />)}
    </Stack>
  );
}

function MeetingCard({ meeting: m, partnerId, organiser }: { meeting: Meeting; partnerId: string | null; organiser: boolean }) {
  const { t } = useTranslation('knowledge');
  const { language, formatDateTime } = useLocale();
  const register = useRegister();
  const ask = useAsk();
  const documents = useDocuments('');
  const [question, setQuestion] = useState('');
  const [recording, setRecording] = useState(false);
  const presented = (documents.data?.documents ?? []).flatMap((d) => d.editions.filter((e) => m.editionIds.includes(e.id)).map((e) => `${language === 'zh' ? d.titleZh : d.titleEn} · ${t('documents.editionShort', { number: e.number })}`));
  const mine = partnerId ? m.invitees.find((i) => i.partnerId === partnerId) : undefined;
  return (
    <Card withBorder padding="md" data-testid={`meeting-${m.id}`}>
      <Group justify="space-between" wrap="wrap">
        <Text fw={600}>{language === 'zh' ? m.titleZh : m.titleEn}</Text>
        <Badge variant="light">{t(`meetings.kinds.${m.kind}`)}</Badge>
      </Group>
      <Text size="sm">{t('meetings.when', { start: formatDateTime(m.start), end: formatDateTime(m.end) })}</Text>
      {m.coHosts.length > 0 && <Text size="sm">{t('meetings.coHosts', { names: m.coHosts.join(', ') })}</Text>}
      <Text size="sm" c="dimmed">
        {t('meetings.invited', { count: m.invitees.length, registered: m.invitees.filter((i) => i.registeredAt).length })}
      </Text>
      {m.heldAt && (
        <Text size="sm" data-testid="held">
          {t('record.held', { attended: m.invitees.filter((i) => i.attended).length, invited: m.invitees.length })}
        </Text>
      )}
      {m.minutes && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {t('record.minutesAre', { minutes: m.minutes })}
        </Text>
      )}
      {presented.length > 0 && <Text size="sm">{t('record.presented', { editions: presented.join('; ') })}</Text>}
      {m.recordingUrl && (
        <Anchor href={m.recordingUrl} size="sm">
          {t('meetings.recording')}
        </Anchor>
      )}
      <Group gap="sm" mt="xs" wrap="wrap">
        <Anchor href={`/api/knowledge/meetings/${m.id}/invitation.ics`} size="sm">
          {t('meetings.ics')}
        </Anchor>
        {mine && !mine.registeredAt && partnerId && (
          <Button size="xs" loading={register.isPending} onClick={() => register.mutate({ partnerId, meetingId: m.id })}>
            {t('meetings.register')}
          </Button>
        )}
        {mine?.registeredAt && <Badge color="teal" variant="light">{t('meetings.registered')}</Badge>}
        {organiser && !recording && (
          <Button size="xs" variant="light" ml="auto" onClick={() => setRecording(true)}>
            {m.heldAt ? t('record.edit') : t('record.open')}
          </Button>
        )}
      </Group>
      {organiser && recording && <MeetingRecordForm meeting={m} onDone={() => setRecording(false)} />}
      {m.questions.length > 0 && (
        <Stack gap={2} mt="xs">
          {m.questions.map((q) => (
            <Text key={q.id} size="sm">
              {q.partnerId}: {q.text} {q.answer && `— ${q.answer}`}
            </Text>
          ))}
        </Stack>
      )}
      {mine && partnerId && (
        <Group align="flex-end" gap="sm" mt="xs" wrap="wrap">
          <TextInput style={{ flex: 1, minWidth: 200 }} label={t('meetings.question')} value={question} onChange={(e) => setQuestion(e.currentTarget.value)} maxLength={4000} />
          <Button size="xs" variant="light" disabled={question.trim() === ''} loading={ask.isPending} onClick={() => ask.mutate({ partnerId, meetingId: m.id, text: question }, { onSuccess: () => setQuestion('') })}>
            {t('meetings.ask')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={register.error ?? ask.error} />
    </Card>
  );
}

function NewMeetingForm() {
  const { t } = useTranslation('knowledge');
  const { name } = useLocale();
  const partners = usePartners();
  const create = useCreateMeeting();
  const [titleEn, setTitleEn] = useState('');
  const [titleZh, setTitleZh] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [invitees, setInvitees] = useState<string[]>([]);
  const errors = fieldErrors(create.error, FIELDS);
  const options = (partners.data?.partners ?? []).map((p) => ({ value: p.id, label: `${name(p)} (${p.id})` }));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ kind: 'video_exchange', titleEn, titleZh, start: toUtc(start), end: toUtc(end), invitees });
      }}
    >
      <Stack gap="sm">
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label={t('manage.titleEn')} value={titleEn} onChange={(e) => setTitleEn(e.currentTarget.value)} maxLength={300} error={errors.titleEn} />
          <TextInput label={t('manage.titleZh')} value={titleZh} onChange={(e) => setTitleZh(e.currentTarget.value)} maxLength={300} error={errors.titleZh} />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput type="datetime-local" label={t('meetings.start')} value={start} onChange={(e) => setStart(e.currentTarget.value)} error={errors.start} />
          <TextInput type="datetime-local" label={t('meetings.end')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} error={errors.end} />
        </Group>
        <MultiSelect label={t('meetings.invitees')} data={options} value={invitees} onChange={setInvitees} searchable clearable maxValues={1000} error={errors.invitees} />
        <SlotChoice
          invitees={invitees}
          partners={partners.data?.partners ?? []}
          onChoose={(slotStart, slotEnd) => {
            setStart(slotStart.slice(0, 16));
            setEnd(slotEnd.slice(0, 16));
          }}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('meetings.schedule')}
          </Button>
        </Group>
        <ErrorAlert error={create.error} shownFields={FIELDS} />
      </Stack>
    </form>
  );
}
