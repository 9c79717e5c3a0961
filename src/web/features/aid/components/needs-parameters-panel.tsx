import { Accordion, Badge, Button, Group, NumberInput, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedsParameter } from '../../../../shared/schemas/aid';
import { useLocale } from '../../../i18n/use-locale';
import { defaultOf, withOverride, type NeedsOverrideValues } from '../utils/needs-overrides';

/**
 * The needs-model parameters behind the plan's estimated needs and the domestic reserve: label, value
 * (editable for a what-if run), unit and source, marked when unverified or overridden. Labels and units
 * come from the locale by parameter id; sources are citations, shown as they are.
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
  const { tag } = useLocale();
  const plain = new Intl.NumberFormat(tag, { maximumSignificantDigits: 6 });
  // What each field holds as typed ('' or '0.' while typing); the overrides take only numbers.
  const [drafts, setDrafts] = useState<Record<string, number | string>>({});
  const change = (id: string, x: number | string) => {
    setDrafts((d) => ({ ...d, [id]: x }));
    if (typeof x === 'number') props.onChange(withOverride(props.overrides, id, x));
    else if (x.trim() === '') props.onChange(withOverride(props.overrides, id, undefined));
  };
  const reset = () => {
    setDrafts({});
    props.onReset();
  };
  const overridden = props.parameters.filter((p) => p.overridden).length;
  const unverified = props.parameters.filter((p) => !p.verified).length;
  return (
    <Accordion variant="contained" data-testid="needs-parameters">
      <Accordion.Item value="needs">
        <Accordion.Control>
          <Group gap="sm">
            <Text fw={600}>{t('needsParameters.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('needsParameters.count', { overridden, total: props.parameters.length, unverified })}
            </Text>
          </Group>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('needsParameters.help')}
            </Text>
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
                    const fallback = defaultOf(p.id);
                    const sent = props.overrides[p.id] ?? fallback ?? p.value;
                    const edited = sent !== p.value;
                    return (
                      <Table.Tr key={p.id} data-parameter={p.id} data-overridden={p.overridden || undefined}>
                        <Table.Td>
                          <Text size="sm">{label}</Text>
                          <Group gap={4} mt={2}>
                            {p.overridden && (
                              <Badge size="xs" color="blue" variant="light" data-testid="overridden-badge">
                                {t('needsParameters.overridden')}
                              </Badge>
                            )}
                            {edited && (
                              <Badge size="xs" color="gray" variant="light">
                                {t('needsParameters.edited')}
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
                            value={drafts[p.id] ?? sent}
                            error={props.errors[p.id]}
                            description={props.overrides[p.id] !== undefined && fallback !== undefined ? t('needsParameters.defaultValue', { value: plain.format(fallback) }) : undefined}
                            onChange={(x) => change(p.id, x)}
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
            <Group>
              <Button onClick={props.onRun} loading={props.running} data-testid="rerun-needs">
                {t('needsParameters.rerun')}
              </Button>
              <Button variant="default" onClick={reset} disabled={props.running || (Object.keys(props.overrides).length === 0 && overridden === 0)} data-testid="reset-needs">
                {t('needsParameters.reset')}
              </Button>
            </Group>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
