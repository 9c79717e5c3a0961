import { Button, Checkbox, Group, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MISSION_OBJECTIVES, type Mission, type Team } from '../../../../shared/schemas/aid-missions';
import type { Partner } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { useFieldMessages } from '../../../lib/field-errors';
import { useLocale } from '../../../i18n/use-locale';
import { useCreateMission, useUpdateMission } from '../api/technical-assistance';

const FIELDS = ['teamId', 'partnerId', 'kind', 'objectives', 'places', 'activities', 'startDate', 'endDate'] as const;
type Objective = (typeof MISSION_OBJECTIVES)[number];

/**
 * Send a team on a mission to a partner (in the country, or a remote consultation), or correct a mission's
 * plan: its team, partner and kind stay what it was created with.
 */
export function MissionForm({ mission, teams, partners, onDone }: { mission?: Mission; teams: readonly Team[]; partners: readonly Partner[]; onDone: () => void }) {
  const { t } = useTranslation('aid');
  const { name, compare } = useLocale();
  const create = useCreateMission();
  const update = useUpdateMission();
  const write = mission ? update : create;
  const [v, setV] = useState({
    teamId: mission ? String(mission.teamId) : (null as string | null),
    partnerId: mission?.partnerId ?? (null as string | null),
    kind: mission?.kind ?? ('in-country' as Mission['kind']),
    objectives: (mission?.objectives ?? []) as Objective[],
    places: mission?.places ?? '',
    activities: mission?.activities ?? '',
    startDate: mission?.startDate ?? '',
    endDate: mission?.endDate ?? '',
  });
  const server = useFieldMessages(write.error, FIELDS, { endDate: t('ta.mission.endBeforeStart'), startDate: t('ta.mission.endBeforeStart'), partnerId: t('ta.mission.unknownPartner'), teamId: t('ta.mission.unknownTeam') });
  const partnerOptions = partners.map((p) => ({ value: p.id, label: name(p) })).sort((a, b) => compare(a.label, b.label));

  const save = () => {
    const plan = { objectives: v.objectives, places: v.places, activities: v.activities, startDate: v.startDate, endDate: v.endDate };
    if (mission) update.mutate({ id: mission.id, body: plan }, { onSuccess: onDone });
    else create.mutate({ ...plan, teamId: Number(v.teamId ?? 0), partnerId: v.partnerId ?? '', kind: v.kind }, { onSuccess: onDone });
  };

  return (
    <Stack gap="sm" data-testid="mission-form">
      <Group grow align="flex-start" wrap="wrap">
        <Select
          label={t('ta.mission.team')}
          data={teams.map((x) => ({ value: String(x.id), label: x.name }))}
          value={v.teamId}
          onChange={(teamId) => setV({ ...v, teamId })}
          disabled={mission !== undefined}
          error={server.byField.teamId}
          miw={200}
          comboboxProps={{ withinPortal: true }}
          data-testid="mission-team"
        />
        <Select
          label={t('ta.mission.partner')}
          data={partnerOptions}
          value={v.partnerId}
          onChange={(partnerId) => setV({ ...v, partnerId })}
          searchable
          disabled={mission !== undefined}
          error={server.byField.partnerId}
          miw={200}
          comboboxProps={{ withinPortal: true }}
          data-testid="mission-partner"
        />
      </Group>
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('ta.mission.kind')}
        </Text>
        <SegmentedControl
          disabled={mission !== undefined}
          value={v.kind}
          onChange={(kind) => setV({ ...v, kind: kind as Mission['kind'] })}
          data={[
            { value: 'in-country', label: t('ta.kind.in-country') },
            { value: 'remote', label: t('ta.kind.remote') },
          ]}
        />
      </div>
      <Checkbox.Group label={t('ta.mission.objectives')} value={v.objectives} onChange={(objectives) => setV({ ...v, objectives: objectives as Objective[] })} error={server.byField.objectives}>
        <Stack gap={6} mt={6}>
          {MISSION_OBJECTIVES.map((o) => (
            <Checkbox key={o} value={o} label={t(`ta.objective.${o}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group grow align="flex-start">
        <TextInput type="date" label={t('ta.mission.start')} value={v.startDate} onChange={(e) => setV({ ...v, startDate: e.currentTarget.value })} error={server.byField.startDate} miw={140} />
        <TextInput type="date" label={t('ta.mission.end')} value={v.endDate} onChange={(e) => setV({ ...v, endDate: e.currentTarget.value })} error={server.byField.endDate} miw={140} />
      </Group>
      <TextInput label={t('ta.mission.places')} description={v.kind === 'remote' ? t('ta.mission.placesRemote') : undefined} value={v.places} onChange={(e) => setV({ ...v, places: e.currentTarget.value })} error={server.byField.places} />
      <Textarea label={t('ta.mission.activities')} autosize minRows={3} value={v.activities} onChange={(e) => setV({ ...v, activities: e.currentTarget.value })} error={server.byField.activities} />
      <Group justify="flex-end">
        <Button onClick={save} loading={write.isPending} data-testid="save-mission">
          {mission ? t('ta.save') : t('ta.mission.create')}
        </Button>
      </Group>
      {write.isError && <ErrorAlert error={write.error} shownFields={server.shownFields} />}
    </Stack>
  );
}
