import { ActionIcon, Button, Group, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team, TeamInput } from '../../../../shared/schemas/aid-missions';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiRequestError } from '../../../lib/api-client';
import { detailMessage, useFieldMessages } from '../../../lib/field-errors';
import type { TFunction } from 'i18next';
import { useCreateTeam, useExperts, useUpdateTeam } from '../api/technical-assistance';

type Member = { userId: string | null; specialty: string; languages: string[] };
const blank = (): Member => ({ userId: null, specialty: '', languages: [] });

/** The server's refusals of one member's fields (members[k].userId, .specialty, .languages), by member. */
function memberErrors(error: unknown, tc: TFunction): Map<number, string> {
  const out = new Map<number, string>();
  if (!isApiRequestError(error)) return out;
  for (const d of error.details) {
    const k = /^(?:body[./])?members[.[](\d+)/.exec(d.path.replace(/^\/+/, ''))?.[1];
    if (k !== undefined) out.set(Number(k), out.has(Number(k)) ? `${out.get(Number(k))}; ${detailMessage(d, tc)}` : detailMessage(d, tc));
  }
  return out;
}

/** Form or edit an expert team: users with the expert role, each with a specialty and the languages they work in. */
export function TeamForm({ team, onDone }: { team?: Team; onDone: () => void }) {
  const { t } = useTranslation('aid');
  const { t: tc } = useTranslation();
  const experts = useExperts();
  const create = useCreateTeam();
  const update = useUpdateTeam();
  const write = team ? update : create;
  const [name, setName] = useState(team?.name ?? '');
  const [members, setMembers] = useState<Member[]>(team ? team.members.map((m) => ({ userId: String(m.userId), specialty: m.specialty, languages: m.languages })) : [blank()]);
  const server = useFieldMessages(write.error, ['name', 'members'] as const);
  const byMember = memberErrors(write.error, tc);
  const set = (k: number, patch: Partial<Member>) => setMembers((ms) => ms.map((m, i) => (i === k ? { ...m, ...patch } : m)));
  const options = (experts.data?.experts ?? []).map((e) => ({ value: String(e.id), label: e.name }));

  const save = () => {
    const body: TeamInput = { name, members: members.map((m) => ({ userId: Number(m.userId ?? 0), specialty: m.specialty, languages: m.languages.map((l) => l.trim().toLowerCase()) })) };
    if (team) update.mutate({ id: team.id, body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  };

  return (
    <Stack gap="sm" data-testid="team-form">
      <TextInput label={t('ta.team.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={server.byField.name} required />
      {experts.isError && <ErrorAlert error={experts.error} />}
      {options.length === 0 && experts.isSuccess && (
        <Text size="sm" c="dimmed">
          {t('ta.team.noExperts')}
        </Text>
      )}
      {members.map((m, k) => (
        <Group key={k} align="flex-start" gap="xs" wrap="wrap" data-testid={`team-member-${k}`}>
          <Select
            label={t('ta.team.expert')}
            data={options}
            value={m.userId}
            onChange={(v) => set(k, { userId: v })}
            searchable
            w={{ base: '100%', sm: 200 }}
            error={byMember.get(k)}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput label={t('ta.team.specialty')} value={m.specialty} onChange={(e) => set(k, { specialty: e.currentTarget.value })} w={{ base: '100%', sm: 180 }} />
          <TagsInput label={t('ta.team.languages')} description={t('ta.team.languagesHint')} value={m.languages} onChange={(v) => set(k, { languages: v })} w={{ base: '100%', sm: 200 }} />
          {members.length > 1 && (
            <ActionIcon variant="subtle" color="red" mt={{ base: 0, sm: 28 }} aria-label={t('ta.team.removeMember')} onClick={() => setMembers((ms) => ms.filter((_, i) => i !== k))}>
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      <Group justify="space-between">
        <Button variant="subtle" size="xs" onClick={() => setMembers((ms) => [...ms, blank()])} data-testid="add-member">
          {t('ta.team.addMember')}
        </Button>
        <Button onClick={save} loading={write.isPending} data-testid="save-team">
          {team ? t('ta.save') : t('ta.team.create')}
        </Button>
      </Group>
      {server.byField.members && <Text size="sm" c="red">{server.byField.members}</Text>}
      {write.isError && <ErrorAlert error={write.error} shownFields={[...server.shownFields, ...members.map((_, k) => `members[${k}]`)]} />}
    </Stack>
  );
}
