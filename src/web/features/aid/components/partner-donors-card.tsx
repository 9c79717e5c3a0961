import { Badge, Card, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AidItem } from '../../../../shared/schemas/aid';
import type { Partner } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { usePartnerDonors } from '../api/get-donor-imports';
import { nameById } from '../utils/names';

/** One partner: who gives it what (the agency's batches and other donors), and request lines two donors cover. */
export function PartnerDonorsCard({ items, partners }: { items: readonly AidItem[]; partners: readonly Partner[] }) {
  const { t } = useTranslation('aid');
  const { name, formatInteger } = useLocale();
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const view = usePartnerDonors(partnerId);
  const itemName = nameById(items, name);
  return (
    <Card withBorder>
      <Title order={3} mb="xs">
        {t('donors.viewTitle')}
      </Title>
      <Select
        label={t('pledges.partner')}
        data={partners.map((p) => ({ value: p.id, label: name(p) }))}
        value={partnerId}
        onChange={setPartnerId}
        searchable
        w={280}
        mb="sm"
        data-testid="donors-partner"
      />
      {partnerId === null ? (
        <Text c="dimmed">{t('donors.pickPartner')}</Text>
      ) : view.isPending ? (
        <Loader size="sm" />
      ) : view.isError ? (
        <ErrorAlert error={view.error} />
      ) : (
        <Stack>
          {view.data.items.length === 0 ? (
            <Text c="dimmed">{t('donors.nobodyGives')}</Text>
          ) : (
            <Table striped data-testid="partner-donors-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pledges.item')}</Table.Th>
                  <Table.Th>{t('pledges.donor')}</Table.Th>
                  <Table.Th>{t('donors.kindLabel')}</Table.Th>
                  <Table.Th>{t('donors.origin')}</Table.Th>
                  <Table.Th ta="right">{t('pledges.quantity')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.data.items.flatMap((row) =>
                  row.givers.map((g, k) => (
                    <Table.Tr key={`${row.item}-${k}`}>
                      <Table.Td>{k === 0 ? itemName(row.item) : ''}</Table.Td>
                      <Table.Td>{g.ours ? <Badge variant="light">{g.donor}</Badge> : g.donor}</Table.Td>
                      <Table.Td>{t(`donors.kind.${g.kind}`)}</Table.Td>
                      <Table.Td>{t(`donors.originName.${g.origin}`)}</Table.Td>
                      <Table.Td ta="right">{formatInteger(g.quantity)}</Table.Td>
                    </Table.Tr>
                  )),
                )}
              </Table.Tbody>
            </Table>
          )}
          <Title order={4}>{t('donors.linesTitle')}</Title>
          {view.data.requestLines.length === 0 ? (
            <Text c="dimmed">{t('donors.noLines')}</Text>
          ) : (
            <Table data-testid="donor-request-lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('donors.request')}</Table.Th>
                  <Table.Th>{t('pledges.item')}</Table.Th>
                  <Table.Th ta="right">{t('donors.requested')}</Table.Th>
                  <Table.Th>{t('donors.donors')}</Table.Th>
                  <Table.Th ta="right">{t('donors.covered')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.data.requestLines.map((l) => (
                  <Table.Tr key={`${l.requestId}-${l.item}`} data-overlap={l.overlap || undefined}>
                    <Table.Td>#{l.requestId}</Table.Td>
                    <Table.Td>{itemName(l.item)}</Table.Td>
                    <Table.Td ta="right">{formatInteger(l.requested)}</Table.Td>
                    <Table.Td>{l.donors.join(', ') || '–'}</Table.Td>
                    <Table.Td ta="right">{formatInteger(l.covered)}</Table.Td>
                    <Table.Td>
                      {l.overlap && (
                        <Badge color={l.overCovered ? 'red' : 'orange'} data-testid="donor-overlap">
                          {t(l.overCovered ? 'donors.overCovered' : 'donors.overlap')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Card>
  );
}
