import { Badge, Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/schemas/consular';
import { ErrorAlert } from '../../../components/error-alert';
import { useAssign, useEscalate, usePostOfficers } from '../api/cases';

/** Assign a case to an officer of the post, or escalate it to a supervisor or the post head. */
export function CaseRouting({ item }: { item: Case }) {
  const { t } = useTranslation('consular');
  const officers = usePostOfficers();
  const assign = useAssign();
  const escalate = useEscalate();
  const [officer, setOfficer] = useState('');
  const [reason, setReason] = useState('');
  const list = officers.data?.officers ?? [];
  const name = (id: number | null) => list.find((o) => o.id === id)?.displayName ?? (id === null ? '—' : `#${id}`);
  return (
    <>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect size="xs" label={t('routing.officer')} value={officer} onChange={(e) => setOfficer(e.currentTarget.value)} data={[{ value: '', label: '—' }, ...list.map((o) => ({ value: String(o.id), label: o.displayName }))]} />
        <Button size="xs" variant="light" disabled={officer === ''} onClick={() => assign.mutate({ id: item.id, assignedTo: Number(officer) })}>
          {t('routing.assign')}
        </Button>
        <TextInput size="xs" label={t('routing.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Button size="xs" variant="light" color="red" disabled={officer === '' || reason.trim() === ''} onClick={() => escalate.mutate({ id: item.id, to: Number(officer), reason }, { onSuccess: () => setReason('') })}>
          {t('routing.escalate')}
        </Button>
      </Group>
      <Group gap="xs">
        {item.assignedTo !== null && <Badge variant="light">{t('routing.assignedTo', { name: name(item.assignedTo) })}</Badge>}
        {item.escalation && (
          <Badge color="red" data-testid="case-escalation">
            {item.escalation.automatic
              ? t(item.escalation.reason === 'sla:resolution' ? 'routing.autoEscalatedResolution' : 'routing.autoEscalatedFirstResponse')
              : t('routing.escalatedTo', { name: name(item.escalation.to), reason: item.escalation.reason })}
          </Badge>
        )}
      </Group>
      {assign.error || escalate.error ? <ErrorAlert error={assign.error ?? escalate.error} /> : null}
    </>
  );
}
