import { Loader } from '@mantine/core';
import type { AidItem } from '../../../../shared/schemas/aid';
import type { Partner } from '../../../../shared/schemas/countries';
import { ErrorAlert } from '../../../components/error-alert';
import { useAidRequests } from '../api/get-requests';
import { RequestsTable } from './requests-table';

/** Every partner's requests, for coordinators to review, send back, ship. */
export function CoordinatorRequests({ items, partners }: { items: readonly AidItem[]; partners: readonly Partner[] }) {
  const requests = useAidRequests();
  if (requests.isPending) return <Loader size="sm" />;
  if (requests.isError) return <ErrorAlert error={requests.error} />;
  return <RequestsTable requests={requests.data.requests} items={items} partners={partners} as="coordinator" />;
}
