import { Alert, Button, Card, Group, Loader, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AID_PRIORITY_WEIGHT_KEYS, type AidPriorityWeightKey, type PriorityWeight } from '../../../../shared/schemas/aid';
import { ErrorAlert } from '../../../components/error-alert';
import { useFieldMessages } from '../../../lib/field-errors';
import { useLocale } from '../../../i18n/use-locale';
import { usePriorityWeights, usePutPriorityWeights } from '../api/priority-weights';

type AidWeights = Partial<Record<AidPriorityWeightKey, number>>;
const FIELDS = ['weights'] as const;
const isAidKey = (key: string): key is AidPriorityWeightKey => (AID_PRIORITY_WEIGHT_KEYS as readonly string[]).includes(key);

/**
 * The agency's own weights for the factors the aid module decides (shortage, urgency, importation risk; ADR
 * 043), used by every plan run unless the run overrides them. The severity factors' weights are the
 * Situation page's and are shown here read-only, so the whole priority can be read in one place.
 */
export function AgencyPriorityWeightsPanel() {
  const { t } = useTranslation('aid');
  const query = usePriorityWeights();
  const put = usePutPriorityWeights();
  if (query.isPending) return <Loader size="sm" />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const saved: AidWeights = Object.fromEntries(query.data.weights.flatMap((w) => (isAidKey(w.key) && w.agencyValue !== null ? [[w.key, w.agencyValue]] : [])));
  return (
    <Card withBorder data-testid="agency-priority-weights">
      <Title order={3} mb={4}>
        {t('agencyWeights.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('agencyWeights.help')}
      </Text>
      <AgencyWeightsForm key={JSON.stringify(saved)} weights={query.data.weights} saved={saved} put={put} />
    </Card>
  );
}

function AgencyWeightsForm(props: { weights: readonly PriorityWeight[]; saved: AidWeights; put: ReturnType<typeof usePutPriorityWeights> }) {
  const { t } = useTranslation('aid');
  const { formatDecimal } = useLocale();
  const [values, setValues] = useState<AidWeights>(props.saved);
  const errors = useFieldMessages(props.put.error, FIELDS);
  const edit = (next: AidWeights) => {
    props.put.reset();
    setValues(next);
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 8 }} spacing="xs">
        {props.weights.map((w) =>
          isAidKey(w.key) ? (
            <NumberInput
              key={w.key}
              size="xs"
              label={t(`factor.${w.key}`)}
              description={values[w.key] === undefined ? t('weightOrigin.model') : t('agencyWeights.agency')}
              data-agency-weight={w.key}
              min={0}
              max={10}
              step={0.05}
              decimalScale={3}
              value={values[w.key] ?? w.modelValue}
              onChange={(x) => {
                const { [w.key as AidPriorityWeightKey]: _dropped, ...rest } = values;
                edit(typeof x === 'number' ? { ...rest, [w.key]: x } : rest);
              }}
            />
          ) : (
            <Stack key={w.key} gap={0}>
              <Text size="xs" fw={500}>
                {t(`factor.${w.key}`)}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`weightOrigin.${w.origin}`)}
              </Text>
              <Text size="sm">{formatDecimal(w.value)}</Text>
            </Stack>
          ),
        )}
      </SimpleGrid>
      {errors.byField.weights && (
        <Text size="sm" c="red" role="alert">
          {errors.byField.weights}
        </Text>
      )}
      <Group>
        <Button onClick={() => props.put.mutate({ weights: values })} loading={props.put.isPending} data-testid="save-agency-weights">
          {t('agencyWeights.save')}
        </Button>
        <Button variant="default" onClick={() => edit({})} disabled={props.put.isPending || Object.keys(values).length === 0}>
          {t('agencyWeights.reset')}
        </Button>
      </Group>
      {props.put.isSuccess && (
        <Alert color="teal" variant="light" data-testid="agency-weights-saved">
          {t('agencyWeights.saved')}
        </Alert>
      )}
      {props.put.isError && <ErrorAlert error={props.put.error} shownFields={errors.shownFields} />}
    </Stack>
  );
}
