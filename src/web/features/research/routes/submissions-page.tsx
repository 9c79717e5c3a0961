import { Alert, Badge, Button, Card, Group, Loader, Pagination, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../../../shared/schemas/research';
import { ErrorAlert } from '../../../components/error-alert';
import { useSubmissions } from '../api/list-submissions';
import { useLogVisit } from '../api/log-visit';
import { useRetrySubmission } from '../api/retry-submission';
import { ReanalysisPanel } from '../components/reanalysis-panel';
import { useMe } from '../../../lib/queries/get-me';
import { researchPaths } from './paths';
import { ResearchHeader } from './research-page';

const PAGE_SIZE = 20;
const STATUS_COLOR = { queued: 'gray', running: 'blue', done: 'green', failed: 'red' } as const;

/** A job can be retried once it has stopped with genomes left pending or failed. */
const canRetry = (job: JobStatus) => (job.status === 'done' || job.status === 'failed') && job.pending + job.failed > 0;

function SubmissionCard({ job }: { job: JobStatus }) {
  const { t, i18n } = useTranslation('research');
  const retry = useRetrySubmission();
  const more = job.total - job.strains.length;
  return (
    <Card data-testid="research-submission" data-id={job.id} data-status={job.status}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={3} size="h5">
          {t('submit.job', { id: job.id })}
        </Title>
        <Badge color={STATUS_COLOR[job.status]}>{t(`submit.jobStatus.${job.status}`)}</Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('mine.submitted', { date: new Date(job.createdAt).toLocaleString(i18n.language) })}
      </Text>
      <Text size="sm" ff="monospace" mb="xs">
        {job.strains.join(', ')}
        {more > 0 && ` ${t('mine.more', { count: more })}`}
      </Text>
      <Progress value={job.total === 0 ? 100 : ((job.analysed + job.failed) / job.total) * 100} animated={job.status === 'running' || job.status === 'queued'} mb="xs" />
      <Text size="sm">{t('mine.progress', { analysed: job.analysed, total: job.total, failed: job.failed, pending: job.pending })}</Text>
      {job.errors.map((e) => (
        <Text key={e} size="sm" c="red">
          {e}
        </Text>
      ))}
      {canRetry(job) && (
        <Group mt="sm">
          <Button size="xs" variant="light" loading={retry.isPending} onClick={() => retry.mutate(job.id)}>
            {t('mine.retry', { count: job.pending + job.failed })}
          </Button>
        </Group>
      )}
      {retry.isError && <ErrorAlert error={retry.error} />}
    </Card>
  );
}

/** "My submissions": a researcher's submissions with the status of their analysis, and a retry. */
export function SubmissionsPage() {
  const { t } = useTranslation('research');
  useLogVisit(researchPaths.submissions);
  const [page, setPage] = useState(1);
  const list = useSubmissions({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const denied = list.error && 'status' in list.error && (list.error.status === 401 || list.error.status === 403);
  const isAdmin = useMe().data?.user?.role === 'admin';

  return (
    <>
      <ResearchHeader />
      <Stack>
        <Text size="sm" c="dimmed">
          {t('mine.description')}
        </Text>
        {isAdmin && <ReanalysisPanel />}
        {list.isPending ? (
          <Loader size="sm" aria-label={t('loading')} />
        ) : denied ? (
          <Alert color="yellow">{t('submit.signIn')}</Alert>
        ) : list.isError ? (
          <ErrorAlert error={list.error} />
        ) : list.data.total === 0 ? (
          <Text c="dimmed">{t('mine.empty')}</Text>
        ) : (
          <>
            {list.data.submissions.map((job) => (
              <SubmissionCard key={job.id} job={job} />
            ))}
            {list.data.total > PAGE_SIZE && (
              <Group justify="center">
                <Pagination total={Math.ceil(list.data.total / PAGE_SIZE)} value={page} onChange={setPage} />
              </Group>
            )}
          </>
        )}
      </Stack>
    </>
  );
}
