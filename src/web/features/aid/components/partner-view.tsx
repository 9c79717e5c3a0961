import { Card, Group, Loader, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useAidItems } from '../api/get-items';
import { usePartnerConsignments } from '../api/get-consignments';
import { usePartnerBatches } from '../api/get-partner-batches';
import { usePartnerRequests } from '../api/get-partner-requests';
import { PartnerBatches } from './partner-batches';
import { PartnerConsignments } from './partner-consignments';
import { RequestForm } from './request-form';
import { RequestsTable } from './requests-table';

/** A focal point's aid page: file a request, follow its requests, see what batches bring, record what arrived. */
export function PartnerView({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('aid');
  const items = useAidItems();
  const requests = usePartnerRequests(partnerId);
  const batches = usePartnerBatches(partnerId);
  const consignments = usePartnerConsignments(partnerId);
  if (items.isPending || requests.isPending || batches.isPending || consignments.isPending) {
    return (
      <Group justify="center" py="xl">
        <Loader size="sm" />
      </Group>
    );
  }
  if (items.isError || requests.isError || batches.isError || consignments.isError) return <ErrorAlert error={items.error ?? requests.error ?? batches.error ?? consignments.error} />;
  return (
    <Stack gap="lg">
      {/* The requests take the full width: beside the form their status and actions were cut off. */}
      <Card withBorder>
        <Title order={3} mb="sm">
          {t('requests.mine')}
        </Title>
        <RequestsTable requests={requests.data.requests} items={items.data.items} as="partner" />
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card withBorder>
          <RequestForm partnerId={partnerId} items={items.data.items} />
        </Card>
        <Card withBorder>
          <PartnerBatches batches={batches.data.batches} items={items.data.items} />
        </Card>
      </SimpleGrid>
      <PartnerConsignments consignments={consignments.data.consignments} items={items.data.items} />
    </Stack>
  );
}
