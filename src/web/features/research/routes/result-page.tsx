import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { RESULT_EXPORT_FORMATS, type ResultDetail } from '../../../../shared/schemas/research-results';
import { ErrorAlert } from '../../../components/error-alert';
import { useResult } from '../api/get-result';
import { useReviewResult, useWithdrawResult } from '../api/moderate-results';
import { researchPaths } from './paths';
import { ResearchHeader } from './research-page';

function TrialTables({ trial }: { trial: NonNullable<NonNullable<ResultDetail['record']>['trial']> }) {
  const { t } = useTranslation('research');
  return (
    <Stack gap="xs" data-testid="result-trial">
      <Text size="sm">
        {t('vaccines.phase', { phase: trial.phase })} · {t(`exchange.allocations.${trial.allocation}`)} · {t(`exchange.maskings.${trial.masking}`)} · {t(`exchange.trialStatuses.${trial.status}`)} · {trial.countries.join(', ')}
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.arm')}</Table.Th>
              <Table.Th>{t('exchange.armIntervention')}</Table.Th>
              <Table.Th>{t('exchange.armSize')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trial.arms.map((a) => (
              <Table.Tr key={a.label}>
                <Table.Td>
                  {a.label} {a.control && <Badge size="xs">{t('exchange.control')}</Badge>}
                </Table.Td>
                <Table.Td>{a.intervention}</Table.Td>
                <Table.Td>{a.size}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Table.ScrollContainer minWidth={420}>
        <Table data-testid="result-outcomes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.outcome')}</Table.Th>
              <Table.Th>{t('exchange.measure')}</Table.Th>
              <Table.Th>{t('exchange.estimate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trial.outcomes.map((o) => (
              <Table.Tr key={o.name}>
                <Table.Td>
                  {o.name} {o.primary && <Badge size="xs">{t('exchange.primary')}</Badge>}
                </Table.Td>
                <Table.Td>{t(`exchange.measures.${o.measure}`)}</Table.Td>
                <Table.Td>
                  {o.estimate} ({Number((o.level * 100).toFixed(2))}% {o.lower} – {o.upper})
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {trial.summary && <Text size="sm">{trial.summary}</Text>}
    </Stack>
  );
}

/** One result: the record, its trial, its versions, citations in open formats; the author's and moderators' actions. */
export function ResultPage() {
  const { t, i18n } = useTranslation('research');
  const id = Number(useParams().id);
  const [params] = useSearchParams();
  const version = params.get('version') ? Number(params.get('version')) : undefined;
  const result = useResult(id, version);
  const review = useReviewResult();
  const withdraw = useWithdrawResult();
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState('');
  const d = result.data;
  const shown = d?.versions.find((v) => v.version === d.version);
  const zh = i18n.language.startsWith('zh');

  return (
    <>
      <ResearchHeader />
      {result.isError ? (
        <ErrorAlert error={result.error} />
      ) : !d ? (
        <Loader size="sm" aria-label={t('loading')} />
      ) : (
        <Stack>
          {d.withdrawal && (
            <Alert color="red" title={t('exchange.withdrawn', { date: d.withdrawal.at.slice(0, 10) })} data-testid="result-withdrawal">
              {d.withdrawal.notice}
            </Alert>
          )}
          <Group gap="xs">
            <Badge data-testid="result-status">{t(`exchange.statuses.${d.status}`)}</Badge>
            <Badge variant="light">{t('exchange.versionBadge', { version: d.version })}</Badge>
            {d.record && !d.record.verified && <Badge color="gray">{t('exchange.unverified')}</Badge>}
          </Group>
          {d.record ? (
            <Card>
              <Stack gap="xs">
                <Title order={3} data-testid="result-title">
                  {zh && d.record.titleZh ? d.record.titleZh : d.record.title}
                </Title>
                <Text size="sm">{d.record.authors.map((a) => `${a.name}${a.affiliation ? ` (${a.affiliation}, ${a.country})` : ` (${a.country})`}`).join('; ')}</Text>
                <Text size="sm" c="dimmed">
                  {t(`exchange.kinds.${d.record.kind}`)} · {d.record.date} · {d.record.journal ?? ''} · {t('exchange.licenceValue', { licence: d.record.licence })} · {d.record.language}
                </Text>
                <Group gap="xs">
                  {d.record.doi && (
                    <Anchor href={`https://doi.org/${d.record.doi}`} target="_blank" rel="noreferrer" size="sm">
                      doi:{d.record.doi}
                    </Anchor>
                  )}
                  {d.record.registryIds.map((r) => (
                    <Badge key={r} variant="outline">
                      {r}
                    </Badge>
                  ))}
                </Group>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{zh && d.record.abstractZh ? d.record.abstractZh : d.record.abstract}</Text>
                {d.record.genomes.length > 0 && (
                  <Group gap="xs">
                    <Text size="sm">{t('exchange.genomes')}</Text>
                    {d.record.genomes.map((g) => (
                      <Anchor key={g} component={Link} to={researchPaths.genome(g)} size="sm">
                        #{g}
                      </Anchor>
                    ))}
                  </Group>
                )}
                {d.record.trial && <TrialTables trial={d.record.trial} />}
                {d.record.note && (
                  <Text size="xs" c="dimmed">
                    {d.record.note}
                  </Text>
                )}
                <Group gap="xs">
                  <Text size="sm">{t('exchange.cite')}</Text>
                  {RESULT_EXPORT_FORMATS.map((f) => (
                    <Anchor key={f} href={`/api/research/results/${d.id}/cite?format=${f}`} download size="sm">
                      {t(`exchange.formats.${f}`)}
                    </Anchor>
                  ))}
                </Group>
              </Stack>
            </Card>
          ) : (
            <Card data-testid="result-stub">
              <Text>{t('exchange.draftHelp')}</Text>
              <Text size="sm">{[d.stub?.title, d.stub?.doi, d.stub?.authors.join('; ')].filter(Boolean).join(' · ')}</Text>
            </Card>
          )}
          <Card>
            <Text fw={600}>{t('exchange.versions')}</Text>
            {d.versions.map((v) => (
              <Group key={v.version} gap="xs">
                <Anchor component={Link} to={`${researchPaths.result(d.id)}?version=${v.version}`} size="sm">
                  {t('exchange.versionBadge', { version: v.version })}
                </Anchor>
                <Text size="sm">
                  {t(`exchange.versionStatuses.${v.status}`)} · {v.submittedAt.slice(0, 10)} {v.changeNote && `· ${v.changeNote}`} {v.reviewNote && `· ${v.reviewNote}`}
                </Text>
              </Group>
            ))}
          </Card>
          {d.canEdit && (
            <Group>
              <Button component={Link} to={researchPaths.editResult(d.id)} variant="light">
                {d.stub ? t('exchange.complete') : t('exchange.correct')}
              </Button>
            </Group>
          )}
          {d.canModerate && shown?.status === 'pending' && (
            <Card>
              <Stack gap="xs">
                <Text fw={600}>{t('exchange.review')}</Text>
                <Textarea label={t('exchange.reviewNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} />
                {review.error && <ErrorAlert error={review.error} />}
                <Group>
                  <Button onClick={() => review.mutate({ id: d.id, version: d.version, decision: 'publish', note })} loading={review.isPending}>
                    {t('exchange.publish')}
                  </Button>
                  <Button color="red" variant="light" onClick={() => review.mutate({ id: d.id, version: d.version, decision: 'reject', note })} loading={review.isPending}>
                    {t('exchange.reject')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          )}
          {d.canEdit && (
            <Card>
              <Stack gap="xs">
                <Textarea label={t('exchange.withdrawNotice')} value={notice} onChange={(e) => setNotice(e.currentTarget.value)} maxLength={2000} />
                {withdraw.error && <ErrorAlert error={withdraw.error} />}
                <Group>
                  <Button color="red" variant="outline" disabled={!notice.trim()} onClick={() => withdraw.mutate({ id: d.id, notice })} loading={withdraw.isPending}>
                    {t('exchange.withdraw')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          )}
        </Stack>
      )}
    </>
  );
}
