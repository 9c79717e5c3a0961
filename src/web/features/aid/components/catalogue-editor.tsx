import { NumberInput, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AidItem } from '../../../../shared/schemas/aid';
import { useUpdateItem } from '../api/update-item';
import { EditTable, SaveCell } from './edit-table';

type Draft = Omit<AidItem, 'id'>;

/** The item catalogue, each row editable by coordinators: names, unit, pack size, weight, volume, importance. */
export function CatalogueEditor({ items }: { items: readonly AidItem[] }) {
  const { t } = useTranslation('aid');
  const update = useUpdateItem();
  const headers = (['nameEn', 'nameZh', 'unit', 'packSize', 'packWeightKg', 'packVolumeM3', 'value'] as const).map((key) => ({ label: t(`catalogue.${key}`) }));
  return (
    <EditTable error={update.error} minWidth={980} testId="catalogue-editor" headers={headers}>
      {items.map((item) => (
        <CatalogueRow key={item.id} item={item} saving={update.isPending && update.variables?.id === item.id} onSave={(patch) => update.mutate({ id: item.id, patch })} />
      ))}
    </EditTable>
  );
}

function CatalogueRow({ item, saving, onSave }: { item: AidItem; saving: boolean; onSave: (patch: Draft) => void }) {
  const { t } = useTranslation('aid');
  const { id: _id, ...initial } = item;
  const [draft, setDraft] = useState<Draft>(initial);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const num = (x: number | string, fallback: number) => (typeof x === 'number' ? x : fallback);
  const changed = JSON.stringify(draft) !== JSON.stringify(initial);
  return (
    <Table.Tr data-item={item.id}>
      <Table.Td>
        <TextInput size="xs" aria-label={t('catalogue.nameEn')} value={draft.nameEn} onChange={(e) => set({ nameEn: e.currentTarget.value })} />
      </Table.Td>
      <Table.Td>
        <TextInput size="xs" aria-label={t('catalogue.nameZh')} value={draft.nameZh} onChange={(e) => set({ nameZh: e.currentTarget.value })} />
      </Table.Td>
      <Table.Td>
        <TextInput size="xs" w={80} aria-label={t('catalogue.unit')} value={draft.unit} onChange={(e) => set({ unit: e.currentTarget.value })} />
      </Table.Td>
      <Table.Td>
        <NumberInput size="xs" w={90} min={1} allowDecimal={false} aria-label={t('catalogue.packSize')} value={draft.packSize} onChange={(x) => set({ packSize: num(x, draft.packSize) })} />
      </Table.Td>
      <Table.Td>
        <NumberInput size="xs" w={90} min={0} decimalScale={3} aria-label={t('catalogue.packWeightKg')} value={draft.packWeightKg} onChange={(x) => set({ packWeightKg: num(x, draft.packWeightKg) })} />
      </Table.Td>
      <Table.Td>
        <NumberInput size="xs" w={90} min={0} decimalScale={4} aria-label={t('catalogue.packVolumeM3')} value={draft.packVolumeM3} onChange={(x) => set({ packVolumeM3: num(x, draft.packVolumeM3) })} />
      </Table.Td>
      <Table.Td>
        <NumberInput size="xs" w={80} min={0.01} step={0.1} decimalScale={2} aria-label={t('catalogue.value')} value={draft.value} onChange={(x) => set({ value: num(x, draft.value) })} />
      </Table.Td>
      <SaveCell changed={changed} saving={saving} onSave={() => onSave(draft)} />
    </Table.Tr>
  );
}
