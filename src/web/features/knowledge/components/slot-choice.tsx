import { Button, Group, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useFindMeetingSlots } from '../api/find-meeting-slots';

const FIELDS = ['participants', 'durationMinutes', 'from', 'to'] as const;
const toUtc = (local: string) => (local ? `${local}:00Z` : '');
const utcLabel = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** The country whose working hours stand for a partner: its own, or an organisation's headquarters'. */
const countryOf = (p: Partner) => p.iso3 ?? p.headquartersIso3;

// In the new-meeting form: the slot finder's best times for the invitees, one of which the organiser picks
// as the meeting's start and end.
export function SlotChoice({ invitees, partners, onChoose }: { invitees: string[]; partners: Partner[]; onChoose: (start: string, end: string) => void }) {
  const { t } = useTranslation('knowledge');
  const find = useFindMeetingSlots();
  const [duration, setDuration] = useState<number | string>(60);
  const [from, setFrom] = useState('2026-12-07T00:00');
  const [to, setTo] = useState('2026-12-12T00:00');
  const [chosen, setChosen] = useState<string | null>(null);
  const byId = new Map(partners.map((p) => [p.id, p]));
  const participants = [...new Set(invitees.flatMap((id) => { const p = byId.get(id); const c = p && countryOf(p); return c ? [c] : []; }))];
  const errors = fieldErrors(find.error, FIELDS);
  const slots = find.data?.slots.slice(0, 8) ?? [];
  return (
    <Stack gap="xs" data-testid="slot-choice">
      <Group grow align="flex-start" wrap="wrap">
        <NumberInput label={t('slots.duration')} min={15} max={540} step={15} value={duration} onChange={setDuration} error={errors.durationMinutes} />
        <TextInput type="datetime-local" label={t('slots.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={errors.from} />
        <TextInput type="datetime-local" label={t('slots.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} error={errors.to} />
      </Group>
      <Group>
        <Button variant="light" disabled={participants.length === 0} loading={find.isPending} onClick={() => find.mutate({ participants, durationMinutes: Number(duration), from: toUtc(from), to: toUtc(to), limit: 8 }, { onSuccess: () => setChosen(null) })}>
          {t('slots.propose')}
        </Button>
      </Group>
      <ErrorAlert error={find.error} shownFields={FIELDS} />
      {find.data && slots.length === 0 && <Text c="dimmed">{t('slots.noneFound')}</Text>}
      {slots.length > 0 && (
        <Radio.Group
          label={t('slots.choose')}
          value={chosen}
          onChange={(start) => {
            const slot = slots.find((s) => s.start === start);
            if (!slot) return;
            setChosen(start);
            onChoose(slot.start, slot.end);
          }}
        >
          <Stack gap={6} mt={4}>
            {slots.map((slot) => (
              <Radio key={slot.start} value={slot.start} label={t('slots.option', { start: utcLabel(slot.start), end: slot.end.slice(11, 16), count: slot.count, total: participants.length, inside: slot.inside.join(' ') })} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
