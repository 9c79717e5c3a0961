import { Alert, Button, Group, NumberInput, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AidItem } from '../../../../shared/schemas/aid';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useCreateRequest } from '../api/create-request';

interface Line {
  item: string | null;
  quantity: number | string;
}

/** A focal point files a request for its own partner: items and quantities, needed-by date, justification. */
export function RequestForm({ partnerId, items }: { partnerId: string; items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const { name } = useLocale();
  const create = useCreateRequest(partnerId);
  const [lines, setLines] = useState<Line[]>([{ item: null, quantity: '' }]);
  const [neededBy, setNeededBy] = useState('');
  const [justification, setJustification] = useState('');
  const [filed, setFiled] = useState<number | null>(null);

  const options = items.map((i) => ({ value: i.id, label: `${name(i)} (${i.unit})` }));
  const setLine = (k: number, patch: Partial<Line>) => setLines((ls) => ls.map((l, j) => (j === k ? { ...l, ...patch } : l)));

  const send = (submit: boolean) => {
    setFiled(null);
    create.mutate(
      {
        neededBy,
        justification,
        submit,
        lines: lines.filter((l) => l.item).map((l) => ({ item: l.item as string, quantity: Number(l.quantity) })),
      },
      {
        onSuccess: (request) => {
          setFiled(request.id);
          setLines([{ item: null, quantity: '' }]);
          setJustification('');
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <Title order={3}>{t('form.title')}</Title>
      {filed !== null && (
        <Alert color="teal" variant="light">
          {t('form.filed', { id: filed })}
        </Alert>
      )}
      {create.isError && <ErrorAlert error={create.error} />}
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
      <Group>
        <Button variant="light" onClick={() => setLines((ls) => [...ls, { item: null, quantity: '' }])}>
          {t('form.addLine')}
        </Button>
      </Group>
      <TextInput type="date" label={t('form.neededBy')} value={neededBy} onChange={(e) => setNeededBy(e.currentTarget.value)} w={200} />
      <Textarea label={t('form.justification')} placeholder={t('form.justificationPlaceholder')} value={justification} onChange={(e) => setJustification(e.currentTarget.value)} autosize minRows={2} />
      <Group>
        <Button onClick={() => send(true)} loading={create.isPending}>
          {t('form.submit')}
        </Button>
        <Button variant="default" onClick={() => send(false)} disabled={create.isPending}>
          {t('form.saveDraft')}
        </Button>
      </Group>
    </Stack>
  );
}
