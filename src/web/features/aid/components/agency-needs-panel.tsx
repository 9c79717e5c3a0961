import { Alert, Button, Group, Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsParameter } from '../../../../shared/schemas/aid';
import { ErrorAlert } from '../../../components/error-alert';
import { useNeedsParameters } from '../api/get-needs-parameters';
import { usePutNeedsParameters } from '../api/put-needs-parameters';
import { overrideErrors, type NeedsOverrideValues } from '../utils/needs-overrides';
import { NeedsParametersAccordion, NeedsParametersTable } from './needs-parameters-table';

/** The agency's values sit on the model's defaults. */
const modelBase = (p: NeedsParameter) => p.modelValue;
const agencyValues = (parameters: readonly NeedsParameter[]): NeedsOverrideValues =>
  Object.fromEntries(parameters.flatMap((p) => (p.agencyValue === null ? [] : [[p.id, p.agencyValue]])));

/**
 * The agency's own needs-model values (ADR 035), saved for the supply overview's reserve and every plan
 * run: edit, save, or reset the fields to the model's defaults; a refused value is shown at its field.
 */
export function AgencyNeedsPanel() {
  const { t } = useTranslation('aid');
  const query = useNeedsParameters();
  // Held here, not in the form: the form is remounted with the saved values, the notice stays.
  const put = usePutNeedsParameters();
  if (query.isPending) return <Loader size="sm" />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { parameters } = query.data;
  const saved = agencyValues(parameters);
  return (
    <NeedsParametersAccordion
      testId="agency-needs"
      title={t('agencyNeeds.title')}
      count={t('agencyNeeds.count', { agency: Object.keys(saved).length, total: parameters.length, unverified: parameters.filter((p) => !p.verified).length })}
      help={t('agencyNeeds.help')}
    >
      <AgencyNeedsForm key={JSON.stringify(saved)} parameters={parameters} saved={saved} put={put} />
      {put.isSuccess && (
        <Alert color="teal" variant="light" data-testid="agency-needs-saved">
          {t('agencyNeeds.saved')}
        </Alert>
      )}
      {put.isError && <ErrorAlert error={put.error} />}
    </NeedsParametersAccordion>
  );
}

function AgencyNeedsForm(props: { parameters: readonly NeedsParameter[]; saved: NeedsOverrideValues; put: ReturnType<typeof usePutNeedsParameters> }) {
  const { t } = useTranslation('aid');
  const [values, setValues] = useState<NeedsOverrideValues>(props.saved);
  // Remounting the table forgets what was being typed.
  const [version, setVersion] = useState(0);
  const edit = (next: NeedsOverrideValues) => {
    props.put.reset();
    setValues(next);
  };
  const reset = () => {
    setVersion((v) => v + 1);
    edit({});
  };
  return (
    <>
      <NeedsParametersTable
        key={version}
        parameters={props.parameters}
        changes={values}
        baseOf={modelBase}
        onChange={edit}
        errors={props.put.isError ? overrideErrors(props.put.error, 'values') : {}}
        editedLabel={t('agencyNeeds.edited')}
      />
      <Group>
        <Button onClick={() => props.put.mutate({ values })} loading={props.put.isPending} data-testid="save-agency-needs">
          {t('agencyNeeds.save')}
        </Button>
        <Button variant="default" onClick={reset} disabled={props.put.isPending || Object.keys(values).length === 0} data-testid="reset-agency-needs">
          {t('agencyNeeds.reset')}
        </Button>
      </Group>
    </>
  );
}
