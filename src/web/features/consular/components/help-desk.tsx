import { Card, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useCaseMessage, useCaseStatus, useCases, type CaseView } from '../api/cases';
import { CaseCard } from './case-card';
import { IntakeForm } from './intake-form';

const VIEWS: CaseView[] = ['all', 'mine', 'unassigned', 'due', 'breached'];

/** The officer's help desk: log a call, then work the post's cases view by view. */
export function HelpDesk() {
  const { t } = useTranslation('consular');
  const [view, setView] = useState<CaseView>('all');
  const cases = useCases(view);
  const message = useCaseMessage();
  const status = useCaseStatus();
  return (
    <Stack gap="md">
      <Card>
        <Title order={3} size="h5" mb="xs">
          {t('intake.title')}
        </Title>
        <IntakeForm />
      </Card>
      <SegmentedControl value={view} onChange={(v) => setView(v as CaseView)} data={VIEWS.map((v) => ({ value: v, label: t(`views.${v}`) }))} />
      {cases.isPending && <Loader size="sm" />}
      {cases.isError && <ErrorAlert error={cases.error} />}
      {cases.data?.cases.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('noCases')}
        </Text>
      )}
      {cases.data?.cases.map((c) => (
        <CaseCard
          key={c.id}
          item={c}
          mode="officer"
          onMessage={(kind, body) => message.mutateAsync({ id: c.id, kind, body })}
          onStatus={(s) => status.mutate({ id: c.id, status: s })}
          error={message.variables?.id === c.id ? message.error : status.variables?.id === c.id ? status.error : null}
        />
      ))}
    </Stack>
  );
}
