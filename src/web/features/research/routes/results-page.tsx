import { Anchor, Badge, Button, Card, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RESULT_EXPORT_FORMATS, RESULT_KINDS, RESULT_MODERATORS, TRIAL_PHASES, type ResultSummary } from '../../../../shared/schemas/research-results';
import { ErrorAlert } from '../../../components/error-alert';
import { useMe } from '../../../lib/queries/get-me';
import { resultsExportUrl, useMyResults, useResults, type ResultsSearch } from '../api/list-results';
import { ResultsImport } from '../components/results-import';
import { ResultsPending } from '../components/results-pending';
import { researchPaths } from './paths';
import { ResearchHeader } from './research-page';

function ResultsList({ results, testId }: { results: ResultSummary[]; testId: string }) {
  const { t, i18n } = useTranslation('research');
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exchange.titleColumn')}</Table.Th>
            <Table.Th>{t('exchange.kind')}</Table.Th>
            <Table.Th>{t('exchange.date')}</Table.Th>
            <Table.Th>{t('exchange.identifiers')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.map((r) => (
            <Table.Tr key={r.id} data-testid="result-row" data-status={r.status}>
              <Table.Td>
                <Anchor component={Link} to={researchPaths.result(r.id)}>
                  {i18n.language.startsWith('zh') && r.titleZh ? r.titleZh : r.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {r.authors.slice(0, 3).join('; ')}
                  {r.authors.length > 3 ? ' …' : ''}
                </Text>
                <Group gap={4}>
                  {r.status !== 'published' && <Badge color={r.status === 'withdrawn' || r.status === 'rejected' ? 'red' : 'yellow'}>{t(`exchange.statuses.${r.status}`)}</Badge>}
                  {!r.verified && <Badge color="gray">{t('exchange.unverified')}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{t(`exchange.kinds.${r.kind}`)}</Table.Td>
              <Table.Td>{r.date ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="xs">{[r.doi, ...r.registryIds].filter(Boolean).join(' · ')}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The research-results exchange: faceted search, exports and feed; researchers' own results; the moderators' queue. */
export function ResultsPage() {
  const { t } = useTranslation('research');
  const me = useMe();
  const [query, setQuery] = useState<ResultsSearch>({});
  const [text, setText] = useState('');
  const results = useResults(query);
  const role = me.data?.user?.role;
  const moderator = !!role && (RESULT_MODERATORS as readonly string[]).includes(role);
  const author = role === 'researcher' || moderator;
  const mine = useMyResults(author);
  const facets = results.data?.facets;
  const facetSelect = (facet: 'topic' | 'country' | 'intervention', label: string) => (
    <Select
      label={label}
      placeholder={t('exchange.any')}
      data={(facets?.[facet] ?? []).map((f) => ({ value: f.value, label: `${f.value} (${f.count})` })).concat(query[facet] && !facets?.[facet].some((f) => f.value === query[facet]) ? [{ value: query[facet]!, label: query[facet]! }] : [])}
      value={query[facet] ?? null}
      onChange={(v) => setQuery({ ...query, [facet]: v ?? undefined })}
      searchable
      clearable
      w={200}
    />
  );

  return (
    <>
      <ResearchHeader />
      <Stack>
        <Text c="dimmed">{t('exchange.intro')}</Text>
        <Group align="end" wrap="wrap">
          <Select label={t('exchange.kind')} placeholder={t('exchange.any')} data={RESULT_KINDS.map((k) => ({ value: k, label: t(`exchange.kinds.${k}`) }))} value={query.kind ?? null} onChange={(v) => setQuery({ ...query, kind: (v ?? undefined) as ResultsSearch['kind'] })} clearable w={180} />
          {facetSelect('topic', t('exchange.topic'))}
          {facetSelect('country', t('exchange.country'))}
          {facetSelect('intervention', t('exchange.intervention'))}
          <Select label={t('exchange.phase')} placeholder={t('exchange.any')} data={TRIAL_PHASES.map((p) => ({ value: p, label: t('vaccines.phase', { phase: p }) }))} value={query.phase ?? null} onChange={(v) => setQuery({ ...query, phase: (v ?? undefined) as ResultsSearch['phase'] })} clearable w={140} />
          <TextInput label={t('exchange.from')} placeholder="2020-01" defaultValue={query.from ?? ''} onChange={(e) => setQuery({ ...query, from: /^\d{4}-\d{2}(-\d{2})?$/.test(e.currentTarget.value) ? e.currentTarget.value : undefined })} w={120} />
          <TextInput label={t('exchange.to')} placeholder="2020-12" defaultValue={query.to ?? ''} onChange={(e) => setQuery({ ...query, to: /^\d{4}-\d{2}(-\d{2})?$/.test(e.currentTarget.value) ? e.currentTarget.value : undefined })} w={120} />
          <form
            onSubmit={(e) => {
              e.preventDefault();
              setQuery({ ...query, q: text.trim() || undefined });
            }}
          >
            <TextInput label={t('exchange.search')} placeholder={t('exchange.searchPlaceholder')} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={200} w={240} />
          </form>
        </Group>
        <Group gap="xs" wrap="wrap">
          <Text size="sm">{t('exchange.export')}</Text>
          {RESULT_EXPORT_FORMATS.map((f) => (
            <Anchor key={f} href={resultsExportUrl(query, f)} download size="sm">
              {t(`exchange.formats.${f}`)}
            </Anchor>
          ))}
          <Anchor href="/api/research/results/feed.atom" size="sm">
            {t('exchange.feed')}
          </Anchor>
          <Anchor component={Link} to={researchPaths.compareResults} size="sm">
            {t('exchange.compare')}
          </Anchor>
          {author && (
            <Button component={Link} to={researchPaths.newResult} size="xs" variant="light">
              {t('exchange.submit')}
            </Button>
          )}
        </Group>
        {results.isError ? (
          <ErrorAlert error={results.error} />
        ) : !results.data ? (
          <Loader size="sm" aria-label={t('loading')} />
        ) : (
          <Card>
            <Text size="sm" data-testid="results-total">
              {t('exchange.found', { count: results.data.total })}
            </Text>
            <ResultsList results={results.data.results} testId="results-table" />
          </Card>
        )}
        {moderator && <ResultsPending />}
        {author && mine.data && mine.data.results.length > 0 && (
          <Card>
            <Text fw={600}>{t('exchange.mine')}</Text>
            <ResultsList results={mine.data.results} testId="my-results" />
          </Card>
        )}
        {author && <ResultsImport />}
      </Stack>
    </>
  );
}
