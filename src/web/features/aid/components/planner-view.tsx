import { Alert, Button, Card, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsParameter, PlanOptions } from '../../../../shared/schemas/aid';
import { ErrorAlert } from '../../../components/error-alert';
import { useLocale } from '../../../i18n/use-locale';
import { useApproveBatch } from '../api/approve-batch';
import { useAidItems } from '../api/get-items';
import { useRunPlan } from '../api/run-plan';
import { overrideErrors, type NeedsOverrideValues } from '../utils/needs-overrides';
import { todayIso } from '../utils/plan-defaults';
import { AllocationChart } from './allocation-chart';
import { AllocationMap } from './allocation-map';
import { AllocationTable, type Cell } from './allocation-table';
import { ApproveConfirm } from './approve-confirm';
import { CellExplanation } from './cell-explanation';
import { NeedsParametersPanel } from './needs-parameters-panel';
import { PlanOptionsForm, type PlanForm } from './plan-options-form';
import { RecipientsTable } from './recipients-table';
import { SupplyTable } from './supply-table';

/** The coordinator's planner: supply and reserve, recipients by priority, the optimal plan explained, approval. */
export function PlannerView() {
  const { t } = useTranslation('aid');
  const { formatDecimal } = useLocale();
  const items = useAidItems();
  const run = useRunPlan();
  const approve = useApproveBatch();
  const [form, setForm] = useState<PlanForm>({ batchDate: todayIso(), weeksToBatch: 0, items: [], freightCapacityKg: undefined, weights: {}, needsHorizonWeeks: 4, estimatedDemand: false });
  const [severities, setSeverities] = useState<Record<string, number>>({});
  const [cell, setCell] = useState<Cell | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Needs-model parameters changed for the what-if run, and those of the last run that went through
  // (kept while a refused run shows its errors beside the fields).
  const [needsOverrides, setNeedsOverrides] = useState<NeedsOverrideValues>({});
  const [parameters, setParameters] = useState<NeedsParameter[]>([]);

  const options = (overrides: NeedsOverrideValues): PlanOptions => ({
    batchDate: form.batchDate,
    weeksToBatch: form.weeksToBatch,
    ...(form.items.length > 0 && { items: form.items }),
    ...(form.freightCapacityKg !== undefined && { freightCapacityKg: form.freightCapacityKg }),
    // Only the weights changed here: the others are the agency's (Situation) or the model's, as the run reports.
    ...(Object.keys(form.weights).length > 0 && { weights: form.weights }),
    severities,
    needsHorizonWeeks: form.needsHorizonWeeks,
    estimatedDemand: form.estimatedDemand,
    ...(Object.keys(overrides).length > 0 && { needsOverrides: overrides }),
  });
  const plan = (overrides: NeedsOverrideValues = needsOverrides) => {
    setCell(null);
    approve.reset();
    run.mutate(options(overrides), { onSuccess: (result) => setParameters(result.needsParameters) });
  };
  const resetNeeds = () => {
    setNeedsOverrides({});
    plan({});
  };
  // A real plan at once: the planner opens with today's batch planned.
  useEffect(() => plan(), []);

  const totals = useMemo(() => {
    const demand = new Map<string, number>();
    const allocated = new Map<string, number>();
    for (const s of run.data?.plan.items ?? []) {
      demand.set(s.item, s.demand);
      allocated.set(s.item, s.allocated);
    }
    return { demand, allocated };
  }, [run.data]);

  if (items.isPending) return <Loader size="sm" />;
  if (items.isError) return <ErrorAlert error={items.error} />;
  const data = run.data;
  const catalogue = items.data.items;

  return (
    <Stack gap="lg">
      <Card withBorder>
        <Title order={3} mb="sm">
          {t('options.title')}
        </Title>
        <PlanOptionsForm value={form} onChange={setForm} items={catalogue} weights={data?.priorityWeights ?? []} onRun={() => plan()} running={run.isPending} hasRun={data !== undefined} />
      </Card>
      {parameters.length > 0 && (
        <NeedsParametersPanel
          parameters={parameters}
          overrides={needsOverrides}
          onChange={setNeedsOverrides}
          onRun={() => plan()}
          onReset={resetNeeds}
          running={run.isPending}
          errors={run.isError ? overrideErrors(run.error) : {}}
        />
      )}
      {run.isError && <ErrorAlert error={run.error} />}
      {data && (
        <>
          <Card withBorder>
            <Title order={3} mb="sm">
              {t('supply.title')}
            </Title>
            <SupplyTable supply={data.supply} items={catalogue} demand={totals.demand} allocated={totals.allocated} />
          </Card>
          <Card withBorder>
            <Title order={3} mb="sm">
              {t('recipients.title')}
            </Title>
            <RecipientsTable
              recipients={data.recipients}
              items={catalogue}
              severities={severities}
              onSeverity={(id, value) => setSeverities((s) => {
                const next = { ...s };
                if (value === undefined) delete next[id];
                else next[id] = value;
                return next;
              })}
            />
          </Card>
          <Card withBorder>
            <Group justify="space-between" mb="sm">
              <Title order={3}>{t('plan.title')}</Title>
              <Button
                color="teal"
                // Until the plan is rerun, the one just approved is still shown: approving it again would only get a 409.
                disabled={data.plan.allocations.length === 0 || (approve.isSuccess && approve.variables.fingerprint === data.fingerprint)}
                loading={approve.isPending}
                onClick={() => setConfirming(true)}
                data-testid="approve-batch"
              >
                {t('plan.approve')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed" mb="sm" data-testid="plan-summary">
              {t('plan.summary', {
                status: t(`plan.status.${data.plan.status}`),
                objective: formatDecimal(data.plan.objective),
                bound: formatDecimal(data.plan.bound),
                gap: data.plan.gap.toExponential(1),
                method: t(`plan.method.${data.plan.method}`),
              })}
            </Text>
            {approve.isSuccess && (
              <Alert color="teal" variant="light" mb="sm" data-testid="batch-approved">
                {t('plan.approvedBatch', { number: approve.data.number, count: approve.data.allocations.length })}{' '}
                {approve.data.requestsPlanned.length === 0
                  ? t('plan.approvedNoneCovered')
                  : t('plan.approvedPlanned', { count: approve.data.requestsPlanned.length, ids: approve.data.requestsPlanned.map((id) => `#${id}`).join(', ') })}
              </Alert>
            )}
            <ApproveConfirm
              opened={confirming}
              run={data}
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                approve.mutate({ options: data.options, fingerprint: data.fingerprint, allocations: data.plan.allocations });
              }}
            />
            {approve.isError && <ErrorAlert error={approve.error} />}
            {data.recipients.length === 0 ? (
              <Text c="dimmed">{t('plan.empty')}</Text>
            ) : (
              <Grid>
                <Grid.Col span={{ base: 12, lg: 8 }}>
                  <AllocationTable run={data} items={catalogue} selected={cell} onSelect={setCell} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, lg: 4 }}>
                  <Stack>
                    <CellExplanation run={data} items={catalogue} cell={cell} />
                    <AllocationChart run={data} items={catalogue} />
                  </Stack>
                </Grid.Col>
              </Grid>
            )}
          </Card>
          {data.recipients.length > 0 && (
            <Card withBorder>
              <AllocationMap
                run={data}
                items={catalogue}
                onSelect={(recipient, item) => {
                  const first = data.plan.explanations.find((e) => e.recipient === recipient && (item === null || e.item === item));
                  if (first) setCell({ recipient, item: first.item });
                }}
              />
            </Card>
          )}
        </>
      )}
    </Stack>
  );
}
