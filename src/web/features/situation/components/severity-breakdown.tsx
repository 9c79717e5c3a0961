import { Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SeverityBreakdown as Breakdown } from '../../../../shared/schemas/situation';
import { useLocale } from '../../../i18n/use-locale';

/** The severity index and each factor's input, score, weight and share of the index (ADR 021). */
export function SeverityBreakdown({ severity }: { severity: Breakdown }) {
  const { t } = useTranslation('situation');
  const locale = useLocale();
  const num = (x: number | null) => (x === null ? '—' : x >= 100 ? locale.formatInteger(x) : x.toFixed(2));
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Text fw={700} size="xl">
          {severity.index === null ? '—' : severity.index.toFixed(2)}
        </Text>
        <Progress value={(severity.index ?? 0) * 100} color="red" style={{ flex: 1 }} aria-label={t('severity.index')} />
      </Group>
      {severity.renormalised && (
        <Text size="xs" c="dimmed">
          {t('severity.renormalised')}
        </Text>
      )}
      <Table.ScrollContainer minWidth={420} type="native">
        <Table aria-label={t('severity.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('severity.factor')}</Table.Th>
              <Table.Th ta="right">{t('severity.raw')}</Table.Th>
              <Table.Th ta="right">{t('severity.scaled')}</Table.Th>
              <Table.Th ta="right">{t('severity.weight')}</Table.Th>
              <Table.Th ta="right">{t('severity.contribution')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {severity.factors.map((f) => (
              <Table.Tr key={f.key}>
                <Table.Td>{t(`severity.factors.${f.key as 'incidence'}`, { defaultValue: f.key })}</Table.Td>
                <Table.Td ta="right">{f.missing ? t('severity.missing') : num(f.raw)}</Table.Td>
                <Table.Td ta="right">{num(f.scaled)}</Table.Td>
                <Table.Td ta="right">{f.effectiveWeight.toFixed(2)}</Table.Td>
                <Table.Td ta="right">{f.contribution.toFixed(3)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
