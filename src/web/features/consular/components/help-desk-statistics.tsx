import { Card, Group, Loader, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { usePosts } from '../api/posts';
import { useHelpDeskStatistics } from '../api/statistics';
import { HelpDeskCharts } from './help-desk-charts';
import { StatFigure } from './stat-figure';

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 1000) / 10}%`);

/**
 * The help desk's figures over a range: calls and cases against the same days last year, breakdowns, SLA
 * compliance. An admin may narrow them to one post (`choosePost`); an officer's are their own post's.
 */
export function HelpDeskStatisticsPanel({ initial, choosePost = false }: { initial: { from: string; to: string }; choosePost?: boolean }) {
  const { t } = useTranslation('consular');
  const { name, formatInteger, compare } = useLocale();
  const [range, setRange] = useState(initial);
  const [postId, setPostId] = useState<string | null>(null);
  const stats = useHelpDeskStatistics(range, choosePost ? postId : null);
  const posts = usePosts();
  const postOptions = useMemo(() => (posts.data?.posts ?? []).map((p) => ({ value: p.id, label: name(p) })).sort((a, b) => compare(a.label, b.label)), [posts.data, name, compare]);
  const postName = useCallback(
    (id: string) => {
      const post = posts.data?.posts.find((p) => p.id === id);
      return post ? name(post) : id;
    },
    [posts.data, name],
  );
  const reversed = range.from !== '' && range.to !== '' && range.from > range.to;
  const s = stats.data;

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <TextInput type="date" label={t('statistics.from')} value={range.from} onChange={(e) => setRange({ ...range, from: e.currentTarget.value })} />
        <TextInput type="date" label={t('statistics.to')} value={range.to} onChange={(e) => setRange({ ...range, to: e.currentTarget.value })} error={reversed ? t('importedCases.reversed') : undefined} />
        {choosePost && (
          <Select
            label={t('statistics.post')}
            placeholder={t('statistics.allPosts')}
            data={postOptions}
            value={postId}
            onChange={setPostId}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('statistics.allPosts') }}
            nothingFoundMessage={t('statistics.noPost')}
            w={{ base: '100%', xs: 280 }}
            comboboxProps={{ withinPortal: true }}
            data-testid="helpdesk-post"
          />
        )}
      </Group>
      {stats.isPending && !reversed && <Loader size="sm" />}
      {stats.isError && <ErrorAlert error={stats.error} />}
      {s && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
            <StatFigure label={t('statistics.calls')} value={formatInteger(s.totals.calls)} testId="helpdesk-calls" />
            <StatFigure label={t('statistics.callsLastYear')} value={formatInteger(s.totals.callsLastYear)} testId="helpdesk-calls-last-year" />
            <StatFigure label={t('statistics.cases')} value={formatInteger(s.totals.cases)} testId="helpdesk-cases" />
            <StatFigure label={t('statistics.casesLastYear')} value={formatInteger(s.totals.casesLastYear)} testId="helpdesk-cases-last-year" />
            <StatFigure label={t('statistics.firstResponseMet')} value={percent(s.sla.overall.firstResponse.share)} detail={t('statistics.decided', { met: s.sla.overall.firstResponse.met, missed: s.sla.overall.firstResponse.missed })} testId="helpdesk-sla-first" />
            <StatFigure label={t('statistics.resolutionMet')} value={percent(s.sla.overall.resolution.share)} detail={t('statistics.decided', { met: s.sla.overall.resolution.met, missed: s.sla.overall.resolution.missed })} testId="helpdesk-sla-resolution" />
          </SimpleGrid>
          <HelpDeskCharts stats={s} postName={postName} />
          <Card>
            <Title order={3} size="h5" mb="xs">
              {t('statistics.slaByPost')}
            </Title>
            {s.sla.byPost.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('statistics.noCases')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={480}>
                <Table data-testid="helpdesk-sla-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('statistics.post')}</Table.Th>
                      <Table.Th ta="right">{t('statistics.firstResponseMet')}</Table.Th>
                      <Table.Th ta="right">{t('statistics.resolutionMet')}</Table.Th>
                      <Table.Th ta="right">{t('statistics.running')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.sla.byPost.map((p) => (
                      <Table.Tr key={p.postId}>
                        <Table.Td>{postName(p.postId)}</Table.Td>
                        <Table.Td ta="right">{percent(p.firstResponse.share)}</Table.Td>
                        <Table.Td ta="right">{percent(p.resolution.share)}</Table.Td>
                        <Table.Td ta="right">{formatInteger(p.resolution.running)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
        </>
      )}
    </Stack>
  );
}
