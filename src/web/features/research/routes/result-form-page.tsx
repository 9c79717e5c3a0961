import { Button, Card, Checkbox, Group, Loader, NumberInput, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ALLOCATIONS, EFFECT_MEASURES, LICENCES, MASKINGS, RESULT_KINDS, RESULT_LANGUAGES, TRIAL_PHASES, TRIAL_STATUSES, type ResultRecordInput } from '../../../../shared/schemas/research-results';
import { ErrorAlert } from '../../../components/error-alert';
import { useResult } from '../api/get-result';
import { useSubmitResult } from '../api/moderate-results';
import { EXAMPLES, blankRecord, blankTrial, clientErrors, listText, recordOfDetail, serverErrors, splitList } from '../utils/result-form';
import { researchPaths } from './paths';
import { ResearchHeader } from './research-page';

type Trial = NonNullable<ResultRecordInput['trial']>;

/** Submit a result, correct one, or complete an imported draft: every field of the record, errors at the field. */
export function ResultFormPage() {
  const { t } = useTranslation('research');
  const { t: tShell } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().id ? Number(useParams().id) : undefined;
  const existing = useResult(id ?? 0);
  const submit = useSubmitResult();
  const [record, setRecord] = useState<ResultRecordInput>(blankRecord);
  const [changeNote, setChangeNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (existing.data) setRecord(recordOfDetail(existing.data));
  }, [existing.data]);
  useEffect(() => {
    if (submit.error) setErrors(serverErrors(submit.error, tShell));
  }, [submit.error, tShell]);

  if (id && !existing.data) return existing.isError ? <ErrorAlert error={existing.error} /> : <Loader size="sm" aria-label={t('loading')} />;

  const set = (patch: Partial<ResultRecordInput>) => setRecord({ ...record, ...patch });
  const trial = record.trial;
  const setTrial = (patch: Partial<Trial>) => set({ trial: { ...trial!, ...patch } });
  const err = (path: string) => errors[path];
  const send = () => {
    const found = clientErrors(record, tShell);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    submit.mutate({ id, record, changeNote }, { onSuccess: (d) => void navigate(researchPaths.result(d.id)) });
  };

  return (
    <>
      <ResearchHeader />
      <Stack maw={960}>
        <Title order={3}>{id ? t('exchange.correctTitle') : t('exchange.submitTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('exchange.submitHelp')}
        </Text>
        <Card>
          <Stack gap="xs">
            <Group grow align="start" wrap="wrap">
              <Select label={t('exchange.kind')} data={RESULT_KINDS.map((k) => ({ value: k, label: t(`exchange.kinds.${k}`) }))} value={record.kind} allowDeselect={false} onChange={(v) => v && set({ kind: v as ResultRecordInput['kind'], trial: v === 'trial-result' || v === 'protocol' ? (record.trial ?? blankTrial()) : undefined })} error={err('kind')} />
              <TextInput label={t('exchange.date')} placeholder={EXAMPLES.date} value={record.date} onChange={(e) => set({ date: e.currentTarget.value })} error={err('date')} />
              <Select label={t('exchange.licence')} data={[...LICENCES]} value={record.licence} allowDeselect={false} onChange={(v) => v && set({ licence: v as ResultRecordInput['licence'] })} />
              <Select label={t('exchange.language')} data={[...RESULT_LANGUAGES]} value={record.language} allowDeselect={false} onChange={(v) => v && set({ language: v as ResultRecordInput['language'] })} />
            </Group>
            <TextInput label={t('exchange.titleColumn')} value={record.title} onChange={(e) => set({ title: e.currentTarget.value })} error={err('title')} maxLength={500} />
            <TextInput label={t('exchange.titleZh')} value={record.titleZh ?? ''} onChange={(e) => set({ titleZh: e.currentTarget.value })} error={err('titleZh')} maxLength={500} />
            <Textarea label={t('exchange.abstract')} value={record.abstract} onChange={(e) => set({ abstract: e.currentTarget.value })} error={err('abstract')} autosize minRows={3} />
            <Textarea label={t('exchange.abstractZh')} value={record.abstractZh ?? ''} onChange={(e) => set({ abstractZh: e.currentTarget.value })} autosize minRows={2} />
            <Text fw={600} size="sm">
              {t('exchange.authors')}
            </Text>
            {err('authors') && <Text c="red" size="xs">{err('authors')}</Text>}
            {record.authors.map((a, i) => (
              <Group key={i} grow align="start" wrap="wrap">
                <TextInput label={t('exchange.authorName')} value={a.name} onChange={(e) => set({ authors: record.authors.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)) })} error={err(`authors.${i}.name`)} />
                <TextInput label={t('exchange.affiliation')} value={a.affiliation} onChange={(e) => set({ authors: record.authors.map((x, j) => (j === i ? { ...x, affiliation: e.currentTarget.value } : x)) })} />
                <TextInput label={t('exchange.authorCountry')} placeholder={EXAMPLES.country} value={a.country} onChange={(e) => set({ authors: record.authors.map((x, j) => (j === i ? { ...x, country: e.currentTarget.value.toUpperCase() } : x)) })} error={err(`authors.${i}.country`)} maxLength={3} />
              </Group>
            ))}
            <Group>
              <Button size="xs" variant="subtle" onClick={() => set({ authors: [...record.authors, { name: '', affiliation: '', country: '' }] })}>
                {t('exchange.addAuthor')}
              </Button>
            </Group>
            <Group grow align="start" wrap="wrap">
              <TextInput label={t('exchange.doi')} placeholder={EXAMPLES.doi} value={record.doi ?? ''} onChange={(e) => set({ doi: e.currentTarget.value || undefined })} error={err('doi')} />
              <TextInput
                label={t('exchange.registryIds')}
                placeholder={EXAMPLES.registryIds}
                value={listText(record.registryIds)}
                onChange={(e) => set({ registryIds: splitList(e.currentTarget.value) })}
                error={Object.entries(errors).find(([k]) => k.startsWith('registryIds'))?.[1]}
              />
              <TextInput label={t('exchange.journal')} value={record.journal ?? ''} onChange={(e) => set({ journal: e.currentTarget.value })} />
            </Group>
            <Group grow align="start" wrap="wrap">
              <TextInput label={t('exchange.topics')} placeholder={EXAMPLES.topics} defaultValue={listText(record.topics)} onBlur={(e) => set({ topics: splitList(e.currentTarget.value) })} error={Object.entries(errors).find(([k]) => k.startsWith('topics'))?.[1]} />
              <TextInput label={t('exchange.interventions')} placeholder={EXAMPLES.interventions} defaultValue={listText(record.interventions)} onBlur={(e) => set({ interventions: splitList(e.currentTarget.value) })} error={Object.entries(errors).find(([k]) => k.startsWith('interventions'))?.[1]} />
              <TextInput label={t('exchange.genomeIds')} placeholder={EXAMPLES.genomes} defaultValue={listText(record.genomes)} onBlur={(e) => set({ genomes: splitList(e.currentTarget.value).map(Number) })} error={Object.entries(errors).find(([k]) => k.startsWith('genomes'))?.[1]} />
            </Group>
          </Stack>
        </Card>
        {trial && (
          <Card data-testid="result-form-trial">
            <Stack gap="xs">
              <Text fw={600}>{t('exchange.trialSection')}</Text>
              {err('trial') && <Text c="red" size="xs">{err('trial')}</Text>}
              <Group grow align="start" wrap="wrap">
                <Select label={t('exchange.phase')} data={[...TRIAL_PHASES]} value={trial.phase} allowDeselect={false} onChange={(v) => v && setTrial({ phase: v as Trial['phase'] })} />
                <Select label={t('exchange.allocation')} data={ALLOCATIONS.map((a) => ({ value: a, label: t(`exchange.allocations.${a}`) }))} value={trial.allocation} allowDeselect={false} onChange={(v) => v && setTrial({ allocation: v as Trial['allocation'] })} />
                <Select label={t('exchange.masking')} data={MASKINGS.map((a) => ({ value: a, label: t(`exchange.maskings.${a}`) }))} value={trial.masking} allowDeselect={false} onChange={(v) => v && setTrial({ masking: v as Trial['masking'] })} />
                <Select label={t('exchange.trialStatus')} data={TRIAL_STATUSES.map((a) => ({ value: a, label: t(`exchange.trialStatuses.${a}`) }))} value={trial.status} allowDeselect={false} onChange={(v) => v && setTrial({ status: v as Trial['status'] })} />
                <TextInput label={t('exchange.trialCountries')} placeholder={EXAMPLES.countries} defaultValue={listText(trial.countries)} onBlur={(e) => setTrial({ countries: splitList(e.currentTarget.value).map((c) => c.toUpperCase()) })} error={Object.entries(errors).find(([k]) => k.startsWith('trial.countries'))?.[1]} />
              </Group>
              {trial.arms.map((a, i) => (
                <Group key={`arm-${i}`} grow align="start" wrap="wrap">
                  <TextInput label={t('exchange.arm')} value={a.label} onChange={(e) => setTrial({ arms: trial.arms.map((x, j) => (j === i ? { ...x, label: e.currentTarget.value } : x)) })} error={err(`trial.arms.${i}.label`)} />
                  <TextInput label={t('exchange.armIntervention')} value={a.intervention} onChange={(e) => setTrial({ arms: trial.arms.map((x, j) => (j === i ? { ...x, intervention: e.currentTarget.value } : x)) })} error={err(`trial.arms.${i}.intervention`)} />
                  <NumberInput label={t('exchange.armSize')} value={a.size} min={0} max={10_000_000} allowDecimal={false} onChange={(v) => setTrial({ arms: trial.arms.map((x, j) => (j === i ? { ...x, size: Number(v) || 0 } : x)) })} error={err(`trial.arms.${i}.size`)} />
                  <Checkbox mt="xl" label={t('exchange.control')} checked={a.control} onChange={(e) => setTrial({ arms: trial.arms.map((x, j) => (j === i ? { ...x, control: e.currentTarget.checked } : x)) })} />
                </Group>
              ))}
              <Group>
                <Button size="xs" variant="subtle" onClick={() => setTrial({ arms: [...trial.arms, { label: '', intervention: '', size: 0, control: false }] })}>
                  {t('exchange.addArm')}
                </Button>
              </Group>
              {err('trial.outcomes') && <Text c="red" size="xs">{err('trial.outcomes')}</Text>}
              {trial.outcomes.map((o, i) => {
                const setOutcome = (patch: Partial<Trial['outcomes'][number]>) => setTrial({ outcomes: trial.outcomes.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                return (
                  <Group key={`outcome-${i}`} grow align="start" wrap="wrap">
                    <TextInput label={t('exchange.outcome')} value={o.name} onChange={(e) => setOutcome({ name: e.currentTarget.value })} error={err(`trial.outcomes.${i}.name`)} />
                    <Select label={t('exchange.measure')} data={EFFECT_MEASURES.map((m) => ({ value: m, label: t(`exchange.measures.${m}`) }))} value={o.measure} allowDeselect={false} onChange={(v) => v && setOutcome({ measure: v as typeof o.measure })} />
                    <NumberInput label={t('exchange.estimateValue')} value={o.estimate} min={-1e6} max={1e6} decimalScale={4} onChange={(v) => setOutcome({ estimate: Number(v) })} error={err(`trial.outcomes.${i}.estimate`)} />
                    <NumberInput label={t('exchange.lower')} value={o.lower} min={-1e6} max={1e6} decimalScale={4} onChange={(v) => setOutcome({ lower: Number(v) })} error={err(`trial.outcomes.${i}.lower`)} />
                    <NumberInput label={t('exchange.upper')} value={o.upper} min={-1e6} max={1e6} decimalScale={4} onChange={(v) => setOutcome({ upper: Number(v) })} error={err(`trial.outcomes.${i}.upper`)} />
                    <Checkbox mt="xl" label={t('exchange.primary')} checked={o.primary} onChange={(e) => setOutcome({ primary: e.currentTarget.checked })} />
                  </Group>
                );
              })}
              <Group>
                <Button size="xs" variant="subtle" onClick={() => setTrial({ outcomes: [...trial.outcomes, { name: '', primary: false, measure: 'risk-ratio', estimate: 1, lower: 1, upper: 1, level: 0.95 }] })}>
                  {t('exchange.addOutcome')}
                </Button>
              </Group>
              <Textarea label={t('exchange.trialSummary')} value={trial.summary} onChange={(e) => setTrial({ summary: e.currentTarget.value })} autosize minRows={2} />
            </Stack>
          </Card>
        )}
        {id && <TextInput label={t('exchange.changeNote')} value={changeNote} onChange={(e) => setChangeNote(e.currentTarget.value)} maxLength={2000} />}
        {Object.keys(errors).length > 0 && (
          <Text c="red" size="sm" data-testid="result-form-invalid">
            {t('exchange.formInvalid')}
          </Text>
        )}
        {submit.error && Object.keys(serverErrors(submit.error, tShell)).length === 0 && <ErrorAlert error={submit.error} />}
        <Group justify="end">
          <Button onClick={send} loading={submit.isPending}>
            {id ? t('exchange.sendCorrection') : t('exchange.sendSubmission')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}
