import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../shared/schemas/aid';

const COLOR: Record<RequestStatus, string> = { draft: 'gray', submitted: 'blue', under_review: 'yellow', planned: 'teal', shipped: 'indigo', received: 'green' };

export function StatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation('aid');
  return (
    <Badge color={COLOR[status]} variant="light" data-testid="request-status">
      {t(`status.${status}`)}
    </Badge>
  );
}
