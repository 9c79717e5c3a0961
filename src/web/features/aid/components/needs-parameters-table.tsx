import { Accordion, Badge, Group, NumberInput, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsParameter } from '../../../../shared/schemas/aid';
import { useLocale } from '../../../i18n/use-locale';
import { withOverride, type NeedsOverrideValues } from '../utils/needs-overrides';

/**
 * The needs-model parameters as an editable table: label, value, unit and source, marked when the value
 * is the agency's or this run's, when changed and not yet applied, and when unverified. Each field shows
 * `changes[id]` or else the parameter's base (`baseOf`); a change back to the base is dropped. Labels
 * and units come from the locale by parameter id; sources are citations, shown as they are. Remount it
 * (key) to forget what is being typed.
 */
export function NeedsParametersTable(props: {
  parameters: readonly NeedsParameter[];
  changes: NeedsOverrideValues;
  baseOf: (p: NeedsParameter) => number;
  onChange: (changes: NeedsOverrideValues) => void;
  errors: Record<string, string>;
  /** The badge of a value changed but not yet run or saved. */
  editedLabel: string;
}) {
  const { t } = useTranslation('aid');
  const { tag } = useLocale();
  const plain = new Intl.NumberFormat(tag, { maximumSignificantDigits: 6 });
  // What each field holds as typed ('' or '0.' while typing); the changes take only numbers.
  const [drafts, setDrafts] = useState<Record<string, number | string>>({});
  const change = (p: NeedsParameter, x: number | string) => {
    setDrafts((d) => ({ ...d, [p.id]: x }));
    if (typeof x === 'number') props.onChange(withOverride(props.changes, p.id, x, props.baseOf(p)));
    else if (x.trim() === '') props.onChange(withOverride(props.changes, p.id, undefined));
  };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('needsParameters.parameter')}</Table.Th>
            <Table.Th>{t('needsParameters.value')}</Table.Th>
            <Table.Th>{t('needsParameters.unit')}</Table.Th>
            <Table.Th>{t('needsParameters.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.parameters.map((p) => {
            const label = t(`needsParameters.labels.${p.id}`, { defaultValue: p.label });
            const base = props.baseOf(p);
            const shown = props.changes[p.id] ?? base;
            const edited = shown !== p.value;
            return (
              <Table.Tr key={p.id} data-parameter={p.id} data-origin={p.origin} data-overridden={p.overridden || undefined}>
                <Table.Td>
                  <Text size="sm">{label}</Text>
                  <Group gap={4} mt={2}>
                    {p.origin === 'agency' && (
                      <Badge size="xs" color="teal" variant="light" data-testid="agency-badge">
                        {t('needsParameters.agency')}
                      </Badge>
                    )}
                    {p.origin === 'run' && (
                      <Badge size="xs" color="blue" variant="light" data-testid="overridden-badge">
                        {t('needsParameters.overridden')}
                      </Badge>
                    )}
                    {edited && (
                      <Badge size="xs" color="gray" variant="light">
                        {props.editedLabel}
                      </Badge>
                    )}
                    {!p.verified && (
                      <Tooltip label={t('needsParameters.unverifiedHelp')} multiline w={260}>
                        <Badge size="xs" color="orange" variant="light">
                          {t('needsParameters.unverified')}
                        </Badge>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    w={140}
                    min={0}
                    aria-label={label}
                    value={drafts[p.id] ?? shown}
                    error={props.errors[p.id]}
                    description={shown !== p.modelValue ? t('needsParameters.defaultValue', { value: plain.format(p.modelValue) }) : undefined}
                    onChange={(x) => change(p, x)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`needsParameters.units.${p.id}`, { defaultValue: p.unit })}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" maw={420}>
                    {p.source}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The collapsible frame both parameter panels sit in: a title with its count, then help and content. */
export function NeedsParametersAccordion(props: { testId: string; title: string; count: string; help: string; children: ReactNode }) {
  return (
    <Accordion variant="contained" data-testid={props.testId}>
      <Accordion.Item value={props.testId}>
        <Accordion.Control>
          <Group gap="sm">
            <Text fw={600}>{props.title}</Text>
            <Text size="sm" c="dimmed">
              {props.count}
            </Text>
          </Group>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {props.help}
            </Text>
            {props.children}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
