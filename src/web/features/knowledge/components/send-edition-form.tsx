import { Button, Group, MultiSelect, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WHO_REGIONS } from '../../../../shared/schemas/countries';
import type { SendInput } from '../../../../shared/schemas/knowledge';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { usePartners } from '../../../lib/queries/get-partners';
import { useSendEdition } from '../api/manage-documents';

type Mode = 'all' | 'region' | 'partners';
type Region = (typeof WHO_REGIONS)[number];

// Sends a published edition to every partner, a WHO region's countries, or a chosen list.
export function SendEditionForm({ editionId }: { editionId: number }) {
  const { t } = useTranslation('knowledge');
  const { name } = useLocale();
  const partners = usePartners();
  const send = useSendEdition();
  const [mode, setMode] = useState<Mode>('all');
  const [region, setRegion] = useState<Region>('AFR');
  const [list, setList] = useState<string[]>([]);
  const to: SendInput['to'] = mode === 'all' ? { all: true } : mode === 'region' ? { region } : { partners: list };
  const options = (partners.data?.partners ?? []).map((p) => ({ value: p.id, label: `${name(p)} (${p.id})` }));
  return (
    <Stack gap="xs">
      <Group align="flex-end" wrap="wrap" gap="sm">
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as Mode)}
          data={(['all', 'region', 'partners'] as const).map((m) => ({ value: m, label: t(`send.${m}`) }))}
          aria-label={t('send.to')}
        />
        {mode === 'region' && <Select w={200} label={t('send.regionLabel')} data={WHO_REGIONS.map((r) => ({ value: r, label: t(`regions.${r}`) }))} value={region} onChange={(v) => v && setRegion(v as Region)} allowDeselect={false} />}
        {mode === 'partners' && <MultiSelect style={{ flex: 1, minWidth: 220 }} label={t('send.partners')} data={options} value={list} onChange={setList} searchable clearable maxValues={1000} />}
        <Button disabled={mode === 'partners' && list.length === 0} loading={send.isPending} onClick={() => send.mutate({ editionId, body: { to } })}>
          {t('send.send')}
        </Button>
      </Group>
      {send.data && <Text size="sm">{t('send.result', { sent: send.data.sent, already: send.data.alreadySent })}</Text>}
      <ErrorAlert error={send.error} />
    </Stack>
  );
}
