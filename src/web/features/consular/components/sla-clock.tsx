import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/schemas/consular';

/** One SLA timer: met, running (working minutes left) or breached. */
export function SlaClock({ label, timer }: { label: string; timer: Case['firstResponse'] }) {
  const { t } = useTranslation('consular');
  const state = timer.metAt !== null ? (timer.breached ? 'metLate' : 'met') : timer.breached ? 'breached' : timer.due === null ? 'none' : 'running';
  const color = { met: 'teal', metLate: 'orange', breached: 'red', running: 'blue', none: 'gray' }[state];
  return (
    <Badge color={color} variant="light" data-testid="sla-clock" data-state={state}>
      {`${label}: ${t(`sla.${state}`, { minutes: Math.abs(timer.workingMinutesLeft ?? 0) })}`}
    </Badge>
  );
}
