import { Button, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRIORITY_WEIGHT_KEYS, type AidItem, type PriorityWeight } from '../../../../shared/schemas/aid';
import { useLocale } from '../../../i18n/use-locale';

export type WeightKey = (typeof PRIORITY_WEIGHT_KEYS)[number];
export interface PlanForm {
  batchDate: string;
  weeksToBatch: number;
  items: string[];
  freightCapacityKg: number | undefined;
  /** Weights changed for this run only; the others come from the agency's severity weights or the model. */
  weights: Partial<Record<WeightKey, number>>;
  needsHorizonWeeks: number;
  estimatedDemand: boolean;
}

/**
 * The batch to plan: its date, items, freight and the priority weights (editable, then rerun). Each
 * weight shows the value of the last run and where it came from (the model, the agency's weights: its
 * severity weights on the Situation page and its own for shortage, urgency and importation, or this run); only the weights changed here are sent as the run's overrides.
 */
export function PlanOptionsForm(props: {
  value: PlanForm;
  onChange: (v: PlanForm) => void;
  items: readonly AidItem[];
  weights: readonly PriorityWeight[];
  onRun: () => void;
  running: boolean;
  hasRun: boolean;
}) {
  const { t } = useTranslation('aid');
  const { name } = useLocale();
  const v = props.value;
  const set = (patch: Partial<PlanForm>) => props.onChange({ ...v, ...patch });
  const inEffect = new Map(props.weights.map((w) => [w.key, w]));
  const originOf = (key: WeightKey) => (v.weights[key] !== undefined ? 'run' : (inEffect.get(key)?.origin ?? 'model'));
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <TextInput type="date" label={t('options.batchDate')} value={v.batchDate} onChange={(e) => set({ batchDate: e.currentTarget.value })} w={170} />
        <NumberInput label={t('options.weeksToBatch')} min={0} max={52} value={v.weeksToBatch} onChange={(x) => set({ weeksToBatch: typeof x === 'number' ? x : 0 })} w={200} />
        <NumberInput label={t('options.freight')} min={1} value={v.freightCapacityKg ?? ''} onChange={(x) => set({ freightCapacityKg: typeof x === 'number' && x > 0 ? x : undefined })} w={180} />
        <MultiSelect
          label={t('options.items')}
          placeholder={t('options.itemsPlaceholder')}
          data={props.items.map((i) => ({ value: i.id, label: name(i) }))}
          value={v.items}
          onChange={(items) => set({ items })}
          clearable
          style={{ flex: '1 1 260px' }}
        />
      </Group>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('options.needsHorizon')}
          min={1}
          max={52}
          allowDecimal={false}
          value={v.needsHorizonWeeks}
          onChange={(x) => set({ needsHorizonWeeks: typeof x === 'number' && x >= 1 ? x : 4 })}
          w={240}
        />
        <Switch
          label={t('options.estimatedDemand')}
          description={t('options.estimatedDemandHelp')}
          checked={v.estimatedDemand}
          onChange={(e) => set({ estimatedDemand: e.currentTarget.checked })}
          data-testid="estimated-demand"
        />
      </Group>
      <Group gap="sm">
        <Text fw={600} size="sm">
          {t('options.weights')}
        </Text>
        {Object.keys(v.weights).length > 0 && (
          <Button size="compact-xs" variant="subtle" onClick={() => set({ weights: {} })} data-testid="reset-weights">
            {t('options.resetWeights')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 8 }} spacing="xs">
        {PRIORITY_WEIGHT_KEYS.map((key) => (
          <NumberInput
            key={key}
            size="xs"
            label={t(`factor.${key}`)}
            description={t(`weightOrigin.${originOf(key)}`)}
            data-weight={key}
            data-origin={originOf(key)}
            min={0}
            step={0.05}
            decimalScale={3}
            value={v.weights[key] ?? inEffect.get(key)?.value ?? ''}
            onChange={(x) => set({ weights: { ...v.weights, [key]: typeof x === 'number' ? x : 0 } })}
          />
        ))}
      </SimpleGrid>
      <Group>
        <Button onClick={props.onRun} loading={props.running} data-testid="run-plan">
          {props.hasRun ? t('options.rerun') : t('options.run')}
        </Button>
      </Group>
    </Stack>
  );
}
