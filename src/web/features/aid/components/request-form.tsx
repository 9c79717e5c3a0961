import { Alert, Button, Group, NumberInput, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AidItem, AidRequest, RequestInput } from '../../../../shared/schemas/aid';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useFieldMessages } from '../../../lib/field-errors';
import { useCreateRequest } from '../api/create-request';
import { useUpdateRequest } from '../api/update-request';

interface Line {
  item: string | null;
  quantity: number | string;
}

const NEW_LINE: Line = { item: null, quantity: '' };

/**
 * A focal point files a request for its own partner: items and quantities, needed-by date, justification.
 * Given a draft (`request`), it edits that draft instead and can file it again.
 */
export function RequestForm({ partnerId, items, request, onDone }: { partnerId: string; items: readonly AidItem[]; request?: AidRequest; onDone?: () => void }) {
  const { t } = useTranslation('aid');
  const { name } = useLocale();
  const create = useCreateRequest(partnerId);
  const update = useUpdateRequest();
  const mutation = request ? update : create;
  const [lines, setLines] = useState<Line[]>(request ? request.lines.map((l) => ({ item: l.item, quantity: l.quantity })) : [NEW_LINE]);
  const [neededBy, setNeededBy] = useState(request?.neededBy ?? '');
  const [justification, setJustification] = useState(request?.justification ?? '');
  const [filed, setFiled] = useState<number | null>(null);

  const fieldErrors = useFieldMessages(mutation.error, ['neededBy', 'justification', 'lines'] as const);
  const options = items.map((i) => ({ value: i.id, label: `${name(i)} (${i.unit})` }));
  const setLine = (k: number, patch: Partial<Line>) => setLines((ls) => ls.map((l, j) => (j === k ? { ...l, ...patch } : l)));

  const send = (submit: boolean) => {
    setFiled(null);
    const input: RequestInput = { neededBy, justification, submit, lines: lines.filter((l) => l.item).map((l) => ({ item: l.item as string, quantity: Number(l.quantity) })) };
    const onSuccess = (saved: AidRequest) => {
      setFiled(saved.id);
      if (!request) {
        setLines([NEW_LINE]);
        setJustification('');
      }
      onDone?.();
    };
    if (request) update.mutate({ id: request.id, input }, { onSuccess });
    else create.mutate(input, { onSuccess });
  };

  return (
    <Stack gap="sm">
      <Title order={3}>{request ? t('form.editTitle', { id: request.id }) : t('form.title')}</Title>
      {filed !== null && !request && (
        <Alert color="teal" variant="light">
          {t('form.filed', { id: filed })}
        </Alert>
      )}
      {mutation.isError && <ErrorAlert error={mutation.error} shownFields={fieldErrors.shownFields} />}
      {lines.map((line, k) => (
        <Group key={k} align="flex-end" gap="xs">
          <Select label={t('form.item')} data={options} value={line.item} onChange={(v) => setLine(k, { item: v })} searchable w={280} data-testid={`line-item-${k}`} />
          <NumberInput label={t('form.quantity')} min={1} value={line.quantity} onChange={(v) => setLine(k, { quantity: v })} w={160} data-testid={`line-quantity-${k}`} />
          {lines.length > 1 && (
            <Button variant="subtle" color="red" onClick={() => setLines((ls) => ls.filter((_, j) => j !== k))}>
              {t('form.removeLine')}
            </Button>
          )}
        </Group>
      ))}
      {fieldErrors.byField.lines && (
        <Text size="sm" c="red" role="alert">
          {fieldErrors.byField.lines}
        </Text>
      )}
      <Group>
        <Button variant="light" onClick={() => setLines((ls) => [...ls, NEW_LINE])}>
          {t('form.addLine')}
        </Button>
      </Group>
      <TextInput type="date" label={t('form.neededBy')} value={neededBy} onChange={(e) => setNeededBy(e.currentTarget.value)} w={200} error={fieldErrors.byField.neededBy} />
      <Textarea label={t('form.justification')} placeholder={t('form.justificationPlaceholder')} value={justification} onChange={(e) => setJustification(e.currentTarget.value)} autosize minRows={2} error={fieldErrors.byField.justification} />
      <Group>
        <Button onClick={() => send(true)} loading={mutation.isPending}>
          {request ? t('form.resubmit') : t('form.submit')}
        </Button>
        <Button variant="default" onClick={() => send(false)} disabled={mutation.isPending}>
          {t('form.saveDraft')}
        </Button>
      </Group>
    </Stack>
  );
}
