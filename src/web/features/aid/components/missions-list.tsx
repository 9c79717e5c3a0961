import { Badge, Button, Card, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mission, MissionStatus } from '../../../../shared/schemas/aid-missions';
import { ErrorAlert } from '../../../components/error-alert';
import { useUpdateMission } from '../api/technical-assistance';

const COLOR: Record<MissionStatus, string> = { planned: 'blue', 'under-way': 'yellow', completed: 'green', cancelled: 'gray' };
// The steps a mission may take from each status (core/missions/mission-status.ts), cancelling apart.
const NEXT: Partial<Record<MissionStatus, 'under-way' | 'completed'>> = { planned: 'under-way', 'under-way': 'completed' };

export function MissionStatusBadge({ status }: { status: MissionStatus }) {
  const { t } = useTranslation('aid');
  return (
    <Badge color={COLOR[status]} variant="light" data-testid="mission-status" data-status={status}>
      {t(`ta.status.${status}`)}
    </Badge>
  );
}

/**
 * Missions as cards (they read on a phone as on a desktop): team, partner, kind, objectives, dates, places,
 * activities and the report. With `actions`, the next step, cancelling, editing and the report.
 */
export function MissionsList(props: { missions: readonly Mission[]; partnerName: (id: string) => string; actions?: boolean; onEdit?: (m: Mission) => void }) {
  const { t } = useTranslation('aid');
  const [reporting, setReporting] = useState<Mission | null>(null);
  if (props.missions.length === 0) return <Text c="dimmed">{t('ta.mission.none')}</Text>;
  return (
    <Stack gap="sm" data-testid="missions-list">
      {props.missions.map((m) => (
        <Card key={m.id} withBorder padding="sm" data-mission={m.id}>
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <div>
              <Text fw={600}>
                {props.partnerName(m.partnerId)} · {m.teamName}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`ta.kind.${m.kind}`)} · {m.startDate} – {m.endDate} · {t('ta.mission.daysExperts', { days: m.days, count: m.experts })}
              </Text>
            </div>
            <MissionStatusBadge status={m.status} />
          </Group>
          <Group gap={4} mt={6}>
            {m.objectives.map((o) => (
              <Badge key={o} variant="outline" size="sm">
                {t(`ta.objective.${o}`)}
              </Badge>
            ))}
          </Group>
          {m.places && (
            <Text size="sm" mt={6}>
              <b>{t('ta.mission.places')}:</b> {m.places}
            </Text>
          )}
          {m.activities && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              <b>{t('ta.mission.activities')}:</b> {m.activities}
            </Text>
          )}
          {m.report && (
            <Text size="sm" mt={6} style={{ whiteSpace: 'pre-wrap' }} data-testid="mission-report">
              <b>{t('ta.mission.report')}:</b> {m.report}
            </Text>
          )}
          {props.actions && <MissionActions mission={m} onEdit={() => props.onEdit?.(m)} onReport={() => setReporting(m)} />}
        </Card>
      ))}
      <Modal opened={reporting !== null} onClose={() => setReporting(null)} title={t('ta.mission.reportTitle')} size="lg" closeButtonProps={{ 'aria-label': t('ta.close') }}>
        {reporting && <ReportForm mission={reporting} onDone={() => setReporting(null)} />}
      </Modal>
    </Stack>
  );
}

function MissionActions({ mission: m, onEdit, onReport }: { mission: Mission; onEdit: () => void; onReport: () => void }) {
  const { t } = useTranslation('aid');
  const update = useUpdateMission();
  const next = NEXT[m.status];
  const final = m.status === 'completed' || m.status === 'cancelled';
  return (
    <>
      <Group gap="xs" mt="sm" wrap="wrap">
        {next && (
          <Button size="xs" onClick={() => update.mutate({ id: m.id, body: { status: next } })} loading={update.isPending} data-testid="mission-next">
            {t(`ta.step.${next}`)}
          </Button>
        )}
        <Button size="xs" variant="light" onClick={onReport} data-testid="mission-write-report">
          {m.report ? t('ta.mission.editReport') : t('ta.mission.writeReport')}
        </Button>
        {!final && (
          <Button size="xs" variant="default" onClick={onEdit} data-testid="mission-edit">
            {t('ta.edit')}
          </Button>
        )}
        {!final && (
          <Button size="xs" variant="subtle" color="red" onClick={() => update.mutate({ id: m.id, body: { status: 'cancelled' } })} data-testid="mission-cancel">
            {t('ta.mission.cancel')}
          </Button>
        )}
      </Group>
      {update.isError && <ErrorAlert error={update.error} />}
    </>
  );
}

function ReportForm({ mission, onDone }: { mission: Mission; onDone: () => void }) {
  const { t } = useTranslation('aid');
  const update = useUpdateMission();
  const [report, setReport] = useState(mission.report ?? '');
  return (
    <Stack gap="sm">
      <Textarea label={t('ta.mission.report')} description={t('ta.mission.reportHint')} autosize minRows={6} maxLength={20_000} value={report} onChange={(e) => setReport(e.currentTarget.value)} data-testid="mission-report-input" />
      <Group justify="flex-end">
        <Button onClick={() => update.mutate({ id: mission.id, body: { report } }, { onSuccess: onDone })} loading={update.isPending} data-testid="save-report">
          {t('ta.mission.saveReport')}
        </Button>
      </Group>
      {update.isError && <ErrorAlert error={update.error} />}
    </Stack>
  );
}
