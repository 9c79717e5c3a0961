import { Badge, Button, Card, Group, Loader, Modal, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mission, Team } from '../../../../shared/schemas/aid-missions';
import type { Partner } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useMissions, useTeams } from '../api/technical-assistance';
import { nameById } from '../utils/names';
import { MissionForm } from './mission-form';
import { MissionsList } from './missions-list';
import { TeamForm } from './team-form';

type Editing<T> = { open: false } | { open: true; record?: T };

/**
 * Technical assistance for coordinators (ADR 045): expert teams, and the missions and remote consultations
 * they are sent on; an expert sees the missions of their teams (`canPlan` false), moves them on and reports.
 */
export function TechnicalPanel({ partners, canPlan }: { partners: readonly Partner[]; canPlan: boolean }) {
  const { t } = useTranslation('aid');
  const { name } = useLocale();
  const teams = useTeams(canPlan);
  const missions = useMissions();
  const [teamEdit, setTeamEdit] = useState<Editing<Team>>({ open: false });
  const [missionEdit, setMissionEdit] = useState<Editing<Mission>>({ open: false });
  const [kind, setKind] = useState<'all' | Mission['kind']>('all');
  const partnerName = nameById(partners, name);
  const shown = (missions.data?.missions ?? []).filter((m) => kind === 'all' || m.kind === kind);

  return (
    <Stack gap="lg">
      {canPlan && (
        <Card withBorder>
          <Group justify="space-between" mb="sm">
            <Title order={3}>{t('ta.team.title')}</Title>
            <Button size="xs" onClick={() => setTeamEdit({ open: true })} data-testid="new-team">
              {t('ta.team.new')}
            </Button>
          </Group>
          {teams.isPending ? <Loader size="sm" /> : teams.isError ? <ErrorAlert error={teams.error} /> : <TeamsGrid teams={teams.data.teams} onEdit={(team) => setTeamEdit({ open: true, record: team })} />}
        </Card>
      )}
      <Card withBorder>
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Title order={3}>{t('ta.mission.title')}</Title>
          <Group gap="xs" wrap="wrap">
            <SegmentedControl
              size="xs"
              value={kind}
              onChange={(v) => setKind(v as typeof kind)}
              data={[
                { value: 'all', label: t('ta.kind.all') },
                { value: 'in-country', label: t('ta.kind.in-country') },
                { value: 'remote', label: t('ta.kind.remote') },
              ]}
            />
            {canPlan && (
              <Button size="xs" onClick={() => setMissionEdit({ open: true })} disabled={(teams.data?.teams.length ?? 0) === 0} data-testid="new-mission">
                {t('ta.mission.new')}
              </Button>
            )}
          </Group>
        </Group>
        {missions.isPending ? <Loader size="sm" /> : missions.isError ? <ErrorAlert error={missions.error} /> : <MissionsList missions={shown} partnerName={partnerName} actions onEdit={(m) => setMissionEdit({ open: true, record: m })} />}
      </Card>
      <Modal opened={teamEdit.open} onClose={() => setTeamEdit({ open: false })} title={teamEdit.open && teamEdit.record ? t('ta.team.editTitle', { name: teamEdit.record.name }) : t('ta.team.new')} size="xl" closeButtonProps={{ 'aria-label': t('ta.close') }}>
        {teamEdit.open && <TeamForm team={teamEdit.record} onDone={() => setTeamEdit({ open: false })} />}
      </Modal>
      <Modal opened={missionEdit.open} onClose={() => setMissionEdit({ open: false })} title={missionEdit.open && missionEdit.record ? t('ta.mission.editTitle') : t('ta.mission.new')} size="lg" closeButtonProps={{ 'aria-label': t('ta.close') }}>
        {missionEdit.open && <MissionForm mission={missionEdit.record} teams={teams.data?.teams ?? []} partners={partners} onDone={() => setMissionEdit({ open: false })} />}
      </Modal>
    </Stack>
  );
}

function TeamsGrid({ teams, onEdit }: { teams: readonly Team[]; onEdit: (team: Team) => void }) {
  const { t } = useTranslation('aid');
  if (teams.length === 0) return <Text c="dimmed">{t('ta.team.none')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="teams-list">
      {teams.map((team) => (
        <Card key={team.id} withBorder padding="sm" data-team={team.name}>
          <Group justify="space-between" mb={6}>
            <Text fw={600}>{team.name}</Text>
            <Button size="compact-xs" variant="default" onClick={() => onEdit(team)} data-testid="edit-team">
              {t('ta.edit')}
            </Button>
          </Group>
          <Table fz="sm" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ta.team.expert')}</Table.Th>
                <Table.Th>{t('ta.team.specialty')}</Table.Th>
                <Table.Th>{t('ta.team.languages')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {team.members.map((m) => (
                <Table.Tr key={m.userId}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{m.specialty}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {m.languages.map((l) => (
                        <Badge key={l} size="xs" variant="light">
                          {l}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
    </SimpleGrid>
  );
}
