import { Group, NumberInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSlotsRequest } from '../../../../shared/schemas/knowledge';

// The meeting length and the UTC window the slot finder searches, shared by the slot finder tab and the
// new-meeting form's proposals.

export const SLOT_FIELDS = ['participants', 'durationMinutes', 'from', 'to'] as const;
/** A `datetime-local` value read as UTC, and back. */
export const toUtc = (local: string) => (local ? `${local}:00Z` : '');
export const utcLabel = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

export function useSlotWindow() {
  const [duration, setDuration] = useState<number | string>(60);
  const [from, setFrom] = useState('2026-12-07T00:00');
  const [to, setTo] = useState('2026-12-12T00:00');
  return {
    duration,
    setDuration,
    from,
    setFrom,
    to,
    setTo,
    request: (participants: string[], limit?: number): MeetingSlotsRequest => ({ participants, durationMinutes: Number(duration), from: toUtc(from), to: toUtc(to), limit }),
  };
}

export function SlotWindowFields({ window: w, errors }: { window: ReturnType<typeof useSlotWindow>; errors: Record<string, string> }) {
  const { t } = useTranslation('knowledge');
  return (
    <Group grow align="flex-start" wrap="wrap">
      <NumberInput label={t('slots.duration')} min={15} max={540} step={15} value={w.duration} onChange={w.setDuration} error={errors.durationMinutes} />
      <TextInput type="datetime-local" label={t('slots.from')} value={w.from} onChange={(e) => w.setFrom(e.currentTarget.value)} error={errors.from} />
      <TextInput type="datetime-local" label={t('slots.to')} value={w.to} onChange={(e) => w.setTo(e.currentTarget.value)} error={errors.to} />
    </Group>
  );
}
