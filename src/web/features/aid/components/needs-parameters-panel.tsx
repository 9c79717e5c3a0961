import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsParameter } from '../../../../shared/schemas/aid';
import type { NeedsOverrideValues } from '../utils/needs-overrides';
import { NeedsParametersAccordion, NeedsParametersTable } from './needs-parameters-table';

/** Under a plan run's overrides lies the agency's value, or else the model's default. */
const runBase = (p: NeedsParameter) => p.agencyValue ?? p.modelValue;

/**
 * The needs-model parameters behind the plan's estimated needs and the domestic reserve (editable for a
 * what-if run), marked when they are the agency's values, overridden in this run, or unverified.
 */
export function NeedsParametersPanel(props: {
  parameters: readonly NeedsParameter[];
  overrides: NeedsOverrideValues;
  onChange: (overrides: NeedsOverrideValues) => void;
  onRun: () => void;
  onReset: () => void;
  running: boolean;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('aid');
  // Remounting the table forgets what was being typed.
  const [version, setVersion] = useState(0);
  const reset = () => {
    setVersion((v) => v + 1);
    props.onReset();
  };
  const overridden = props.parameters.filter((p) => p.origin === 'run').length;
  const agency = props.parameters.filter((p) => p.agencyValue !== null).length;
  const unverified = props.parameters.filter((p) => !p.verified).length;
  return (
    <NeedsParametersAccordion
      testId="needs-parameters"
      title={t('needsParameters.title')}
      count={t('needsParameters.count', { overridden, agency, total: props.parameters.length, unverified })}
      help={t('needsParameters.help')}
    >
      <NeedsParametersTable
        key={version}
        parameters={props.parameters}
        changes={props.overrides}
        baseOf={runBase}
        onChange={props.onChange}
        errors={props.errors}
        editedLabel={t('needsParameters.edited')}
      />
      <Group>
        <Button onClick={props.onRun} loading={props.running} data-testid="rerun-needs">
          {t('needsParameters.rerun')}
        </Button>
        <Button variant="default" onClick={reset} disabled={props.running || (Object.keys(props.overrides).length === 0 && overridden === 0)} data-testid="reset-needs">
          {t('needsParameters.reset')}
        </Button>
      </Group>
    </NeedsParametersAccordion>
  );
}
