import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VaccineCandidate } from '../../../../shared/schemas/research-vaccines';

const REGISTRY_URL: [RegExp, (id: string) => string][] = [
  [/^NCT/, (id) => `https://clinicaltrials.gov/study/${id}`],
  [/^ISRCTN/, (id) => `https://www.isrctn.com/${id}`],
  [/^ChiCTR/, (id) => `https://www.chictr.org.cn/searchprojEN.html?regno=${id}`],
];
const registryUrl = (id: string) => REGISTRY_URL.find(([re]) => re.test(id))?.[1](id);

/** Every candidate with its developers, partners, schedule, trials and results; unchecked facts marked. */
export function VaccinesTable({ candidates, onPropose }: { candidates: VaccineCandidate[]; onPropose?: (candidate: VaccineCandidate) => void }) {
  const { t } = useTranslation('research');
  const unverified = (
    <Badge size="xs" color="yellow" variant="light">
      {t('vaccines.unverified')}
    </Badge>
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="sm" data-testid="vaccines-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('vaccines.name')}</Table.Th>
            <Table.Th>{t('vaccines.route')}</Table.Th>
            <Table.Th>{t('vaccines.developers')}</Table.Th>
            <Table.Th>{t('vaccines.doses')}</Table.Th>
            <Table.Th>{t('vaccines.trials')}</Table.Th>
            <Table.Th>{t('vaccines.results')}</Table.Th>
            {onPropose && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {candidates.map((c) => (
            <Table.Tr key={c.id} data-testid="vaccine-row" data-route={c.route}>
              <Table.Td>
                <Stack gap={2}>
                  <Text fw={600} size="sm">
                    {c.name} {!c.verified && unverified}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {c.platform}
                  </Text>
                  {c.note && (
                    <Text size="xs" c="dimmed" fs="italic">
                      {c.note}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{t(`vaccines.routes.${c.route}`)}</Table.Td>
              <Table.Td>
                <Text size="sm">{c.developers.map((d) => `${d.name} (${d.country})`).join('; ')}</Text>
                {c.partners.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('vaccines.partners')}: {c.partners.map((p) => `${p.name} (${p.country})`).join('; ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.doses === null ? t('vaccines.unknown') : t('vaccines.doseCount', { count: c.doses })}</Text>
                {c.doseIntervalDays !== null && (
                  <Text size="xs" c="dimmed">
                    {t('vaccines.interval', { days: c.doseIntervalDays })}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {t(`vaccines.administration.${c.administration}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {c.trials.map((trial) => (
                    <Text size="xs" key={trial.registryId}>
                      {t('vaccines.phase', { phase: trial.phase })} · {registryUrl(trial.registryId) ? <Anchor href={registryUrl(trial.registryId)} target="_blank" rel="noreferrer" size="xs">{trial.registryId}</Anchor> : trial.registryId} · {trial.start} · {trial.countries.join(', ')} {!trial.verified && unverified}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {c.results.length === 0 && (
                    <Text size="xs" c="dimmed">
                      {t('vaccines.noResults')}
                    </Text>
                  )}
                  {c.results.map((r) => (
                    <Text size="xs" key={r.citation} title={r.summary}>
                      {r.date} · {r.doi ? <Anchor href={`https://doi.org/${r.doi}`} target="_blank" rel="noreferrer" size="xs">{r.citation}</Anchor> : r.citation} {!r.verified && unverified}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              {onPropose && (
                <Table.Td>
                  <Group>
                    <Button size="xs" variant="light" onClick={() => onPropose(c)}>
                      {t('vaccines.proposeEdit')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
