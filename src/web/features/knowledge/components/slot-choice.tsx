import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { fieldErrors } from '../../../lib/api-client';
import { useFindMeetingSlots } from '../api/find-meeting-slots';

import { SLOT_FIELDS as FIELDS, SlotWindowFields, useSlotWindow, utcLabel } from './slot-window';

/** The country whose working hours stand for a partner: its own, or an organisation's headquarters'. */
const countryOf = (p: Partner) => p.iso3 ?? p.headquartersIso3;

// In the new-meeting form: the slot finder's best times for the invitees, one of which the organiser picks
// as the meeting's start and end.
export function SlotChoice({ invitees, partners, onChoose }: { invitees: string[]; partners: Partner[]; onChoose: (start: string, end: string) => void }) {
  const { t } = useTranslation('knowledge');
  const find = useFindMeetingSlots();
  const slotWindow = useSlotWindow();
  const [chosen, setChosen] = useState<string | null>(null);
  const byId = new Map(partners.map((p) => [p.id, p]));
  const participants = [...new Set(invitees.map((id) => byId.get(id)).flatMap((p) => (p && countryOf(p) ? [countryOf(p)!] : [])))];
  const errors = fieldErrors(find.error, FIELDS);
  const slots = find.data?.slots.slice(0, 8) ?? [];
  return (
    <Stack gap="xs" data-testid="slot-choice">
      <SlotWindowFields window={slotWindow} errors={errors} />
      <Group>
        <Button variant="light" disabled={participants.length === 0} loading={find.isPending} onClick={() => find.mutate(slotWindow.request(participants, 8), { onSuccess: () => setChosen(null) })}>
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
