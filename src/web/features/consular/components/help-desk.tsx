import { Button, Card, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
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
  // A case whose place in the queue moved between two pages' reads shows once.
  const shown = cases.data && [...new Map(cases.data.pages.flatMap((p) => p.cases).map((c) => [c.id, c])).values()];
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
      {shown?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('noCases')}
        </Text>
      )}
      {shown?.map((c) => (
        <CaseCard
          key={c.id}
          item={c}
          mode="officer"
          onMessage={(kind, body) => message.mutateAsync({ id: c.id, kind, body })}
          onStatus={(s) => status.mutate({ id: c.id, status: s })}
          error={message.variables?.id === c.id ? message.error : status.variables?.id === c.id ? status.error : null}
        />
      ))}
      {shown !== undefined && shown.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('shownOf', { shown: shown.length, total: cases.data?.pages[0]?.total ?? shown.length })}
          </Text>
          {cases.hasNextPage && (
            <Button variant="light" onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
              {t('loadMore')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
