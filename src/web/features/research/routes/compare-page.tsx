import { Anchor, Badge, Card, Checkbox, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EFFECT_MEASURES } from '../../../../shared/schemas/research-results';
import { ErrorAlert } from '../../../components/error-alert';
import { useComparison } from '../api/get-result';
import { ForestPlot } from '../components/forest-plot';
import { researchPaths } from './paths';
import { ResearchHeader } from './research-page';

/** The published trials of one intervention side by side: a table of their outcomes and a forest plot per measure. */
export function ComparePage() {
  const { t } = useTranslation('research');
  const [text, setText] = useState('corticosteroids');
  const [intervention, setIntervention] = useState('corticosteroids');
  const [primaryOnly, setPrimaryOnly] = useState(true);
  const comparison = useComparison(intervention, primaryOnly);
  const rows = comparison.data?.outcomes ?? [];
  const measures = EFFECT_MEASURES.filter((m) => rows.some((r) => r.measure === m));

  return (
    <>
      <ResearchHeader />
      <Stack>
        <Text c="dimmed">{t('exchange.compareIntro')}</Text>
        <Group align="end">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              setIntervention(text.trim());
            }}
          >
            <TextInput label={t('exchange.intervention')} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={80} w={260} />
          </form>
          <Checkbox label={t('exchange.primaryOnly')} checked={primaryOnly} onChange={(e) => setPrimaryOnly(e.currentTarget.checked)} />
        </Group>
        {comparison.isError ? (
          <ErrorAlert error={comparison.error} />
        ) : comparison.isLoading ? (
          <Loader size="sm" aria-label={t('loading')} />
        ) : rows.length === 0 ? (
          <Text c="dimmed">{t('exchange.noTrials')}</Text>
        ) : (
          <>
            <Card>
              <Table.ScrollContainer minWidth={720}>
                <Table data-testid="compare-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('exchange.trial')}</Table.Th>
                      <Table.Th>{t('exchange.phase')}</Table.Th>
                      <Table.Th>{t('exchange.participants')}</Table.Th>
                      <Table.Th>{t('exchange.outcome')}</Table.Th>
                      <Table.Th>{t('exchange.estimate')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((r, i) => (
                      <Table.Tr key={`${r.resultId}-${i}`} data-testid="compare-row">
                        <Table.Td>
                          <Anchor component={Link} to={researchPaths.result(r.resultId)} size="sm">
                            {r.registryId ?? `#${r.resultId}`}
                          </Anchor>
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {r.title}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {t('vaccines.phase', { phase: r.phase })} · {t(`exchange.allocations.${r.allocation}`, { defaultValue: r.allocation })}
                        </Table.Td>
                        <Table.Td>{r.participants}</Table.Td>
                        <Table.Td>
                          {r.outcome} {r.primary && <Badge size="xs">{t('exchange.primary')}</Badge>}
                        </Table.Td>
                        <Table.Td>
                          {t(`exchange.measures.${r.measure}`)} {r.estimate} ({r.lower} – {r.upper})
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
            {measures.map((m) => (
              <Card key={m}>
                <Title order={5}>{t(`exchange.measures.${m}`)}</Title>
                <ForestPlot rows={rows.filter((r) => r.measure === m)} measure={m} />
              </Card>
            ))}
          </>
        )}
      </Stack>
    </>
  );
}
