import { Alert, Anchor, Button, Card, FileInput, Progress, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useSubmission } from '../api/get-submission';
import { useSubmitGenomes } from '../api/submit-genomes';
import { useLogVisit } from '../api/log-visit';
import { ResearchHeader } from './research-page';
import { researchPaths } from './paths';
import { useMe } from '../../../lib/queries/get-me';
import { CorruptGzipError, readTextFile } from '../../../lib/read-text-file';

function JobProgress({ id }: { id: number }) {
  const { t } = useTranslation('research');
  const job = useSubmission(id);
  if (!job.data) return job.isError ? <ErrorAlert error={job.error} /> : null;
  const { status, analysed, failed, total } = job.data;
  return (
    <Card data-testid="research-job" data-status={status}>
      <Title order={3} size="h5" mb="xs">
        {t('submit.job', { id })}: {t(`submit.jobStatus.${status}`)}
      </Title>
      <Progress value={total === 0 ? 100 : ((analysed + failed) / total) * 100} animated={status === 'running' || status === 'queued'} mb="xs" />
      <Text size="sm">{t('submit.progress', { analysed, total, failed })}</Text>
      {job.data.errors.map((e) => (
        <Text key={e} size="sm" c="red">
          {e}
        </Text>
      ))}
      {status === 'done' && (
        <Anchor component={Link} to={researchPaths.search} mt="xs">
          {t('submit.viewResults')}
        </Anchor>
      )}
    </Card>
  );
}

/** A researcher submits FASTA and metadata; every problem is listed at once; then the job's progress. */
export function SubmitPage() {
  const { t } = useTranslation('research');
  useLogVisit(researchPaths.submit);
  const [fasta, setFasta] = useState<File | null>(null);
  const [metadata, setMetadata] = useState<File | null>(null);
  const submit = useSubmitGenomes();
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const me = useMe();
  const user = me.data?.user ?? null;
  // Only researchers (and admins) may submit: others are told before they choose files, not after uploading.
  const maySubmit = user !== null && (user.role === 'researcher' || user.role === 'admin');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!fasta || !metadata) return;
    setUnreadable(null);
    try {
      submit.mutate({ fasta: await readTextFile(fasta), metadata: await readTextFile(metadata) });
    } catch (error) {
      if (!(error instanceof CorruptGzipError)) throw error;
      setUnreadable(error.fileName);
    }
  };

  return (
    <>
      <ResearchHeader />
      <Stack>
        <Card>
          <Title order={2} size="h4" mb="xs">
            {t('submit.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('submit.description')}
          </Text>
          {me.isPending ? null : !maySubmit ? (
            <Alert color="yellow" data-testid="research-submit-not-allowed">
              {user === null ? (
                <>
                  {t('submit.signIn')}{' '}
                  <Anchor component={Link} to={`/login?next=${encodeURIComponent(researchPaths.submit)}`}>
                    {t('submit.logIn')}
                  </Anchor>
                </>
              ) : (
                t('submit.notResearcher')
              )}
            </Alert>
          ) : (
            <form onSubmit={(e) => void onSubmit(e)}>
              <Stack gap="sm" maw={640}>
                <FileInput label={t('submit.fasta')} placeholder={t('submit.choose')} accept=".fasta,.fa,.fas,.fna,.txt,.gz" value={fasta} onChange={setFasta} required />
                <FileInput label={t('submit.metadata')} description={t('submit.metadataHelp')} placeholder={t('submit.choose')} accept=".tsv,.txt,.gz" value={metadata} onChange={setMetadata} required />
                <Button type="submit" loading={submit.isPending} disabled={!fasta || !metadata} w="fit-content">
                  {t('submit.send')}
                </Button>
              </Stack>
            </form>
          )}
        </Card>
        {unreadable !== null && (
          <Alert color="red" role="alert" data-testid="research-submit-corrupt">
            {t('submit.corruptGzip', { file: unreadable })}
          </Alert>
        )}
        {submit.isError && (
          <Stack gap="xs" data-testid="research-submit-errors">
            {submit.error && 'status' in submit.error && (submit.error.status === 401 || submit.error.status === 403) ? (
              <Alert color="yellow">{t('submit.signIn')}</Alert>
            ) : (
              <>
                <Text size="sm">{t('submit.rejected')}</Text>
                <ErrorAlert error={submit.error} />
              </>
            )}
          </Stack>
        )}
        {submit.data && <JobProgress id={submit.data.id} />}
      </Stack>
    </>
  );
}
