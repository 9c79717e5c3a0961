import { Button, Checkbox, Group, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/schemas/knowledge';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useLocale } from '../../../i18n/use-locale';
import { usePartners } from '../../../lib/queries/get-partners';
import { useDocuments } from '../api/get-documents';
import { useRecordMeeting } from '../api/meetings';

const FIELDS = ['attended', 'minutes', 'recordingUrl', 'answers', 'editionIds'] as const;

// After a meeting, its organiser records who attended, the minutes, the recording link, answers to the
// questions sent, and the editions presented; saving again corrects the record.
export function MeetingRecordForm({ meeting: m, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation('knowledge');
  const { language, name } = useLocale();
  const partners = usePartners();
  const documents = useDocuments('');
  const record = useRecordMeeting();
  const [attended, setAttended] = useState<string[]>(m.invitees.filter((i) => i.attended).map((i) => i.partnerId));
  const [minutes, setMinutes] = useState(m.minutes ?? '');
  const [recordingUrl, setRecordingUrl] = useState(m.recordingUrl ?? '');
  const [answers, setAnswers] = useState<Record<number, string>>(Object.fromEntries(m.questions.map((q) => [q.id, q.answer ?? ''])));
  const [editionIds, setEditionIds] = useState<string[]>(m.editionIds.map(String));
  const errors = fieldErrors(record.error, FIELDS);
  const partnerName = new Map((partners.data?.partners ?? []).map((p) => [p.id, name(p)]));
  const editions = (documents.data?.documents ?? []).flatMap((d) =>
    d.editions.filter((e) => e.publishedAt).map((e) => ({ value: String(e.id), label: `${language === 'zh' ? d.titleZh : d.titleEn} · ${t('documents.editionShort', { number: e.number })}` })),
  );
  return (
    <form
      data-testid={`record-${m.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate(
          {
            id: m.id,
            body: {
              attended,
              minutes,
              recordingUrl: recordingUrl.trim() === '' ? undefined : recordingUrl.trim(),
              answers: m.questions.flatMap((q) => (answers[q.id]?.trim() ? [{ questionId: q.id, answer: answers[q.id]!.trim() }] : [])),
              editionIds: editionIds.map(Number),
            },
          },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack gap="sm" mt="sm">
        <Checkbox.Group label={t('record.attended')} value={attended} onChange={setAttended} error={errors.attended}>
          <Group gap="sm" mt={4} wrap="wrap">
            {m.invitees.map((i) => (
              <Checkbox key={i.partnerId} value={i.partnerId} label={`${partnerName.get(i.partnerId) ?? i.partnerId} (${i.partnerId})`} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea label={t('record.minutes')} value={minutes} onChange={(e) => setMinutes(e.currentTarget.value)} autosize minRows={3} maxLength={100_000} error={errors.minutes} />
        <TextInput type="url" label={t('record.recordingUrl')} value={recordingUrl} onChange={(e) => setRecordingUrl(e.currentTarget.value)} maxLength={2000} error={errors.recordingUrl} />
        {m.questions.map((q) => (
          <Textarea
            key={q.id}
            label={t('record.answerTo', { partner: q.partnerId ?? '', text: q.text })}
            value={answers[q.id] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setAnswers((a) => ({ ...a, [q.id]: value }));
            }}
            autosize
            maxLength={4000}
          />
        ))}
        <MultiSelect label={t('record.editions')} data={editions} value={editionIds} onChange={setEditionIds} searchable clearable maxValues={50} error={errors.editionIds} />
        <Group gap="sm">
          <Button type="submit" loading={record.isPending}>
            {t('record.save')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('record.cancel')}
          </Button>
        </Group>
        <ErrorAlert error={record.error} shownFields={FIELDS} />
      </Stack>
    </form>
  );
}
