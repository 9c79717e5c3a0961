import { Anchor, Badge, Card, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { usePendingResults } from '../api/moderate-results';
import { researchPaths } from '../routes/paths';

/** The moderators' queue: submissions and corrections waiting, oldest first; each opens on its page to review. */
export function ResultsPending() {
  const { t } = useTranslation('research');
  const pending = usePendingResults(true);
  return (
    <Card>
      <Stack gap="xs">
        <Text fw={600}>{t('exchange.pending')}</Text>
        {pending.isError && <ErrorAlert error={pending.error} />}
        {pending.data?.pending.length === 0 && <Text c="dimmed">{t('exchange.nonePending')}</Text>}
        {pending.data && pending.data.pending.length > 0 && (
          <Table data-testid="results-pending">
            <Table.Tbody>
              {pending.data.pending.map((p) => (
                <Table.Tr key={`${p.id}-${p.version}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`${researchPaths.result(p.id)}?version=${p.version}`}>
                      {p.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.correction ? <Badge color="blue">{t('exchange.correction', { version: p.version })}</Badge> : <Badge color="yellow">{t('exchange.newSubmission')}</Badge>}</Table.Td>
                  <Table.Td>{p.submittedAt.slice(0, 10)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
